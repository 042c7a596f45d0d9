// Reads Prometheus text exposition (format 0.0.4) back into samples, strictly: for tests and for tools
// (drills, benchmarks) that scrape /metrics. Throws on any line that is not a comment or a valid sample.

export interface Exposition {
  /** Sample value by `name{labels}` exactly as written, or `name` when it has no labels. */
  samples: Map<string, number>;
  /** Metric type by family name, from `# TYPE` lines. */
  types: Map<string, string>;
  /** Help text by family name, from `# HELP` lines. */
  helps: Map<string, string>;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
const SAMPLE = new RegExp(`^(${NAME})(\\{(?:${LABEL}(?:,${LABEL})*)?\\})? (\\S+)(?: -?\\d+)?$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const HELP = new RegExp(`^# HELP (${NAME}) (.*)$`);

export function parseExposition(text: string): Exposition {
  const result: Exposition = { samples: new Map(), types: new Map(), helps: new Map() };
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const type = TYPE.exec(line);
    const help = HELP.exec(line);
    if (type) result.types.set(type[1], type[2]);
    else if (help) result.helps.set(help[1], help[2]);
    else if (!line.startsWith('#')) {
      const sample = SAMPLE.exec(line);
      if (!sample) throw new Error(`line ${i + 1} is not a valid sample: ${line}`);
      result.samples.set(`${sample[1]}${sample[2] ?? ''}`, parseValue(sample[3], i + 1));
    }
  }
  return result;
}

function parseValue(text: string, line: number): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (text === 'NaN') return Number.NaN;
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value))
    throw new Error(`line ${line} has a value that is not a number: ${text}`);
  return value;
}
