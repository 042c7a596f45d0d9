// Peers' phishing indicators in the mail gateways' lists: a running Breakwater pulls a TAXII peer on
// loopback whose collection names domains, a URL, a sender and attachment hashes; those the trust policy
// acts on reach domains.txt, urls.txt, senders.txt, hashes.txt, the rspamd maps and the Postfix access
// map, marked as the peer's; nothing under TLP:RED, below the confidence needed, naming a protected
// domain, not a SHA-256 or able to break a map's line does; and with enforcement off (observe-only) none
// of the peer's do.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { TLP_MARKING_IDS, TLP1_MARKING_IDS } from '../src/intel/stix/tlp.js';
import { callApi } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';
import { indicator, STUB_COLLECTION, startTaxiiStub, type TaxiiStub } from './support/taxii-stub.js';

const stacks: Stack[] = [];
let peer: TaxiiStub | undefined;

afterEach(async () => {
  await peer?.close();
  peer = undefined;
  for (const s of stacks.splice(0)) {
    await s.stop();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});

const LURE_HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const RED_HASH = 'a'.repeat(64);
const DOUBTFUL_HASH = 'b'.repeat(64);
const LISTS = ['domains.txt', 'urls.txt', 'senders.txt', 'hashes.txt', 'rspamd.map', 'rspamd-hashes.map'];

const marked = (level: keyof typeof TLP_MARKING_IDS) => ({ object_marking_refs: [TLP_MARKING_IDS[level]] });

/** A peer feed: what may reach the lists, and what may not. */
function feed(stub: TaxiiStub): void {
  stub.add(
    indicator("[domain-name:value = 'paypa1-secure.example']", marked('green')),
    // No marking: held as AMBER, which reaches our own mail gateways.
    indicator("[url:value = 'https://paypa1-secure.example/login?next=1']"),
    indicator("[email-addr:value = 'billing@invoices-desk.example']", marked('clear')),
    indicator("[domain-name:value = 'secret-lure.example']", marked('red')),
    indicator("[domain-name:value = 'old-red-lure.example']", {
      object_marking_refs: [TLP1_MARKING_IDS.red],
    }),
    indicator("[domain-name:value = 'doubtful.example']", { ...marked('green'), confidence: 10 }),
    indicator("[domain-name:value = 'mail.corp.example']", marked('green')),
    indicator("[domain-name:value = 'paypal.com']", marked('green')),
    indicator("[domain-name:value = 'evil.example\nexample.org OK']", marked('green')),
    // A hash comes in upper case, as some feeds write it, and is listed in lower case.
    indicator(`[file:hashes.'SHA-256' = '${LURE_HASH.toUpperCase()}']`, marked('amber')),
    indicator(`[file:hashes.'SHA-256' = '${RED_HASH}']`, marked('red')),
    indicator(`[file:hashes.'SHA-256' = '${DOUBTFUL_HASH}']`, { ...marked('green'), confidence: 10 }),
    indicator("[file:hashes.'SHA-256' = 'not-a-hash\nexample.org OK']", marked('green')),
    indicator("[file:hashes.MD5 = '0cc175b9c0f1b6a831c399e269772661']", marked('green')),
  );
}

async function stackWith(enforce: boolean): Promise<Stack> {
  const stack = await startStack({
    config: {
      intel: { import: { timeout: '2s', enforce, minConfidence: 50 } },
      phishing: { protectedDomains: ['corp.example'] },
    },
  });
  stacks.push(stack);
  peer = await startTaxiiStub();
  feed(peer);
  const added = await callApi(stack.controlUrl, 'POST', '/api/v1/intel/peers', {
    token: stack.tokens.admin,
    body: { name: 'cert-north', url: peer.apiRoot, collection: STUB_COLLECTION, trust: 100 },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const pulled = await callApi<{ status: string }>(
    stack.controlUrl,
    'POST',
    '/api/v1/intel/peers/cert-north/pull',
    { token: stack.tokens.responder },
  );
  expect(pulled.body.status).toBe('ok');
  return stack;
}

async function list(stack: Stack, name: string): Promise<string> {
  const answer = await callApi<string>(stack.controlUrl, 'GET', `/api/v1/reports/lists/${name}`, {
    token: stack.tokens.viewer,
  });
  expect(answer.status).toBe(200);
  return answer.body;
}

describe("peers' phishing indicators in the mail gateways' lists", () => {
  it('lists what the trust policy acts on, marked as the peer’s, and nothing under TLP:RED', async () => {
    const stack = await stackWith(true);
    expect(await list(stack, 'domains.txt')).toBe('paypa1-secure.example\n');
    expect(await list(stack, 'urls.txt')).toBe('https://paypa1-secure.example/login?next=1\n');
    expect(await list(stack, 'senders.txt')).toBe('billing@invoices-desk.example\n');
    expect(await list(stack, 'hashes.txt')).toBe(`${LURE_HASH}\n`);
    expect(await list(stack, 'rspamd.map')).toBe('paypa1-secure.example phishing:peer:cert-north\n');
    expect(await list(stack, 'rspamd-hashes.map')).toBe(`${LURE_HASH} phishing:peer:cert-north\n`);
    expect(await list(stack, 'postfix-access')).toBe(
      'paypa1-secure.example REJECT phishing named by peer cert-north\n' +
        'billing@invoices-desk.example REJECT phishing named by peer cert-north\n',
    );
    const everything = (await Promise.all([...LISTS, 'postfix-access'].map((n) => list(stack, n)))).join('');
    for (const left of [
      'secret-lure',
      'old-red-lure',
      'doubtful',
      'corp.example',
      'paypal.com',
      'example.org',
      RED_HASH,
      DOUBTFUL_HASH,
      '0cc175b9',
      'not-a-hash',
    ])
      expect(everything).not.toContain(left);
  });

  it('lists none of the peer’s when the trust policy only observes', async () => {
    const stack = await stackWith(false);
    for (const name of [...LISTS, 'postfix-access']) expect(await list(stack, name)).toBe('');
  });
});
