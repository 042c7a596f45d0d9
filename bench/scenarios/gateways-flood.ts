// A flood from one loopback address split evenly over one or more gateways, and what came of it: the
// requests sent and those the origin received (read from the demo origin's own count, polled), slot by
// slot from the flood's first request, and the first detection the control plane reports.
import http from 'node:http';
import type { Service } from '../contenders/service.js';
import { built } from './origin-saw.js';

/** Keep-alive connections the flood holds to each gateway. */
const CONNECTIONS = 2;
/** Width of one slot of the send and arrival counts. */
export const SLOT_MS = 250;

export interface SplitFloodRun {
  /** Gateways, each sent an equal share. */
  urls: readonly string[];
  /** Requests per second in all. */
  rate: number;
  /** The flood's source, 127.<range>.x.y; the origin counts arrivals by its first two octets. */
  source: string;
  seconds: number;
  origin: Service;
  /** A control plane of the defence and a viewer token, for the time to detect. */
  control: { url: string; token: string };
}

export interface SplitFloodFigures {
  sent: number[];
  reached: number[];
  /** Seconds from the first request to the first detection; null when none came. */
  timeToDetectS: number | null;
}

interface DetectionWatch {
  start(): Promise<void>;
  attackStarted(at: number): void;
  timeToDetectS(): number | undefined;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GET from `source`, settled whatever the answer (a refusal may close the connection). */
function get(url: string, agent: http.Agent, source: string): Promise<void> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, localAddress: source, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', resolve);
      res.on('error', () => resolve());
    });
    req.on('error', () => resolve());
    req.on('timeout', () => req.destroy());
  });
}

/** What the demo origin received so far from the source's range (127.<range>). */
async function originCount(origin: Service, range: string): Promise<number> {
  const { ORIGIN_STATS_PATH } = await built<{ ORIGIN_STATS_PATH: string }>('demo/origin-stats.js');
  const res = await fetch(origin.url + ORIGIN_STATS_PATH, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`bench: the origin answered ${res.status} to ${ORIGIN_STATS_PATH}`);
  const { bySource } = (await res.json()) as { bySource: Record<string, number> };
  return bySource[range] ?? 0;
}

export async function splitFlood(run: SplitFloodRun): Promise<SplitFloodFigures> {
  const slots = Math.ceil((run.seconds * 1000) / SLOT_MS);
  const sent = new Array<number>(slots).fill(0);
  const reached = new Array<number>(slots).fill(0);
  const range = run.source.split('.').slice(0, 2).join('.');
  const { DetectionWatch } = await built<{
    DetectionWatch: new (control: { url: string; token: string }) => DetectionWatch;
  }>('drill/detection-watch.js');
  const watch = new DetectionWatch(run.control);
  await watch.start();

  const gap = (1000 * run.urls.length * CONNECTIONS) / run.rate;
  let counted = await originCount(run.origin, range);
  const started = Date.now();
  const end = started + run.seconds * 1000;
  const slotOf = (at: number) => Math.min(slots - 1, Math.floor((at - started) / SLOT_MS));
  watch.attackStarted(started);
  const senders = run.urls.map(async (url) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const one = async () => {
      while (Date.now() < end) {
        const at = Date.now();
        sent[slotOf(at)] += 1;
        await get(url, agent, run.source);
        await sleep(Math.max(0, gap - (Date.now() - at)));
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, one));
    agent.destroy();
  });
  // The origin's count, read at each slot's end: what arrived since goes to the slot that just ended.
  for (let slot = 0; slot < slots; slot++) {
    await sleep(Math.max(0, started + (slot + 1) * SLOT_MS - Date.now()));
    const now = await originCount(run.origin, range);
    reached[slot] = now - counted;
    counted = now;
  }
  await Promise.all(senders);
  // answers of the last slot still on their way
  await sleep(500);
  reached[slots - 1] += (await originCount(run.origin, range)) - counted;
  // the detection may be stamped at once but read on the watch's next poll
  await sleep(1_000);
  const detected = watch.timeToDetectS();
  await watch.close();
  return { sent, reached, timeToDetectS: detected ?? null };
}
