// `breakwater reports submit|list|show`: the phishing desk through the control plane API. `submit` reports
// .eml files (and, with --wait, prints each verdict and its reasons once analysed).

import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command } from 'commander';
import type { StoredReport } from '../store/index.js';
import { type ControlTarget, callControl, controlOptions, postControlMessage } from './control-client.js';
import { UsageError } from './errors.js';

type ReportView = Omit<StoredReport, 'bodyHash'>;
interface Reason {
  code: string;
  weight: number;
  explanation: string;
}

const time = (ms: number) => new Date(ms).toISOString();

function line(r: ReportView): string {
  const verdict = r.verdict === null ? r.status : `${r.verdict} (${r.score})`;
  return `${r.id}  ${time(r.receivedAt)}  ${verdict.padEnd(16)}  ${r.reporter}  ${r.subject || '(no subject)'}`;
}

function details(r: ReportView): string {
  const analysis = r.analysis as { reasons: Reason[]; gaps: string[] } | null;
  return [
    line(r),
    `  from      ${r.sender || '—'}`,
    `  campaign  ${r.campaignId ?? '—'}`,
    `  review    ${r.review ?? '—'}`,
    ...(r.error === null ? [] : [`  error     ${r.error}`]),
    ...(analysis?.reasons ?? []).map((reason) => `  + ${reason.weight}  ${reason.explanation}`),
    ...(analysis?.gaps ?? []).map((gap) => `  not checked: ${gap}`),
  ].join('\n');
}

async function report(target: ControlTarget, id: string): Promise<ReportView> {
  const answer = await callControl<{ report: ReportView }>(
    target,
    'GET',
    `/api/v1/reports/${encodeURIComponent(id)}`,
  );
  if (answer === undefined) throw new UsageError(`no answer for report ${id}`, 1);
  return answer.report;
}

export function reportsCommand(): Command {
  const command = new Command('reports').description(
    'The phishing desk: report suspicious messages, read verdicts.',
  );
  command.addCommand(
    controlOptions(
      new Command('submit')
        .description('Report messages (.eml files); each is stored, analysed and answered.')
        .argument('<files...>', '.eml files, each one message as received')
        .option('--wait', 'wait for each verdict (needs the responder role) and print it with its reasons'),
    ).action(async (files: string[], flags: ControlTarget & { wait?: boolean }) => {
      for (const file of files) {
        const message = await readFile(file).catch((error: Error) => {
          throw new UsageError(`cannot read ${file}: ${error.message}`);
        });
        const { report: stored } = await postControlMessage<{ report: ReportView }>(
          flags,
          '/api/v1/reports',
          message,
        );
        if (!flags.wait) {
          process.stdout.write(`${stored.id}  ${file}\n`);
          continue;
        }
        let seen = stored;
        for (let tries = 0; seen.status === 'received' && tries < 60; tries++) {
          await sleep(500);
          seen = await report(flags, stored.id);
        }
        process.stdout.write(`${details(seen)}\n`);
      }
    }),
  );
  command.addCommand(
    controlOptions(
      new Command('list')
        .description('List reports, newest first.')
        .option('--open', 'only those not reviewed yet'),
    ).action(async (flags: ControlTarget & { open?: boolean }) => {
      const answer = await callControl<{ reports: ReportView[] }>(
        flags,
        'GET',
        `/api/v1/reports${flags.open ? '?open=true' : ''}`,
      );
      const reports = answer?.reports ?? [];
      if (reports.length === 0) process.stderr.write('no reports\n');
      for (const r of reports) process.stdout.write(`${line(r)}\n`);
    }),
  );
  command.addCommand(
    controlOptions(new Command('show').description('One report with its reasons.').argument('<id>')).action(
      async (id: string, flags: ControlTarget) => {
        process.stdout.write(`${details(await report(flags, id))}\n`);
      },
    ),
  );
  return command;
}
