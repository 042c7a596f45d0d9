// `breakwater incidents list|show|report|evidence`: incidents, their timelines, their reports and their
// evidence packages, through the control plane API.

import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { Incident, TimelineEntry } from '../incidents/incident.js';
import {
  type ControlTarget,
  callControl,
  controlOptions,
  fetchControlBytes,
  fetchControlText,
} from './control-client.js';
import { UsageError } from './errors.js';

const time = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString());
const duration = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)}s`);

function line(i: Incident): string {
  return `${i.id}  ${i.kind.padEnd(8)}  ${i.severity}  ${i.status.padEnd(13)}  opened ${time(i.openedAt)}  ${i.title}`;
}

function details(i: Incident, timeline: TimelineEntry[]): string {
  const f = i.figures;
  const sources = i.topSources.map((s) => `${s.value} (${Math.round(s.rate)}/s)`).join(', ') || '—';
  return [
    `${i.id}  ${i.title}`,
    `  kind            ${i.kind}`,
    `  severity        ${i.severity}${i.severityLocked ? ' (set by hand)' : ''}`,
    `  status          ${i.status}`,
    `  services        ${i.services.join(', ')}`,
    `  attack          ${i.attackClasses.join(', ')}`,
    `  top sources     ${sources}`,
    `  assignee        ${i.assignee ?? '—'}`,
    `  opened          ${time(i.openedAt)}`,
    `  resolved        ${time(i.resolvedAt)}`,
    `  time to detect  ${duration(f.timeToDetectMs)}`,
    `  to mitigate     ${duration(f.timeToMitigateMs)}`,
    `  to recover      ${duration(f.timeToRecoverMs)}`,
    `  peak rate       ${Math.round(f.peakAttackRate)} req/s`,
    `  stopped         ${f.attackRequestsStopped} attack requests`,
    `  legit affected  ${f.legitimateRequestsAffected} requests (estimate)`,
    '',
    'Timeline:',
    ...timeline.map((e) => `  ${time(e.at)}  ${e.kind.padEnd(13)}  ${e.author}: ${e.text}`),
  ].join('\n');
}

const FORMATS = ['md', 'html'];

export function incidentsCommand(): Command {
  const command = new Command('incidents').description('List incidents, show one, or write its report.');

  command.addCommand(
    controlOptions(new Command('list'))
      .description('List incidents, newest first.')
      .option('--status <list>', 'comma-separated statuses, such as detected,mitigated')
      .option('--kind <kind>', 'flood or phishing')
      .option('--limit <n>', 'at most this many', '20')
      .option('--json', 'print JSON')
      .action(
        async (flags: ControlTarget & { status?: string; kind?: string; limit: string; json?: boolean }) => {
          const query = new URLSearchParams({ limit: flags.limit });
          if (flags.status !== undefined) query.set('status', flags.status);
          if (flags.kind !== undefined) query.set('kind', flags.kind);
          const result = await callControl<{ incidents: Incident[] }>(
            flags,
            'GET',
            `api/v1/incidents?${query}`,
          );
          const incidents = result?.incidents ?? [];
          if (flags.json) process.stdout.write(`${JSON.stringify(incidents, null, 2)}\n`);
          else if (incidents.length === 0) process.stdout.write('no incidents\n');
          else for (const i of incidents) process.stdout.write(`${line(i)}\n`);
        },
      )
      .addHelpText(
        'after',
        '\nExamples:\n  breakwater incidents list --status detected,mitigated\n  breakwater incidents list --kind phishing',
      ),
  );

  command.addCommand(
    controlOptions(new Command('show'))
      .description('Show an incident: its figures and its timeline.')
      .argument('<id>', 'incident id, such as INC-2026-0001')
      .option('--json', 'print JSON')
      .action(async (id: string, flags: ControlTarget & { json?: boolean }) => {
        const result = await callControl<{ incident: Incident; timeline: TimelineEntry[] }>(
          flags,
          'GET',
          `api/v1/incidents/${encodeURIComponent(id)}`,
        );
        if (result === undefined) return;
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(result, null, 2)}\n`
            : `${details(result.incident, result.timeline)}\n`,
        );
      }),
  );

  command.addCommand(
    controlOptions(new Command('report'))
      .description('Write the post-incident report, as Markdown or HTML.')
      .argument('<id>', 'incident id, such as INC-2026-0001')
      .option('--format <format>', 'md or html', 'md')
      .option('--output <file>', 'write it to this file instead of standard output')
      .addHelpText(
        'after',
        '\nExample:\n  breakwater incidents report INC-2026-0001 --format html --output report.html',
      )
      .action(async (id: string, flags: ControlTarget & { format: string; output?: string }) => {
        if (!FORMATS.includes(flags.format)) {
          throw new UsageError(`--format: expected md or html, found '${flags.format}'`);
        }
        const report = await fetchControlText(
          flags,
          `api/v1/incidents/${encodeURIComponent(id)}/report?format=${flags.format}`,
        );
        if (flags.output === undefined) process.stdout.write(report);
        else {
          await writeFile(flags.output, report);
          process.stdout.write(`wrote ${flags.output}\n`);
        }
      }),
  );
  command.addCommand(
    controlOptions(new Command('evidence'))
      .description('Write the incident’s evidence package: a signed archive for a CERT or the police.')
      .argument('<id>', 'incident id, such as INC-2026-0001')
      .requiredOption('--out <file>', 'the archive to write (a tar file)')
      .option('--redact-legitimate', 'hide every address that is not one of the attack’s sources')
      .addHelpText(
        'after',
        '\nExample:\n  breakwater incidents evidence INC-2026-0001 --out INC-2026-0001.tar\n' +
          '  breakwater evidence verify INC-2026-0001.tar',
      )
      .action(async (id: string, flags: ControlTarget & { out: string; redactLegitimate?: boolean }) => {
        const query = flags.redactLegitimate ? '?redact=legitimate' : '';
        const archive = await fetchControlBytes(
          flags,
          `api/v1/incidents/${encodeURIComponent(id)}/evidence${query}`,
        );
        await writeFile(flags.out, archive);
        process.stdout.write(`wrote ${flags.out} (${archive.length} bytes)\n`);
      }),
  );
  return command;
}
