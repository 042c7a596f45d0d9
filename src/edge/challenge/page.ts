// The challenge page: plain words, a progress bar and a live status line, a <noscript> explanation, and
// the form the inline script fills in and submits. Every value put into the HTML is escaped.
import { PAGE_SCRIPT } from './browser-script.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './html.js';
import { PAGE_STYLE } from './page-style.js';

/** Seconds a client that cannot run the check should wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

const CHALLENGE_CSP = contentSecurityPolicy({ script: PAGE_SCRIPT, style: PAGE_STYLE });

export interface ChallengePageFields {
  action: string;
  token: string;
  difficulty: number;
  returnTo: string;
}

export function challengeHeaders(): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'retry-after': String(RETRY_AFTER_SECONDS),
    'content-security-policy': CHALLENGE_CSP,
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
  };
}

export function challengeHtml(fields: ChallengePageFields): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>Checking your browser</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>Checking that you\u2019re a person\u2026</h1>
<p>This takes a second, nothing to click. Your browser is solving a small puzzle that shows this site it is not part of a flood of automated requests. You will be taken back to your page when it is done.</p>
<progress id="bw-progress" max="100" aria-label="Progress of the check" hidden></progress>
<p id="bw-status" role="status" aria-live="polite"></p>
<noscript><p>This check needs JavaScript, which is turned off or blocked in this browser. Turn JavaScript on for this site and reload the page. If you cannot, try again in a few minutes: the check only appears while the site is under unusual load.</p></noscript>
<form id="bw-form" method="post" action="${escapeHtml(fields.action)}" data-difficulty="${fields.difficulty}">
<input type="hidden" name="token" value="${escapeHtml(fields.token)}">
<input type="hidden" name="counter" value="">
<input type="hidden" name="returnTo" value="${escapeHtml(fields.returnTo)}">
</form>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
