// Check: the Node.js running Breakwater against the release data shipped with it (data/node-releases.json,
// with its date; nothing is fetched): a release line past its end of life, or a version older than the
// line's latest known security release. Data older than six months is said to be so.
import { readFileSync } from 'node:fs';
import type { Check, Finding } from './finding.js';

interface ReleaseData {
  updated: string;
  lines: Record<string, { latestSecurityRelease: string; endOfLife: string }>;
}

const DATA_FILE = new URL('../../data/node-releases.json', import.meta.url);
const STALE_MS = 183 * 86_400_000;

export const loadReleaseData = (): ReleaseData => JSON.parse(readFileSync(DATA_FILE, 'utf8')) as ReleaseData;

/** Negative when a < b, as dotted version numbers. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export function nodeReleaseCheck(data: ReleaseData = loadReleaseData()): Check {
  return async ({ nodeVersion, now }) => {
    const version = nodeVersion.replace(/^v/, '');
    const line = data.lines[version.split('.')[0]];
    const asOf = `release data of ${data.updated}`;
    const findings: Finding[] = [];
    if (line === undefined) {
      findings.push({
        id: 'node-line-unknown',
        severity: 'medium',
        title: `Node.js ${version} is on a release line the ${asOf} does not list`,
        why: 'odd-numbered and retired lines get few or no security releases',
        fix: `run an active LTS line: ${Object.keys(data.lines).join(', ')}`,
      });
    } else if (Date.parse(line.endOfLife) <= now()) {
      findings.push({
        id: 'node-end-of-life',
        severity: 'high',
        title: `Node.js ${version}: its release line reached end of life on ${line.endOfLife}`,
        why: 'no security fixes are released for it any more, whatever is found in it',
        fix: `move to a supported LTS line (${
          Object.keys(data.lines)
            .filter((l) => Date.parse(data.lines[l].endOfLife) > now())
            .join(', ') || 'the current one'
        })`,
      });
    } else if (compareVersions(version, line.latestSecurityRelease) < 0) {
      findings.push({
        id: 'node-behind-security-release',
        severity: 'high',
        title: `Node.js ${version} is older than ${line.latestSecurityRelease}, the line's latest security release (${asOf})`,
        why: 'the vulnerabilities that release fixed are open in this process, and several were in HTTP parsing',
        fix: `upgrade Node.js to ${line.latestSecurityRelease} or later on this line`,
      });
    }
    if (now() - Date.parse(data.updated) > STALE_MS) {
      findings.push({
        id: 'node-release-data-old',
        severity: 'low',
        title: `the Node.js release data shipped with this Breakwater is from ${data.updated}`,
        why: 'security releases made since then are unknown to this check',
        fix: 'upgrade Breakwater for newer data, and compare with https://nodejs.org/en/about/previous-releases',
      });
    }
    return findings;
  };
}
