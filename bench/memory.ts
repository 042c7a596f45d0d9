// Resident memory of a process group (a server and its workers), sampled while a run lasts: the peak.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Bytes resident now, summed over every live process in group `pgid`. */
export function groupRssBytes(pgid: number): number {
  let pages = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // pgrp is field 5 of proc(5), rss (in pages) field 24
      if (Number(fields[2]) === pgid) pages += Number(fields[21]);
    } catch {
      // gone meanwhile
    }
  }
  return pages * PAGE_BYTES;
}

/** Samples a group's resident memory every `everyMs` until stopped; `stop()` returns the peak in bytes. */
export function watchPeakRss(pgid: number, everyMs = 250): { stop(): number } {
  let peak = groupRssBytes(pgid);
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRssBytes(pgid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, groupRssBytes(pgid));
    },
  };
}
