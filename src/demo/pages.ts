// The webmail pages: sign in and out, inbox, message and search. Personal pages answer only a
// signed-in session (others are sent to /login) and are never cached.
import { verifyCredentials } from './accounts.js';
import { KIB, readBody } from './body.js';
import type { Exchange } from './exchange.js';
import { findMessage, listPage, MAX_QUERY_LENGTH, parsePage, search } from './mailbox.js';
import { redirect, sendHtml } from './reply.js';
import { Sessions } from './sessions.js';
import { inboxPage, loginPage, messagePage, notFoundPage, problemPage, searchPage } from './views.js';

const LOGIN_BODY_LIMIT = 16 * KIB;

/** GET / */
export function home(x: Exchange): void {
  redirect(x.res, x.account ? '/inbox' : '/login');
}

/** GET /login */
export function showLogin(x: Exchange): void {
  sendHtml(x.res, 200, loginPage(false));
}

/** POST /login: form-urlencoded `user` and `password`; 303 to /inbox, or 401 with the form again. */
export async function login(x: Exchange): Promise<void> {
  const form = new URLSearchParams((await readBody(x.req, LOGIN_BODY_LIMIT)).toString('utf8'));
  const email = form.get('user') ?? '';
  const account = verifyCredentials(email, form.get('password') ?? '');
  if (!account) return sendHtml(x.res, 401, loginPage(true, email.slice(0, 254)));
  x.origin.sessions.end(x.sessionToken);
  const token = x.origin.sessions.start(account);
  redirect(x.res, '/inbox', { 'set-cookie': Sessions.cookie(token) });
}

/** POST /logout */
export function logout(x: Exchange): void {
  x.origin.sessions.end(x.sessionToken);
  redirect(x.res, '/login', { 'set-cookie': Sessions.clearCookie() });
}

/** GET /inbox?page=N */
export function inbox(x: Exchange): void {
  if (!x.account) {
    redirect(x.res, '/login');
    return;
  }
  const page = parsePage(x.query.get('page'));
  if (page === undefined) {
    sendHtml(x.res, 400, problemPage('Bad page', 'page must be a whole number ≥ 1'));
    return;
  }
  sendHtml(x.res, 200, inboxPage(x.account, listPage(page)));
}

/** GET /message/:id */
export function message(x: Exchange): void {
  if (!x.account) {
    redirect(x.res, '/login');
    return;
  }
  const found = findMessage(Number(x.params['id']));
  if (!found) {
    sendHtml(x.res, 404, notFoundPage('There is no such message.', x.account));
    return;
  }
  sendHtml(x.res, 200, messagePage(x.account, found));
}

/** GET /search?q=… */
export function searchMail(x: Exchange): void {
  if (!x.account) {
    redirect(x.res, '/login');
    return;
  }
  const query = (x.query.get('q') ?? '').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    sendHtml(
      x.res,
      400,
      problemPage('Search too long', `Keep searches under ${MAX_QUERY_LENGTH} characters.`),
    );
    return;
  }
  sendHtml(x.res, 200, searchPage(x.account, query, search(query)));
}

/** Any path no route matches (outside /api). */
export function notFound(x: Exchange): void {
  sendHtml(x.res, 404, notFoundPage('There is no page at this address.', x.account));
}
