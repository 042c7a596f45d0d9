// HTML for Breakwater Mail, the demo webmail: layout, login, inbox, message and search pages.
import type { DemoAccount } from './accounts.js';
import type { Message, MessagePage, MessageSummary, SearchHit } from './mailbox.js';

export const LOGIN_FAILED = 'Invalid email or password';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Frame {
  title: string;
  account?: DemoAccount;
  query?: string;
  main: string;
}

export function layout({ title, account, query = '', main }: Frame): string {
  const tools = account
    ? `<form class="search" method="get" action="/search" role="search">
        <input type="search" name="q" value="${escapeHtml(query)}" placeholder="Search mail" maxlength="256">
      </form>
      <form method="post" action="/logout"><span>${escapeHtml(account.email)}</span> <button>Sign out</button></form>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Breakwater Mail (demo)</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header><a class="brand" href="/">Breakwater Mail <small>demo</small></a>${tools}</header>
<main>
${main}
</main>
<footer>Demo origin for Breakwater. Every message here is generated; nothing is real.</footer>
</body>
</html>
`;
}

export function loginPage(failed: boolean, email = ''): string {
  const error = failed ? `<p class="error" role="alert">${LOGIN_FAILED}</p>` : '';
  return layout({
    title: 'Sign in',
    main: `<section class="login">
<h1>Sign in</h1>
${error}
<form method="post" action="/login">
<label>Email <input type="email" name="user" value="${escapeHtml(email)}" autocomplete="username" required></label>
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button>Sign in</button>
</form>
<p class="hint">Demo account: alice@example.test / correct-horse-battery</p>
</section>`,
  });
}

export function inboxPage(account: DemoAccount, page: MessagePage): string {
  const rows =
    page.messages.length > 0 ? list(page.messages) : '<p class="empty">No messages on this page.</p>';
  const prev = page.page > 1 ? `<a rel="prev" href="/inbox?page=${page.page - 1}">Newer</a>` : '';
  const next = page.page < page.pages ? `<a rel="next" href="/inbox?page=${page.page + 1}">Older</a>` : '';
  return layout({
    title: 'Inbox',
    account,
    main: `<h1>Inbox</h1>
${rows}
<nav class="pager">${prev} <span>Page ${page.page} of ${page.pages} · ${page.total} messages</span> ${next}</nav>`,
  });
}

export function messagePage(account: DemoAccount, message: Message): string {
  const paragraphs = message.body
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return layout({
    title: message.subject,
    account,
    main: `<article class="message">
<h1>${escapeHtml(message.subject)}</h1>
<dl>
<dt>From</dt><dd>${escapeHtml(message.from.name)} &lt;${escapeHtml(message.from.email)}&gt;</dd>
<dt>To</dt><dd>${escapeHtml(message.to)}</dd>
<dt>Date</dt><dd><time datetime="${message.date}">${message.date.slice(0, 16).replace('T', ' ')} UTC</time></dd>
</dl>
${paragraphs}
<p><a href="/inbox">Back to inbox</a></p>
</article>`,
  });
}

export function searchPage(account: DemoAccount, query: string, hits: SearchHit[]): string {
  const found = hits.length === 1 ? '1 message' : `${hits.length} messages`;
  const body = hits.length > 0 ? list(hits) : '<p class="empty">Nothing matches.</p>';
  return layout({
    title: `Search: ${query}`,
    account,
    query,
    main: `<h1>Search</h1>
<p class="summary">${found} for <mark>${escapeHtml(query)}</mark></p>
${body}`,
  });
}

export function notFoundPage(what: string, account?: DemoAccount): string {
  return layout({
    title: 'Not found',
    account,
    main: `<h1>Not found</h1><p>${escapeHtml(what)}</p><p><a href="/">Home</a></p>`,
  });
}

export function problemPage(title: string, detail: string): string {
  return layout({ title, main: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>` });
}

function list(messages: MessageSummary[]): string {
  const items = messages.map(
    (m) => `<li class="${m.unread ? 'unread' : 'read'}"><a href="/message/${m.id}">
<span class="from">${escapeHtml(m.from.name)}</span>
<span class="subject">${escapeHtml(m.subject)}</span>
<span class="preview">${escapeHtml(m.preview)}</span>
<time datetime="${m.date}">${m.date.slice(0, 10)}</time></a></li>`,
  );
  return `<ul class="messages">\n${items.join('\n')}\n</ul>`;
}
