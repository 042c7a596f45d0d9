// What the ninth unseen set's templates (unseen-9*.ts, unseen-ham-9.ts) add to the earlier sets' parts: an
// Android package as the "app" a lure asks to be side-loaded, its manifest and nothing that runs, and the
// stamp of a bulk sender's domain that publishes SPF alone. Every domain given to them is reserved or made up.

import type { Part } from './mime.js';
import { storedZip } from './mime.js';
import { authResults } from './unseen-4.js';
import { attach } from './unseen-5-parts.js';

/** An .apk: a zip holding an AndroidManifest.xml that names `app`, no code. */
export const androidPackage = (name: string, app: string): Part =>
  attach(
    'application/vnd.android.package-archive',
    name,
    storedZip(
      'AndroidManifest.xml',
      Buffer.from(`<?xml version="1.0" encoding="utf-8"?><manifest package="${app}"></manifest>`),
    ),
  );

/** The Authentication-Results of a freshly registered domain that publishes SPF and nothing more. */
export const spfOnly = (domain: string) => authResults(domain, ['pass', 'none', 'none']);
