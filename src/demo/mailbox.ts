// The demo mailbox: 200 fake messages generated from a fixed seed, with paging and a scored
// full-text search that really scans every message (the work a cache-bypass flood forces).
import { seededRandom } from '../seeded-random.js';

export interface Message {
  id: number;
  from: { name: string; email: string };
  to: string;
  subject: string;
  /** ISO 8601, fixed: the data does not depend on when the origin starts. */
  date: string;
  unread: boolean;
  labels: string[];
  body: string;
}

export type MessageSummary = Omit<Message, 'body'> & { preview: string };

export interface MessagePage {
  page: number;
  pageSize: number;
  pages: number;
  total: number;
  messages: MessageSummary[];
}

export interface SearchHit extends MessageSummary {
  score: number;
}

export const MESSAGE_COUNT = 200;
export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 256;
const MAX_HITS = 50;
const NEWEST = Date.parse('2024-06-03T09:15:00Z');

const FIRST = ['Ada', 'Brian', 'Chen', 'Dana', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivan', 'Julia', 'Kofi'];
const LAST = ['Lovelace', 'Okafor', 'Nakamura', 'Silva', 'Novak', 'Haddad', 'Berg', 'Moreau', 'Quinn'];
const DOMAINS = ['example.test', 'mail.example.test', 'partners.example.test', 'lists.example.test'];
const TOPICS = [
  'quarterly report',
  'invoice',
  'team offsite',
  'security review',
  'password reset',
  'outage postmortem',
  'budget planning',
  'release notes',
  'customer feedback',
  'on-call handover',
  'newsletter',
  'contract renewal',
];
const OPENERS = [
  'Re:',
  'Fwd:',
  'Question about the',
  'Update on the',
  'Draft:',
  'Reminder:',
  'Notes from the',
];
const SENTENCES = [
  'Could you take a look before Friday?',
  'I have attached the latest numbers for review.',
  'The meeting moved to Thursday at ten.',
  'Let me know if anything in the summary looks wrong.',
  'We saw a spike in traffic overnight, but the service stayed up.',
  'Finance asked for the signed copy by the end of the month.',
  'Thanks again for the quick turnaround on this.',
  'The new dashboard shows latency per route.',
  'Please rotate the shared credentials after the audit.',
  'Happy to set up a call if that is easier.',
  'The customer confirmed the fix works on their side.',
  'I added the action items at the bottom of the document.',
];
const LABELS = ['work', 'finance', 'ops', 'personal', 'travel'];

function generate(): Message[] {
  const random = seededRandom(0xb12ea7e2);
  const messages: Message[] = [];
  let at = NEWEST;
  for (let id = MESSAGE_COUNT; id >= 1; id--) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const topic = random.pick(TOPICS);
    const paragraphs: string[] = [];
    for (let p = 0, n = 1 + random.below(3); p < n; p++) {
      const sentences: string[] = [];
      for (let s = 0, m = 2 + random.below(3); s < m; s++) sentences.push(random.pick(SENTENCES));
      paragraphs.push(sentences.join(' '));
    }
    messages.push({
      id,
      from: { name: `${first} ${last}`, email: `${first}.${last}@${random.pick(DOMAINS)}`.toLowerCase() },
      to: 'you@example.test',
      subject: `${random.pick(OPENERS)} ${topic}`,
      date: new Date(at).toISOString(),
      unread: random.next() < 0.2,
      labels: random.next() < 0.6 ? [random.pick(LABELS)] : [],
      body: `Hi,\n\nAbout the ${topic}: ${paragraphs.join('\n\n')}\n\nBest,\n${first}`,
    });
    at -= (20 + random.below(400)) * 60_000;
  }
  return messages;
}

/** Newest first. */
const messages: readonly Message[] = generate();
const byId = new Map(messages.map((m) => [m.id, m]));

export function summarize(message: Message): MessageSummary {
  const { body, ...rest } = message;
  const flat = body.replace(/\s+/g, ' ');
  return { ...rest, preview: flat.length > 90 ? `${flat.slice(0, 89)}…` : flat };
}

export function pageCount(): number {
  return Math.ceil(messages.length / PAGE_SIZE);
}

/** A `page` query value: absent means 1; anything but a whole number ≥ 1 is undefined. */
export function parsePage(raw: string | null): number | undefined {
  if (raw === null || raw === '') return 1;
  if (!/^\d{1,6}$/.test(raw)) return undefined;
  const page = Number(raw);
  return page >= 1 ? page : undefined;
}

/** Page numbers start at 1; a page past the end is empty. */
export function listPage(page: number): MessagePage {
  const start = (page - 1) * PAGE_SIZE;
  return {
    page,
    pageSize: PAGE_SIZE,
    pages: pageCount(),
    total: messages.length,
    messages: messages.slice(start, start + PAGE_SIZE).map(summarize),
  };
}

export function findMessage(id: number): Message | undefined {
  return byId.get(id);
}

/**
 * Case-insensitive search over every message: each query word scores 3 per hit in the subject,
 * 2 in the sender and 1 in the body. Best first, then newest; at most 50 hits.
 */
export function search(query: string): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 16);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const message of messages) {
    const subject = message.subject.toLowerCase();
    const sender = `${message.from.name} ${message.from.email}`.toLowerCase();
    const body = message.body.toLowerCase();
    let score = 0;
    for (const word of words) {
      score += 3 * occurrences(subject, word) + 2 * occurrences(sender, word) + occurrences(body, word);
    }
    if (score > 0) hits.push({ ...summarize(message), score });
  }
  hits.sort((a, b) => b.score - a.score || b.id - a.id);
  return hits.slice(0, MAX_HITS);
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
  return count;
}
