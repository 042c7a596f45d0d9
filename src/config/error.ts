// ConfigError: every problem found in a configuration, each naming where it is, what was expected and what was found.
// Its message has one line per issue, ready to print: `breakwater.yaml: limits.maxHeaderBytes: expected …, found "big"`.

export interface ConfigIssue {
  /**
   * Where the problem is: a key path ('limits.maxHeaderBytes', 'upstreams[1]', '' for the whole document),
   * a flag or variable ('--listen', 'BREAKWATER_DATA'), or 'file:line:col' for a YAML syntax error.
   */
  path: string;
  /** What would have been accepted. */
  expected: string;
  /** The value as written (JSON-like, shortened), or 'nothing' when it is missing. */
  found: string;
  /** The file the path is in, when the value came from a file. */
  file?: string;
  /** Said instead of `expected …, found …` when that reads badly (unknown keys, YAML syntax). */
  message?: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }
}

/** One line: `[file: ][path: ]expected X, found Y` (or the issue's own message). */
export function formatIssue(issue: ConfigIssue): string {
  const where = [issue.file, issue.path].filter((part) => part).join(': ');
  const what = issue.message ?? `expected ${issue.expected}, found ${issue.found}`;
  return where ? `${where}: ${what}` : what;
}

const FOUND_MAX = 60;

/** A value as the user wrote it: strings quoted, lists and mappings as short JSON, missing as 'nothing'. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  let text: string;
  try {
    text = typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > FOUND_MAX ? `${text.slice(0, FOUND_MAX - 1)}…` : text;
}
