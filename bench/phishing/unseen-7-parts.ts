// What the seventh unseen set's templates (unseen-7.ts, unseen-7-local.ts, unseen-ham-7.ts) add to the
// earlier sets' parts: a Word document deliberately damaged so that a scanner cannot open it while Word
// offers to repair it, the headers of a message spoofing the company's own domain through its mail
// service's direct-send relay, and an account number in the shapes money mules hold. Nothing here runs.
import type { Part } from './mime.js';
import { storedZip } from './mime.js';
import type { Scene } from './unseen-3.js';
import { authResults } from './unseen-4.js';
import { attach } from './unseen-5-parts.js';

/**
 * A .docx whose only part is word/document.xml with `lines` in it, its zip header's checksum and version
 * zeroed: the file a filter fails to read and Word offers to "recover".
 */
export function damagedDocx(name: string, lines: readonly string[]): Part {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map((l) => `<w:p><w:r><w:t>${l.replace(/[<&]/g, ' ')}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
  const zip = storedZip('word/document.xml', Buffer.from(xml));
  zip.writeUInt16LE(0, 4);
  zip.writeUInt32LE(0, 14);
  return attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', name, zip);
}

/**
 * A message sent to the company from outside through its mail service's unauthenticated direct-send
 * relay, its From one of the company's own addresses: SPF and DMARC fail, nothing signs it, and the
 * service marks the submission anonymous.
 */
export const directSend = () => [
  authResults('corp.example', ['fail', 'none', 'fail']),
  'X-MS-Exchange-Organization-AuthAs: Anonymous',
  'X-MS-Exchange-Organization-AuthSource: corp-example.mail.protection.outlook.com',
];

/** An account a fraud asks money to go to: a Lithuanian, Portuguese or Czech number, made up. */
export const muleAccount = (s: Scene) =>
  s.pick([
    `LT${s.digits(2)} 3250 0${s.digits(3)} ${s.digits(4)} ${s.digits(4)}`,
    `PT50 0018 0003 ${s.digits(4)} ${s.digits(4)} ${s.digits(3)}`,
    `CZ${s.digits(2)} 2010 0000 00${s.digits(2)} ${s.digits(4)} ${s.digits(4)}`,
  ]);
