#!/usr/bin/env -S node --min-semi-space-size=16 --max-semi-space-size=32 --no-memory-reducer
// The `breakwater` command: parses arguments and hands each subcommand to its own file.

import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { auditCommand } from './audit.js';
import { bouncersCommand } from './bouncers.js';
import { challengeCommand } from './challenge.js';
import { dataplaneCommand } from './dataplane.js';
import { decisionsCommand } from './decisions.js';
import { demoCommand } from './demo.js';
import { doctorCommand } from './doctor.js';
import { drillCommand } from './drill.js';
import { UsageError } from './errors.js';
import { evidenceCommand } from './evidence.js';
import { incidentsCommand } from './incidents.js';
import { intelCommand } from './intel.js';
import { reportsCommand } from './reports.js';
import { serveCommand } from './serve.js';
import { tokenCommand } from './token.js';
import { userCommand } from './user.js';

const program = new Command('breakwater')
  .description('Keeps web and email services answering while they are under Layer-7 attack.')
  .version(VERSION)
  .showHelpAfterError('(add --help for usage)')
  // options after a command name are that command's (`drill matrix --target` is the matrix's --target)
  .enablePositionalOptions()
  .exitOverride();

program.addCommand(serveCommand());
program.addCommand(demoCommand());
program.addCommand(decisionsCommand());
program.addCommand(incidentsCommand());
program.addCommand(tokenCommand());
program.addCommand(userCommand());
program.addCommand(auditCommand());
program.addCommand(doctorCommand());
program.addCommand(challengeCommand());
program.addCommand(intelCommand());
program.addCommand(bouncersCommand());
program.addCommand(evidenceCommand());
program.addCommand(reportsCommand());
program.addCommand(drillCommand());
program.addCommand(dataplaneCommand());

// addCommand does not pass settings down: without this, a usage error in a subcommand (a missing
// required option, an unknown flag) would exit 1 from inside commander instead of 2 below.
function inheritSettings(parent: Command): void {
  for (const sub of parent.commands) {
    sub.copyInheritedSettings(parent);
    inheritSettings(sub);
  }
}
inheritSettings(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  if (error instanceof UsageError) {
    process.stderr.write(`breakwater: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`breakwater: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
