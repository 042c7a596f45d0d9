// Tests of which service a path or a detection belongs to: the longest prefix wins.
import { describe, expect, it } from 'vitest';
import { detection, SERVICES } from '../../test/support/incident-desk.js';
import { serviceOf, servicesOf } from './services.js';

describe('serviceOf', () => {
  it('gives the service with the longest matching prefix', () => {
    expect(serviceOf('/api/messages', SERVICES)).toBe('Mail API');
    expect(serviceOf('/api', SERVICES)).toBe('Webmail');
    expect(serviceOf('/inbox', SERVICES)).toBe('Webmail');
    expect(serviceOf('/inbox', [{ name: 'API', paths: ['/api/'] }])).toBeUndefined();
  });
});

describe('servicesOf', () => {
  it("names a detection's path's service, else its evidence's paths', else every service", () => {
    expect(servicesOf(detection({ path: '/api/search', startedAt: 0 }), SERVICES)).toEqual(['Mail API']);
    const spread = detection({ kind: 'distributed-flood', startedAt: 0 });
    expect(servicesOf(spread, SERVICES)).toEqual(['Webmail', 'Mail API']);
    spread.evidence.topKeys.push({ key: 'path:/api/login', count: 10, share: 0.9 });
    expect(servicesOf(spread, SERVICES)).toEqual(['Mail API']);
  });
});
