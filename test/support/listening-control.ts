// A control plane on a fresh store for each test of the calling file, listening on an ephemeral loopback
// port, for tests that must cross a real socket; closed after each test.
import { afterEach, beforeEach } from 'vitest';
import { type ControlFixture, startControlFixture } from '../../src/control/fixture.js';

export interface ListeningControl {
  /** The fixture of the running test. */
  f: ControlFixture;
  /** Its base URL, such as http://127.0.0.1:41234. */
  url: string;
}

export function listeningControl(): ListeningControl {
  const plane = {} as ListeningControl;
  beforeEach(async () => {
    plane.f = await startControlFixture();
    plane.url = await plane.f.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await plane.f?.close();
  });
  return plane;
}
