// The gateway's V8 flags reach it however it is started the documented ways: the `breakwater` command's
// first line and `npm start` carry all of them, and a process without them is told which are missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GATEWAY_V8_FLAGS, missingV8Flags } from './v8-flags.js';

const root = new URL('../../', import.meta.url);

describe('gateway V8 flags', () => {
  it('are on the breakwater command’s first line, run through env -S', () => {
    const first = readFileSync(new URL('src/cli/main.ts', root), 'utf8').split('\n')[0];
    expect(first).toBe(`#!/usr/bin/env -S node ${GATEWAY_V8_FLAGS.join(' ')}`);
  });

  it('are given by npm start', () => {
    const start: string = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts.start;
    expect(start).toBe(`node ${GATEWAY_V8_FLAGS.join(' ')} dist/cli/main.js demo`);
  });

  it('names the flags a process started without, from its command line and NODE_OPTIONS', () => {
    expect(missingV8Flags([], '')).toEqual([...GATEWAY_V8_FLAGS]);
    expect(missingV8Flags([...GATEWAY_V8_FLAGS], '')).toEqual([]);
    expect(missingV8Flags(['--no-memory-reducer'], '--min-semi-space-size=16')).toEqual([
      '--max-semi-space-size=32',
    ]);
  });
});
