// What an attachment's name gives away: a program or script (worse behind a double extension), a disk
// image or shortcut, an Office file with macros, or one of the file types that took over from macros as
// the way in (OneNote notebooks, compiled help, Excel add-ins and queries, application launchers,
// management consoles, remote desktop files), or an archive of a kind the desk does not open (RAR, 7-Zip,
// ACE). Used for attachments and for the files inside archives.
import { type Signal, sign } from './signal.js';

const NAME = 'attachments';
export const EXECUTABLE =
  /\.(exe|scr|com|pif|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|jar|msi|msix|appx|cpl|reg|dll|sh|app|apk)$/i;
const DISK_OR_SHORTCUT = /\.(iso|img|vhd|vhdx|lnk|url|library-ms|search-ms)$/i;
const MACRO_OFFICE = /\.(docm|dotm|xlsm|xltm|xlsb|xlam|pptm|potm|ppam|ppsm)$/i;
/** Archives this desk does not open, the kinds malware is sent in to pass filters that read zips. */
const SEALED_ARCHIVE = /\.(rar|r\d\d|7z|ace|arj|lzh|lha|cab)$/i;
const DOCUMENT_LIKE = /\.(pdf|docx?|xlsx?|pptx?|txt|jpe?g|png|gif|rtf|odt|csv|html?)$/i;

/** File types that run code or commands when opened, though they are not programs by name. */
const ACTIVE_TYPES: { pattern: RegExp; what: string }[] = [
  {
    pattern: /\.(one|onepkg)$/i,
    what: 'a OneNote notebook, which can hide a program behind a button that says "double-click to view"',
  },
  { pattern: /\.chm$/i, what: 'a compiled help file, which can run programs when opened' },
  { pattern: /\.xll$/i, what: 'an Excel add-in, a program that Excel runs as soon as it is opened' },
  { pattern: /\.(iqy|slk)$/i, what: 'an Excel query or SYLK file, which can fetch and run commands' },
  {
    pattern: /\.(appref-ms|application|jnlp)$/i,
    what: 'an application launcher, which installs and starts a program from the web',
  },
  { pattern: /\.msc$/i, what: 'a Windows management console file, which can run commands when opened' },
  {
    pattern: /\.rdp$/i,
    what: "a remote desktop file, which connects your computer, its files and clipboard, to someone else's server",
  },
  { pattern: /\.settingcontent-ms$/i, what: 'a Windows settings shortcut, which can run a command' },
];

/** The first bytes of every OneNote file (its file format's GUID). */
const ONENOTE_MAGIC = Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex');

/** True when `content` is a OneNote file, whatever its name. */
export function isOneNote(content: Buffer): boolean {
  return content.subarray(0, ONENOTE_MAGIC.length).equals(ONENOTE_MAGIC);
}

/** The web page an Internet shortcut (.url) opens, when its target is one (`URL=https://…`); a shortcut to
 * a file share or a search (`file://`, `\\\\host`, `search-ms:`) is how shortcuts run programs. */
function webShortcut(content: Buffer | undefined): string | undefined {
  return /^URL=(https?:\/\/[^\s]+)/im.exec(content?.toString('latin1') ?? '')?.[1];
}

/** Signs of the file name `name` (and of `content`, when it is at hand); `subject` starts each sentence
 * ("The attachment x.one"). */
export function nameSigns(name: string, subject: string, evidence: string, content?: Buffer): Signal[] {
  const base = name.split('/').pop() ?? name;
  const page = /\.url$/i.test(base) ? webShortcut(content) : undefined;
  if (page !== undefined) {
    return [
      sign(
        NAME,
        'web-shortcut',
        20,
        `${subject} is a shortcut to a web page (${page}): harmless as a link, but shortcuts are also sent to slip past filters.`,
        evidence,
      ),
    ];
  }
  if (EXECUTABLE.test(base)) {
    const parts = base.split('.');
    const doubled = parts.length > 2 && DOCUMENT_LIKE.test(`.${parts[parts.length - 2]}`);
    return [
      sign(
        NAME,
        doubled ? 'double-extension' : 'executable',
        doubled ? 55 : 50,
        doubled
          ? `${subject} is a program pretending to be a .${parts[parts.length - 2]} file (double extension).`
          : `${subject} is a program or script: opening it would run it on your computer.`,
        evidence,
      ),
    ];
  }
  if (DISK_OR_SHORTCUT.test(base)) {
    return [
      sign(
        NAME,
        'disk-image-or-shortcut',
        45,
        `${subject} is a disk image or shortcut, a common way to smuggle programs past mail filters.`,
        evidence,
      ),
    ];
  }
  if (MACRO_OFFICE.test(base)) {
    return [
      sign(
        NAME,
        'office-macro',
        40,
        `${subject} is an Office document with macros: enabling content would run a program.`,
        evidence,
      ),
    ];
  }
  const active = ACTIVE_TYPES.find((t) => t.pattern.test(base));
  if (active !== undefined) return [activeTypeSign(subject, active.what, evidence)];
  if (SEALED_ARCHIVE.test(base)) {
    return [
      sign(
        NAME,
        'sealed-archive',
        20,
        `${subject} is a .${base.split('.').pop()} archive, which this desk does not open: what it holds is unknown, and such archives are how programs are sent past filters that look inside zips. Open it only if you expected it.`,
        evidence,
      ),
    ];
  }
  return [];
}

/** A file of a type that runs code when opened: `what` says which, in plain words. */
export function activeTypeSign(subject: string, what: string, evidence: string): Signal {
  return sign(
    NAME,
    'active-file-type',
    45,
    `${subject} is ${what}: attackers send such files since Office stopped running macros from the internet, and hardly anyone sends them by mail in earnest.`,
    evidence,
  );
}

export const ONENOTE_WHAT = ACTIVE_TYPES[0].what;
