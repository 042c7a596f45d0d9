// Where the quoted history of a reply or forward starts, in a text body (a `>` line, "On … wrote:", an
// "Original Message" or "Forwarded message" rule, Outlook's From:/Sent: block) and in an HTML body (the
// quoting blocks of the common mail clients): what comes before is the newest part, the sender's own.

const TEXT_QUOTE = [
  /^[ \t]*>/m,
  /^.{0,300}\b(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|skrev|napisał)\s*:[ \t]*$/im,
  /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine|mensaje original)[ \t]*-{2,}/im,
  /^[ \t]*_{10,}[ \t]*$/m,
  /^[ \t]*(?:from|von|de|van)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:sent|date|gesendet|datum|envoyé|enviado)[ \t]*:/im,
];
const HTML_QUOTE =
  /<blockquote\b|gmail_quote|divRplyFwdMsg|appendonsend|moz-cite-prefix|yahoo_quoted|-{2,}\s*(?:original message|forwarded message)|\b(?:wrote|schrieb|a écrit|escribió):/i;

/** Offset in `text` where quoted history starts; undefined when it quotes nothing. */
export function textQuoteStart(text: string): number | undefined {
  const starts = TEXT_QUOTE.map((q) => q.exec(text)?.index ?? -1).filter((i) => i >= 0);
  return starts.length === 0 ? undefined : Math.min(...starts);
}

/** Offset in `html` where quoted history starts; its length when it quotes nothing. */
export function htmlQuoteStart(html: string): number {
  return HTML_QUOTE.exec(html)?.index ?? html.length;
}
