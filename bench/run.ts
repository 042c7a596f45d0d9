// Runs Breakwater's benchmarks side by side with nginx and HAProxy: `npm run bench -- <scenario…|all> [--quick]`.
// Results go to bench/results/<time>.json and to stdout as Markdown; a full `all` run also rewrites BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanupNow } from './cleanup.js';
import { BenchUsageError, readCommandLine, usage } from './command-line.js';
import { describeMachine, describeVersions } from './machine.js';
import { sectionsWritten } from './marked-section.js';
import { CLIENTS_DIR, DEMO_MAIN, GATEWAY_MAIN, REPORT_FILE, ROOT } from './paths.js';
import { stopAll } from './processes.js';
import { QuietGate } from './quiet.js';
import { renderReportFile, renderResults } from './report.js';
import { earlierFullRuns, type RunRecord, type ScenarioRecord, writeResults } from './results.js';
import { RUNS_ALONE, SCENARIOS } from './scenarios/index.js';
import { keepMatrixSection } from './scenarios/matrix-report.js';
import { ensureTools, type Tool } from './tools.js';

const say = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

function checkBuilt(): void {
  for (const file of [
    GATEWAY_MAIN,
    DEMO_MAIN,
    ...['connect-flood.js', 'paced-load.js'].map((f) => join(CLIENTS_DIR, f)),
  ]) {
    if (!existsSync(file)) {
      throw new Error(
        `bench: ${relative(ROOT, file)} is missing; build first: npm run build && npx tsc -p bench/tsconfig.json`,
      );
    }
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let invocation: ReturnType<typeof readCommandLine>;
  try {
    invocation = readCommandLine(argv, SCENARIOS);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${usage(SCENARIOS)}\n`);
    return 2;
  }
  if (invocation === 'help') {
    process.stdout.write(`${usage(SCENARIOS)}\n`);
    return 0;
  }
  const { settings } = invocation;
  // `all` leaves out what runs alone (the attack-shape matrix); a rewrite keeps its section
  const scenarios = invocation.all
    ? invocation.scenarios.filter((s) => !RUNS_ALONE.includes(s))
    : invocation.scenarios;
  checkBuilt();
  const needs = [...new Set<Tool>(scenarios.flatMap((s) => s.needs))];
  const tools = ensureTools(needs, say);
  const machine = describeMachine();
  const versions = describeVersions(tools);

  const estimate = scenarios.reduce((sum, s) => sum + s.estimateSeconds(settings), 0);
  const limitSeconds = estimate * 2 + settings.quietWaitSeconds + 120;
  say(`running ${scenarios.map((s) => s.name).join(', ')}: about ${Math.round(estimate)} s`);
  const watchdog = setTimeout(() => {
    say(`the run passed its ${limitSeconds} s limit; stopping every process it started`);
    cleanupNow();
    process.exit(124);
  }, limitSeconds * 1000);
  watchdog.unref();

  const quiet = new QuietGate(settings.quietWaitSeconds, say);
  const started = Date.now();
  const records: ScenarioRecord[] = [];
  for (const scenario of scenarios) {
    say(`scenario ${scenario.name}: ${scenario.title}`);
    const record: ScenarioRecord = { name: scenario.name, title: scenario.title };
    try {
      record.otherWorkBefore = await quiet.settle();
      record.outcome = await scenario.run({ settings, tools, quiet, say });
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      say(`scenario ${scenario.name} failed: ${record.error}`);
    } finally {
      await stopAll();
    }
    records.push(record);
  }
  clearTimeout(watchdog);

  const run: RunRecord = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    command: `npm run bench -- ${argv.join(' ')}`,
    settings,
    machine,
    versions,
    scenarios: records,
  };
  say(`results written to ${relative(ROOT, writeResults(run))}`);
  process.stdout.write(renderResults(run));
  const failed = records.some((r) => r.error !== undefined);
  if (invocation.all && !settings.quick && !failed) {
    const before = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, 'utf8') : '';
    writeFileSync(REPORT_FILE, keepMatrixSection(renderReportFile(run, earlierFullRuns(run)), before));
    say(`${relative(ROOT, REPORT_FILE)} rewritten`);
  } else {
    const sections = sectionsWritten();
    const kept = 'only a complete, full-length `all` run rewrites the rest';
    say(
      sections.length === 0
        ? `${relative(ROOT, REPORT_FILE)} left as it is: ${kept}`
        : `${relative(ROOT, REPORT_FILE)}: its section(s) ${sections.map((h) => `"${h}"`).join(', ')} rewritten; ${kept}`,
    );
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
