// The process log: one line per event, filtered by level, as text for people (`time level message
// key=value…`) or as JSON for a SIEM, written by pino with Elastic Common Schema names (`@timestamp`,
// `log.level`, `message`, `ecs.version`; fields whose names are ECS's kept as they are, others under
// `breakwater.`). Each line goes to `write` with its level, so a sink such as syslog can grade it.
import pino from 'pino';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export type LogFields = Record<string, string | number | boolean | string[] | undefined>;

export interface Log {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

export type LogWrite = (line: string, level: LogLevel) => void;

export interface LogOptions {
  format?: LogFormat;
  write?: LogWrite;
}

export const ECS_VERSION = '8.11.0';

/** ECS field sets: a field under one of these is written under its own name in JSON. */
const ECS_ROOTS = new Set([
  'event',
  'source',
  'destination',
  'client',
  'url',
  'http',
  'rule',
  'user',
  'user_agent',
  'error',
  'network',
  'observer',
  'service',
  'labels',
  'tags',
  'host',
  'process',
  'threat',
  'related',
]);

const stderr: LogWrite = (line) => process.stderr.write(line);

function renderText(fields: LogFields | undefined): string {
  if (!fields) return '';
  let out = '';
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    out += ` ${key}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`;
  }
  return out;
}

/** The fields with ECS names: `error` → `error.message`, ECS names as they are, the rest under `breakwater.`. */
export function ecsFields(fields: LogFields | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!fields) return out;
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined) continue;
    if (key === 'error') out['error.message'] = value;
    else if (ECS_ROOTS.has(key.split('.')[0]) || key.startsWith('breakwater.')) out[key] = value;
    else out[`breakwater.${key}`] = value;
  }
  return out;
}

export function createLog(level: LogLevel = 'info', output: LogWrite | LogOptions = stderr): Log {
  const { format = 'text', write = stderr } = typeof output === 'function' ? { write: output } : output;
  const threshold = LOG_LEVELS.indexOf(level);
  let line: (lvl: LogLevel, message: string, fields?: LogFields) => void;
  if (format === 'json') {
    let current: LogLevel = 'info';
    const json = pino(
      {
        level: 'debug',
        base: { 'ecs.version': ECS_VERSION },
        messageKey: 'message',
        timestamp: () => `,"@timestamp":"${new Date().toISOString()}"`,
        formatters: { level: (label) => ({ 'log.level': label }) },
      },
      { write: (text: string) => write(text, current) },
    );
    line = (lvl, message, fields) => {
      current = lvl;
      json[lvl](ecsFields(fields), message);
    };
  } else {
    line = (lvl, message, fields) =>
      write(`${new Date().toISOString()} ${lvl} ${message}${renderText(fields)}\n`, lvl);
  }
  const at =
    (lvl: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (LOG_LEVELS.indexOf(lvl) > threshold) return;
      line(lvl, message, fields);
    };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/** A log that drops everything (tests, embedding). */
export const silentLog: Log = createLog('error', () => {});
