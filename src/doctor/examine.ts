// Runs every check and puts the findings in order of severity; a check that fails is itself a finding,
// so one broken check never hides the others.
import { CHECKS } from './checks.js';
import { type Check, type DoctorContext, type Finding, SEVERITIES, type Severity } from './finding.js';

export interface Examination {
  findings: Finding[];
  counts: Record<Severity, number>;
}

export async function examine(context: DoctorContext, checks: Check[] = CHECKS): Promise<Examination> {
  const findings: Finding[] = [];
  for (const check of checks) {
    try {
      findings.push(...(await check(context)));
    } catch (error) {
      findings.push({
        id: 'check-failed',
        severity: 'medium',
        title: `a check could not run: ${(error as Error).message}`,
        why: 'what it looks at was not checked',
        fix: 'run doctor again; report the message if it stays',
      });
    }
  }
  findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  return { findings, counts };
}

/** Text for a person: one block per finding, and a summary line. */
export function describeExamination({ findings, counts }: Examination): string {
  const blocks = findings.map(
    (f) => `${f.severity.toUpperCase()}  ${f.title}\n      why: ${f.why}\n      fix: ${f.fix}\n`,
  );
  const summary = SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ');
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${summary}\n`;
}
