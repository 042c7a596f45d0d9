// Reading posted solutions from form and JSON bodies.
import { describe, expect, it } from 'vitest';
import { readSolution } from './solution-form.js';

const form = (s: string) => readSolution(Buffer.from(s), 'application/x-www-form-urlencoded');

describe('readSolution', () => {
  it('reads form fields, defaulting returnTo to /', () => {
    expect(form('token=t&counter=42&returnTo=%2Fa%3Fb%3D1')).toEqual({
      token: 't',
      counter: 42,
      returnTo: '/a?b=1',
    });
    expect(form('token=t&counter=0')).toEqual({ token: 't', counter: 0, returnTo: '/' });
  });

  it('reads JSON with a numeric or string counter', () => {
    const json = (v: unknown) => readSolution(Buffer.from(JSON.stringify(v)), 'application/json');
    expect(json({ token: 't', counter: 7 })).toMatchObject({ counter: 7 });
    expect(json({ token: 't', counter: '7' })).toMatchObject({ counter: 7 });
    expect(typeof json({ token: 't', counter: 1.5 })).toBe('string');
    expect(typeof json(null)).toBe('string');
  });

  it('refuses counters spelled other than as the solver hashed them', () => {
    for (const counter of ['', '-1', '01', '1e3', '0x10', '99999999999999999', ' 1']) {
      expect(typeof form(`token=t&counter=${encodeURIComponent(counter)}`), counter).toBe('string');
    }
  });
});
