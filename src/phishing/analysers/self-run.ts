// Self-run: mail that gets the reader to run the attacker's code with their own hands, so no attachment
// filter sees a program. Three builds, whatever the lure: keys to press and a command to paste into the
// Run box, PowerShell or a terminal ("verify you are human", "fix the display error"), often with a page
// that puts the command on the clipboard itself (`paste-command`); words to get past the warning that
// protects the reader ("click Run anyway", "enable content", "turn off your antivirus") (`warning-override`);
// and a program to download, from the message or a PDF it carries, off a site that is neither the
// sender's nor a known one — an installer, a script, a "document viewer" that is an .exe — or a project
// to clone and run ("npm install", "run the script") from a stranger's repository (`program-link`); an
// archive to download from such a site weighs less (`archive-link`), unless a free mail account sends it. IT departments install software
// through their own tools and sites; vendors link to their own. Mailing lists, where such commands are
// discussed, and your own organisation's mail (a forged one is authentication's to tell) are left alone.
import { isFreeMail } from '../brands.js';
import { hostOf, linksOf } from '../links-in.js';
import type { ReportedMessage } from '../message.js';
import { isPage, textOf } from './attachment-pages.js';
import { listMail } from './mailing-list.js';
import { elsewhere, fromInside, senderDomain } from './owners.js';
import { isPdf, pdfOf } from './pdf-content.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'self-run';
/** The keys or the program that open a place to run a command. */
const COMMAND_BOX =
  /\b(?:(?:windows|win|⊞)(?:\s*(?:key)?\s*\+\s*|\s+key\s+and\s+)(?:r|x)\b|run (?:dialog|box|window)|powershell|command prompt|cmd\.exe|(?:open|launch|start|in|into) (?:a |the |your )?(?:terminal|cmd)\b)/i;
/** The ask to put something there and run it, in the languages most mail comes in. */
const PASTE =
  /\b(?:ctrl|control|strg|cmd|⌘)\s*\+\s*v\b|\b(?:pegue|pegar|collez|coller|einf[üu]gen|incolla|plak)\b|\bpaste\b[^.]{0,60}\b(?:command|code|text|it)\b|\bcopy (?:the |this )?(?:command|code|script)\b|\bpress (?:enter|return)\b|\b(?:eingabetaste|appuyez sur entr[ée]e|pulse intro|premi invio)\b/i;
/** A page's script that writes to the clipboard. */
const CLIPBOARD = /\bclipboard\.write(?:Text)?\s*\(|\bexecCommand\s*\(\s*['"]copy['"]/i;
/** Words that walk the reader past a security warning. */
const OVERRIDE =
  /\b(?:(?:click|choose|select|press) ["“']?(?:run anyway|more info|keep anyway|allow anyway|open anyway)|enable (?:content|editing|macros)|(?:disable|turn off|pause|deactivate) (?:your |the )?(?:antivirus|anti-virus|firewall|defender|smartscreen|security software)|ignore (?:the|any) (?:security )?(?:warning|prompt)s?)\b/i;
/** A program or script by its file's ending, at the end of a link's path. */
const PROGRAM = /\.(?:exe|msi|msix|scr|bat|cmd|ps1|vbs|js|jse|hta|jar|dmg|pkg|apk|appx|appinstaller)$/i;
/** An archive, which carries programs past the mail filter when fetched through a link. */
const ARCHIVE = /\.(?:zip|rar|7z|tar\.gz|tgz|iso|img)$/i;
/** Code of a project to fetch and run on one's own machine. */
const RUN_PROJECT =
  /\b(?:git clone|clone (?:the|this|our|my) (?:repo(?:sitory)?|project|code)|npm (?:install|start|run)|yarn (?:install|start)|pip install|python [\w./-]+\.py|run (?:the|this) (?:script|project|installer|setup))\b/i;

/** What the message and the web pages it carries say, tags removed, and their scripts. */
function pagesOf(message: ReportedMessage): { text: string; code: string } {
  const pages = [message.html ?? '', ...message.attachments.filter(isPage).map(textOf)];
  const text = [message.subject, message.text, ...pages.map((p) => p.replace(/<[^>]*>/g, ' '))].join('\n');
  return { text, code: pages.join('\n') };
}

export const selfRun: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (listMail(message)) return [];
    const { text, code } = pagesOf(message);
    const signals: Signal[] = [];
    // Your own IT may walk you through a command; a forged sender is authentication's to tell.
    const ownIt = fromInside(message, context);
    const box = ownIt ? null : COMMAND_BOX.exec(text);
    const paste = PASTE.exec(text) ?? CLIPBOARD.exec(code);
    if (box !== null && paste !== null) {
      const copied = CLIPBOARD.test(code) ? ', and a page it carries copies the command for you' : '';
      signals.push(
        sign(
          NAME,
          'paste-command',
          55,
          `It tells you to open a place to run commands ("${box[0]}") and put something there ("${paste[0]}")${copied}: whatever you paste runs the sender's program on your computer. No real check or document needs you to run a command.`,
          box[0],
        ),
      );
    }
    const override = ownIt ? null : OVERRIDE.exec(text);
    if (override !== null) {
      signals.push(
        sign(
          NAME,
          'warning-override',
          40,
          `It tells you how to get past a security warning ("${override[0]}"): the warning is there to stop exactly what this message asks you to run.`,
          override[0],
        ),
      );
    }
    const leaves = elsewhere(senderDomain(message), context);
    const inDocuments = message.attachments
      .filter(isPdf)
      .flatMap((p) => pdfOf(p).uris)
      .map((href) => ({ href, host: hostOf(href) }));
    const away = [...linksOf(message), ...inDocuments].filter((l) => leaves(l.host));
    const fileOf = (href: string) => href.split(/[?#]/)[0];
    const program = away.find((l) => PROGRAM.test(fileOf(l.href)));
    const project = away.length > 0 ? RUN_PROJECT.exec(text) : null;
    if (program !== undefined || project !== null) {
      const what =
        program !== undefined
          ? `A link downloads a program (${fileOf(program.href).split('/').pop()}) from ${program.host}`
          : `It asks you to fetch code from ${away[0].host} and run it ("${project?.[0]}")`;
      signals.push(
        sign(
          NAME,
          'program-link',
          40,
          `${what}, a site that is neither the sender's nor one the desk knows: a program from mail runs with all your rights. Get software only from your IT department or the maker's own site.`,
          program?.href ?? away[0].href,
        ),
      );
    }
    const archive = program === undefined ? away.find((l) => ARCHIVE.test(fileOf(l.href))) : undefined;
    if (archive !== undefined) {
      const free = isFreeMail(senderDomain(message), context.brands);
      signals.push(
        sign(
          NAME,
          'archive-link',
          free ? 35 : 25,
          `A link downloads an archive (${fileOf(archive.href).split('/').pop()}) from ${archive.host}, a site that is neither the sender's nor one the desk knows${free ? `, sent from a free mail account (${message.from?.address})` : ''}: archives fetched this way carry programs past the mail filter. Ask the sender, by a number you already know, how they meant to share it.`,
          archive.href,
        ),
      );
    }
    return signals;
  },
};
