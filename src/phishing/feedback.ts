// The answer to a reporter, the training: thanks, the verdict, the signs in *their* message that give it
// away, and what to do if they clicked; and the correction sent when a responder overturns a verdict.
import type { MailMessage } from '../notify/index.js';
import type { Signal } from './analysers/index.js';
import type { Verdict } from './verdict.js';

/** Signs named in an answer; the strongest first. */
const SIGNS_SHOWN = 6;

export interface Answer {
  reporter: string;
  subject: string;
  sender: string;
  verdict: Verdict;
  score: number;
  reasons: readonly Signal[];
  /** The answer is the responders' from an earlier report of the same campaign. */
  remembered: boolean;
  /** Whom to tell after clicking: the security team's address. */
  contact: string | null;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  phishing: 'This is a phishing message: it tries to trick you into giving away a password, money or access.',
  suspicious: 'This message is suspicious: it shows signs of phishing. Treat it as dangerous.',
  spam: 'This is spam: unwanted bulk mail, but not an attack on you.',
  clean: 'We found nothing dangerous in this message.',
};

const IF_YOU_CLICKED = [
  'If you clicked a link or opened an attachment:',
  '- If you typed a password on the page, change it now, from the real site you reach yourself (not from the message), and anywhere else you use it.',
  '- If you opened an attachment or ran something, disconnect the computer from the network and call the security team.',
  '- If you gave card or bank details, call your bank.',
  '- Tell the security team what you did, even if it seems small: the sooner we know, the less harm it does.',
];

export function answerMail(answer: Answer): MailMessage {
  const title = shorten(answer.subject || '(no subject)');
  const lines = [
    `Thank you for reporting "${title}" from ${answer.sender || 'an unknown sender'}.`,
    '',
    `${VERDICT_WORDS[answer.verdict]}${answer.remembered ? ' (Our security team already reviewed messages of this campaign.)' : ''}`,
    '',
  ];
  const phishingSigns = answer.reasons.filter((r) => r.towards === 'phishing').slice(0, SIGNS_SHOWN);
  if (phishingSigns.length > 0 && answer.verdict !== 'clean') {
    lines.push(
      'What gives it away, in the message you reported:',
      ...phishingSigns.map((r) => `- ${r.explanation}`),
      '',
    );
  }
  if (answer.verdict === 'phishing' || answer.verdict === 'suspicious') {
    lines.push('Do not reply to it, open its attachments or follow its links. You may delete it.', '');
    lines.push(...IF_YOU_CLICKED, '');
  } else if (answer.verdict === 'clean') {
    lines.push(
      'Reporting it was right all the same: when in doubt, report. If something about it still feels wrong, tell the security team.',
      '',
    );
  }
  if (answer.contact !== null) lines.push(`The security team: ${answer.contact}`, '');
  lines.push('-- ', 'Sent by Breakwater', '');
  return {
    to: answer.reporter,
    subject: `Your report: ${title} — ${answer.verdict}`,
    text: lines.join('\n'),
  };
}

export function correctionMail(
  answer: Pick<Answer, 'reporter' | 'subject' | 'sender' | 'contact'>,
  was: Verdict,
  now: Verdict,
): MailMessage {
  const title = shorten(answer.subject || '(no subject)');
  const lines = [
    `A correction about the message you reported, "${title}" from ${answer.sender || 'an unknown sender'}.`,
    '',
    `We first told you it was ${was}. The security team reviewed it: it is ${now}.`,
    VERDICT_WORDS[now],
    '',
  ];
  if (now === 'phishing' || now === 'suspicious') lines.push(...IF_YOU_CLICKED, '');
  if (answer.contact !== null) lines.push(`The security team: ${answer.contact}`, '');
  lines.push('-- ', 'Sent by Breakwater', '');
  return {
    to: answer.reporter,
    subject: `Correction to your report: ${title} — ${now}`,
    text: lines.join('\n'),
  };
}

function shorten(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
