// The process log as the configuration asks: its level and format (text or ECS JSON) on stderr, and each
// line also to a syslog collector when `syslog.url` is set.
import { readFileSync } from 'node:fs';
import type { Config } from '../config/index.js';
import { createLog, type Log, type LogWrite } from '../log.js';
import { SyslogSink } from '../syslog.js';

export function processLog(config: Pick<Config, 'logLevel' | 'logFormat' | 'syslog'>): Log {
  const stderr: LogWrite = (line) => process.stderr.write(line);
  const { url, facility, appName, ca } = config.syslog;
  if (url === null) return createLog(config.logLevel, { format: config.logFormat, write: stderr });
  const sink = new SyslogSink({ url, facility, appName, ca: ca === null ? undefined : readFileSync(ca) });
  return createLog(config.logLevel, {
    format: config.logFormat,
    write: (line, level) => {
      stderr(line, level);
      sink.send(line, level);
    },
  });
}
