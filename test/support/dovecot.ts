// A real IMAP server for tests: Dovecot (Debian's dovecot-imapd) started with a configuration written to
// a temp directory, plain IMAP on a free loopback port, one user whose mail lives in that directory.
// Messages are put in its INBOX with IMAP APPEND, as any client would.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const IMAP_USER = 'phish';
export const IMAP_PASSWORD = 'report-box-secret';
/** Mail files belong to this account (nobody): Dovecot never reads mail as root. */
const MAIL_UID = 65534;

export interface Dovecot {
  port: number;
  url: string;
  append(raw: string): Promise<void>;
  stop(): Promise<void>;
  /** Starts it again on the same port and mail. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listening(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Dovecot did not listen on ${port}`);
}

export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'breakwater-dovecot-'));
  const port = await freePort();
  for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub));
  // The mail account must reach its home through the temp directory (made 0700).
  chmodSync(dir, 0o755);
  chownSync(join(dir, 'home'), MAIL_UID, MAIL_UID);
  writeFileSync(join(dir, 'users'), `${IMAP_USER}:{PLAIN}${IMAP_PASSWORD}\n`);
  writeFileSync(
    join(dir, 'dovecot.conf'),
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${dir}/dovecot.log`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${dir}/users\n}`,
      `userdb {\n  driver = static\n  args = uid=${MAIL_UID} gid=${MAIL_UID} home=${dir}/home/%u\n}`,
      'mail_location = maildir:~/Maildir',
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      'service stats {\n  unix_listener stats-reader {\n    mode = 0600\n  }\n  unix_listener stats-writer {\n    mode = 0600\n  }\n}',
      '',
    ].join('\n'),
  );
  let child: ChildProcess | undefined;
  const dovecot: Dovecot = {
    port,
    url: `imap://${IMAP_USER}:${IMAP_PASSWORD}@127.0.0.1:${port}/INBOX`,
    async start() {
      child = spawn('dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
      await listening(port, Date.now() + 10_000);
    },
    async stop() {
      if (child === undefined || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      child = undefined;
    },
    async append(raw) {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port,
        secure: false,
        auth: { user: IMAP_USER, pass: IMAP_PASSWORD },
        logger: false,
      });
      await client.connect();
      await client.append('INBOX', raw);
      await client.logout();
    },
    async dispose() {
      await dovecot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await dovecot.start();
  return dovecot;
}
