// A log whose level changes while it runs (a reload of `logLevel`): the process log underneath writes
// every level, and this one passes on those at or above the level in force.

import { LOG_LEVELS, type Log, type LogFields, type LogLevel } from '../log.js';

export class LeveledLog implements Log {
  private threshold: number;

  constructor(
    private readonly all: Log,
    level: LogLevel,
  ) {
    this.threshold = LOG_LEVELS.indexOf(level);
  }

  set level(level: LogLevel) {
    this.threshold = LOG_LEVELS.indexOf(level);
  }

  error(message: string, fields?: LogFields): void {
    this.all.error(message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    if (this.threshold >= 1) this.all.warn(message, fields);
  }

  info(message: string, fields?: LogFields): void {
    if (this.threshold >= 2) this.all.info(message, fields);
  }

  debug(message: string, fields?: LogFields): void {
    if (this.threshold >= 3) this.all.debug(message, fields);
  }
}
