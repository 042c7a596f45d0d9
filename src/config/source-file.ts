// Reads a breakwater.yaml file into plain data. A missing file, a YAML syntax error (located by file:line:col)
// or an unreadable document becomes a ConfigError; an empty file reads as an empty mapping.

import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError, type ConfigIssue } from './error.js';

/** `label` is the file as the user named it; `absolute` is where it was looked for. */
export function readSourceFile(absolute: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const at = absolute === label ? '' : ` at ${absolute}`;
    const found = describeReadFailure(error as NodeJS.ErrnoException);
    throw new ConfigError([
      { path: label, expected: 'a readable configuration file', found: `${found}${at}` },
    ]);
  }
  return parseSource(text, label);
}

/** Plain data from YAML text; `label` names the source in syntax errors. */
export function parseSource(text: string, label: string): unknown {
  const lines = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, lineCounter: lines });
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map((error): ConfigIssue => {
        const { line, col } = lines.linePos(error.pos[0]);
        const said =
          error.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document' : error.message;
        return {
          path: `${label}:${line}:${col}`,
          expected: 'valid YAML',
          found: said,
          message: `invalid YAML: ${said}`,
        };
      }),
    );
  }
  try {
    return document.contents === null ? {} : document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const said = (error as Error).message;
    throw new ConfigError([
      { path: label, expected: 'valid YAML', found: said, message: `invalid YAML: ${said}` },
    ]);
  }
}

function describeReadFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'nothing';
    case 'EISDIR':
      return 'a directory';
    case 'EACCES':
    case 'EPERM':
      return 'a file this user may not read';
    default:
      return `a file that could not be read (${error.code ?? error.message})`;
  }
}
