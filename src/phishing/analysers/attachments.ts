// Attachments: executables and scripts (by name, behind a double extension, or by their first bytes, also
// inside archives), disk images and shortcuts, Office files with macros and the file types that replaced
// them (attachment-names.ts), attached pages and SVG pictures that act when opened (attachment-pages.ts),
// and archives too big to open (zip bombs); also the attachments of a message attached to the message (a
// forwarded mail or a reply chain), a few levels deep. The SHA-256 of each is kept.
import { listArchive } from '../archive.js';
import { type MessagePart, type ReportedMessage, readReport } from '../message.js';
import { activeTypeSign, EXECUTABLE, isOneNote, nameSigns, ONENOTE_WHAT } from './attachment-names.js';
import { isPage, isSvg, pageSigns } from './attachment-pages.js';
import { ownedBy, senderDomain } from './owners.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'attachments';
const LEGACY_OFFICE = /\.(doc|xls|ppt|dot|xlt)$/i;
const ARCHIVE = /\.zip$/i;
/** Messages attached inside messages that are opened; deeper ones are left out (a gap). */
const MAX_NESTED = 3;
/** MIME parts read of an attached message. */
const NESTED_PARTS = 100;

export const attachments: Analyser = {
  name: NAME,
  async analyse(message, context) {
    return partsSigns(message, '', 0, context);
  },
};

/**
 * Signs of the attachments of `message`; `within` says which attached message it is ('' for the message
 * itself), whose sender owns the sites its attached pages may link to.
 */
async function partsSigns(
  message: ReportedMessage,
  within: string,
  depth: number,
  context: AnalysisContext,
): Promise<Signal[]> {
  const signals: Signal[] = [];
  const owned = ownedBy(senderDomain(message), context);
  for (const part of message.attachments) {
    if (part.contentType !== 'message/rfc822') {
      signals.push(...(await partSigns(part, within, owned, context)));
      continue;
    }
    if (depth >= MAX_NESTED) {
      context.gap(`Messages attached more than ${MAX_NESTED} deep were not opened.`);
      continue;
    }
    const { reported: inner, gaps } = await readReport(part.content, true, { maxParts: NESTED_PARTS });
    for (const gap of gaps) context.gap(`In the attached message "${inner.subject}": ${gap}`);
    const label = `, in the attached message "${inner.subject}",`;
    signals.push(...(await partsSigns(inner, label, depth + 1, context)));
  }
  return signals;
}

async function partSigns(
  part: MessagePart,
  within: string,
  owned: (host: string) => boolean,
  context: AnalysisContext,
): Promise<Signal[]> {
  const name = part.filename || '(unnamed)';
  const subject = `The attachment ${name}${within}`;
  const signals: Signal[] = [];
  const evidence = `${name} sha256:${part.sha256}`;
  signals.push(...nameSigns(name, subject, evidence, part.content));
  if (part.content.subarray(0, 2).toString('latin1') === 'MZ' && !EXECUTABLE.test(name)) {
    signals.push(
      sign(
        NAME,
        'disguised-executable',
        50,
        `${subject} is a Windows program disguised as another kind of file.`,
        evidence,
      ),
    );
  }
  if (isOneNote(part.content) && !/\.(one|onepkg)$/i.test(name)) {
    signals.push(activeTypeSign(subject, ONENOTE_WHAT, evidence));
  }
  if (LEGACY_OFFICE.test(name) && /_VBA_PROJECT|VBA\b|Macros/.test(part.content.toString('latin1'))) {
    signals.push(macroSign(subject, evidence));
  }
  if (part.content.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
    signals.push(...(await archiveSigns(part, subject, evidence, context)));
  }
  if (isPage(part) || isSvg(part)) signals.push(...pageSigns(part, subject, evidence, owned, context));
  return signals;
}

/** Signs of a zip (or an OOXML file, which is one): a bomb, macros inside, what the archive holds. */
async function archiveSigns(
  part: MessagePart,
  subject: string,
  evidence: string,
  context: AnalysisContext,
): Promise<Signal[]> {
  const name = part.filename || '(unnamed)';
  const signals: Signal[] = [];
  const listing = await listArchive(part.content, context.archives);
  if (listing.bomb) {
    signals.push(
      sign(NAME, 'zip-bomb', 30, `${subject} is built to swell when opened: ${listing.stopped}.`, evidence),
    );
  } else if (listing.stopped !== undefined)
    context.gap(`The archive ${name} was not read in full: ${listing.stopped}.`);
  if (!ARCHIVE.test(name) && listing.names.some((n) => /vbaProject\.bin$/i.test(n))) {
    signals.push(macroSign(subject, evidence));
  }
  if (ARCHIVE.test(name)) {
    for (const inner of listing.names)
      signals.push(...nameSigns(inner, `${subject} holds ${inner}, which`, evidence));
  }
  return signals;
}

/** An Office file whose content holds macros (a legacy VBA project, or an OOXML vbaProject.bin). */
function macroSign(subject: string, evidence: string): Signal {
  return sign(
    NAME,
    'office-macro',
    40,
    `${subject} contains macros: opening it and enabling content would run a program.`,
    evidence,
  );
}
