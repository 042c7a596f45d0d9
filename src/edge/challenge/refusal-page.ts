// The small page sent when a solution is refused: what went wrong in plain words and a link to try again.
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './html.js';
import { PAGE_STYLE } from './page-style.js';

const REFUSAL_CSP = contentSecurityPolicy({ style: PAGE_STYLE });

export interface Refusal {
  status: 400 | 403;
  headers: Record<string, string>;
  body: string;
}

export function refusal(status: 400 | 403, reason: string, retryPath: string): Refusal {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': REFUSAL_CSP,
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
    },
    body: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>The check did not pass</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>The check did not pass</h1>
<p>${escapeHtml(reason)}</p>
<p><a href="${escapeHtml(retryPath)}">Try again</a>. If it keeps failing, wait a few minutes and reload: the check only appears while the site is under unusual load.</p>
</main>
</body>
</html>
`,
  };
}
