// Mailing lists: mail sent through a list says so in its headers (List-Id, List-Unsubscribe). Newsletters
// write about scams, donations and wallets; several signs count for less, or nothing, in them. A discussion
// list also gives the address to post to (List-Post): its members write to the list, not to you, and
// what they ask ("send me your login details", "wire it") is asked of the list.
import type { ReportedMessage } from '../message.js';

export function listMail(message: ReportedMessage): boolean {
  return message.headers.some((h) => h.key === 'list-id' || h.key === 'list-unsubscribe');
}

/** Whether the message came through a discussion list, which members post to (List-Post). */
export function discussionList(message: ReportedMessage): boolean {
  return message.headers.some((h) => h.key === 'list-post');
}
