// Attachments: executables and scripts (by name, behind a double extension, or by their first bytes, also
// inside archives), disk images and shortcuts, Office files with macros, HTML that builds a file in the
// browser (HTML smuggling) or sends the browser to another site when opened, and archives too big to open
// (zip bombs). The SHA-256 of each is kept.
import { listArchive } from '../archive.js';
import type { MessagePart } from '../message.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'attachments';
const EXECUTABLE =
  /\.(exe|scr|com|pif|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|jar|msi|msix|appx|cpl|reg|dll|sh|app|apk)$/i;
const DISK_OR_SHORTCUT = /\.(iso|img|vhd|vhdx|lnk|url|library-ms|search-ms)$/i;
const MACRO_OFFICE = /\.(docm|dotm|xlsm|xltm|xlsb|xlam|pptm|potm|ppam|ppsm)$/i;
const LEGACY_OFFICE = /\.(doc|xls|ppt|dot|xlt)$/i;
const ARCHIVE = /\.zip$/i;
const DOCUMENT_LIKE = /\.(pdf|docx?|xlsx?|pptx?|txt|jpe?g|png|gif|rtf|odt|csv|html?)$/i;
const SMUGGLING =
  /(atob\s*\(|new\s+Blob\s*\(|msSaveOrOpenBlob|createObjectURL)[\s\S]{0,4000}(\.download\s*=|download\s*=|msSaveOrOpenBlob|\.click\s*\()/i;

/** A page that sends the browser elsewhere as soon as it is opened. */
const REDIRECT =
  /\blocation(?:\.href)?\s*=[^=]|\blocation\.(?:replace|assign)\s*\(|\bwindow\.open\s*\(|<meta[^>]+http-equiv\s*=\s*["']?refresh/i;

export const attachments: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const signals: Signal[] = [];
    for (const part of message.attachments) {
      if (part.contentType === 'message/rfc822') continue;
      signals.push(...(await partSigns(part, context)));
    }
    return signals;
  },
};

async function partSigns(part: MessagePart, context: AnalysisContext): Promise<Signal[]> {
  const name = part.filename || '(unnamed)';
  const signals: Signal[] = [];
  const evidence = `${name} sha256:${part.sha256}`;
  signals.push(...nameSigns(name, `The attachment ${name}`, evidence));
  if (part.content.subarray(0, 2).toString('latin1') === 'MZ' && !EXECUTABLE.test(name)) {
    signals.push(
      sign(
        NAME,
        'disguised-executable',
        50,
        `The attachment ${name} is a Windows program disguised as another kind of file.`,
        evidence,
      ),
    );
  }
  if (LEGACY_OFFICE.test(name) && /_VBA_PROJECT|VBA\b|Macros/.test(part.content.toString('latin1'))) {
    signals.push(macroSign(name, evidence));
  }
  const isZip = part.content.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004';
  if (isZip) {
    const listing = await listArchive(part.content, context.archives);
    if (listing.bomb) {
      signals.push(
        sign(
          NAME,
          'zip-bomb',
          30,
          `The attachment ${name} is built to swell when opened: ${listing.stopped}.`,
          evidence,
        ),
      );
    } else if (listing.stopped !== undefined)
      context.gap(`The archive ${name} was not read in full: ${listing.stopped}.`);
    if (!ARCHIVE.test(name) && listing.names.some((n) => /vbaProject\.bin$/i.test(n))) {
      signals.push(macroSign(name, evidence));
    }
    if (ARCHIVE.test(name)) {
      for (const inner of listing.names)
        signals.push(...nameSigns(inner, `The archive ${name} holds ${inner}, which`, evidence));
    }
  }
  if (/\.x?html?$/i.test(name) || part.contentType === 'text/html') {
    const page = part.content.toString('utf8');
    if (!SMUGGLING.test(page) && REDIRECT.test(page)) {
      signals.push(
        sign(
          NAME,
          'html-redirect',
          40,
          `The attachment ${name} is a page that sends your browser to another site as soon as you open it, past the mail filter's link checks.`,
          evidence,
        ),
      );
    }
    if (SMUGGLING.test(page)) {
      signals.push(
        sign(
          NAME,
          'html-smuggling',
          45,
          `The attachment ${name} builds a file inside your browser when opened (HTML smuggling), to get past the mail filter.`,
          evidence,
        ),
      );
    }
  }
  return signals;
}

/** An Office file whose content holds macros (a legacy VBA project, or an OOXML vbaProject.bin). */
function macroSign(name: string, evidence: string): Signal {
  return sign(
    NAME,
    'office-macro',
    40,
    `The attachment ${name} contains macros: opening it and enabling content would run a program.`,
    evidence,
  );
}

function nameSigns(name: string, subject: string, evidence: string): Signal[] {
  const base = name.split('/').pop() ?? name;
  const signals: Signal[] = [];
  if (EXECUTABLE.test(base)) {
    const parts = base.split('.');
    const doubled = parts.length > 2 && DOCUMENT_LIKE.test(`.${parts[parts.length - 2]}`);
    signals.push(
      sign(
        NAME,
        doubled ? 'double-extension' : 'executable',
        doubled ? 55 : 50,
        doubled
          ? `${subject} is a program pretending to be a .${parts[parts.length - 2]} file (double extension).`
          : `${subject} is a program or script: opening it would run it on your computer.`,
        evidence,
      ),
    );
  } else if (DISK_OR_SHORTCUT.test(base)) {
    signals.push(
      sign(
        NAME,
        'disk-image-or-shortcut',
        45,
        `${subject} is a disk image or shortcut, a common way to smuggle programs past mail filters.`,
        evidence,
      ),
    );
  } else if (MACRO_OFFICE.test(base)) {
    signals.push(
      sign(
        NAME,
        'office-macro',
        40,
        `${subject} is an Office document with macros: enabling content would run a program.`,
        evidence,
      ),
    );
  }
  return signals;
}
