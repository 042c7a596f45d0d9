// Route kinds: configured prefixes first, then the client's Accept, then what the origin was seen
// answering on the path; and the bound on the paths remembered.

import { describe, expect, it } from 'vitest';
import { kindOfContentType, RoutePolicy } from './route-policy.js';

const HTML_AND_ANY = 'text/html,*/*';

describe('kindOfContentType', () => {
  it('tells data from pages and ignores the rest', () => {
    expect(kindOfContentType('application/json; charset=utf-8')).toBe('api');
    expect(kindOfContentType('application/problem+json')).toBe('api');
    expect(kindOfContentType('Text/Plain')).toBe('api');
    expect(kindOfContentType('text/html; charset=utf-8')).toBe('browser');
    expect(kindOfContentType('image/png')).toBeUndefined();
    expect(kindOfContentType('text/css')).toBeUndefined();
  });
});

describe('RoutePolicy.kindOf', () => {
  it('lets configured rules win over the Accept header and what was learnt', () => {
    const routes = new RoutePolicy([
      { path: '/app/', kind: 'browser' },
      { path: '/api/', kind: 'api' },
    ]);
    routes.learn('/app/data', 'application/json');
    expect(routes.kindOf('/app/data', 'application/json')).toBe('browser');
    expect(routes.kindOf('/api/page', HTML_AND_ANY)).toBe('api');
  });

  it('treats a client that does not accept HTML as api', () => {
    const routes = new RoutePolicy([]);
    routes.learn('/page', 'text/html');
    expect(routes.kindOf('/page', 'application/json')).toBe('api');
    expect(routes.kindOf('/page', '*/*')).toBe('api');
    expect(routes.kindOf('/page', undefined)).toBe('api');
  });

  it('treats an HTML-accepting client as api on a path the origin answered with data', () => {
    const routes = new RoutePolicy([]);
    expect(routes.kindOf('/feed', HTML_AND_ANY)).toBe('browser');
    routes.learn('/feed', 'application/json; charset=utf-8');
    expect(routes.kindOf('/feed', HTML_AND_ANY)).toBe('api');
    routes.learn('/feed', 'image/png'); // says nothing about the route
    expect(routes.kindOf('/feed', HTML_AND_ANY)).toBe('api');
    routes.learn('/feed', 'text/html');
    expect(routes.kindOf('/feed', HTML_AND_ANY)).toBe('browser');
    routes.learn('/other', undefined);
    expect(routes.kindOf('/other', HTML_AND_ANY)).toBe('browser');
  });

  it('remembers at most its bound of paths, dropping the oldest', () => {
    const routes = new RoutePolicy([], 3);
    for (const path of ['/a', '/b', '/c', '/c', '/d']) routes.learn(path, 'application/json');
    expect(routes.learntPaths).toBe(3);
    expect(routes.kindOf('/a', HTML_AND_ANY)).toBe('browser');
    for (const path of ['/b', '/c', '/d']) expect(routes.kindOf(path, HTML_AND_ANY)).toBe('api');
  });
});
