// Mailing lists: mail sent through a list says so in its headers (List-Id, List-Unsubscribe). Newsletters
// write about scams, donations and wallets; several signs count for less, or nothing, in them.
import type { ReportedMessage } from '../message.js';

export function listMail(message: ReportedMessage): boolean {
  return message.headers.some((h) => h.key === 'list-id' || h.key === 'list-unsubscribe');
}
