// Security notices: a change to an account's second factors mails the account's owner through the configured
// SMTP server (a real one on loopback here).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ControlFixture, startControlFixture } from '../src/control/fixture.js';
import { createMailer } from '../src/notify/mailer.js';
import { eventually } from './support/client.js';
import { codeAt, enrolledUser } from './support/console-browser.js';

interface Received {
  to: string[];
  text: string;
}

let f: ControlFixture;
let smtp: SMTPServer;
let received: Received[];

beforeEach(async () => {
  received = [];
  smtp = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    logger: false,
    onData(stream, session, callback) {
      let text = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const mailer = createMailer({
    smtp: `smtp://127.0.0.1:${port}`,
    from: 'breakwater@example.test',
    to: [],
    events: [],
  });
  f = await startControlFixture({ mailer });
});

afterEach(async () => {
  await f.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('security notices', () => {
  it('mail the owner when a factor is added and when recovery codes are renewed', async () => {
    const ana = await enrolledUser(f.app, f.store, f.clock, 'ana@example.test', 'responder');
    expect(await eventually(async () => received.length === 1, 15_000)).toBe(true);
    expect(received[0].to).toEqual(['ana@example.test']);
    expect(received[0].text).toMatch(/An authenticator app was added/);

    f.clock.now += 30_000;
    await ana.browser.call('POST', '/api/v1/auth/totp/verify', { code: codeAt(ana.secret, f.clock.now) });
    expect((await ana.browser.call('POST', '/api/v1/auth/recovery-codes')).statusCode).toBe(200);
    expect(await eventually(async () => received.length === 2, 15_000)).toBe(true);
    expect(received[1].text).toMatch(/New recovery codes were made/);
  });
});
