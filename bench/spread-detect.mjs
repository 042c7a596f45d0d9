// Time to detect and refuse a flood spread over several gateways: a paced keep-alive flood from one
// loopback address, split evenly over the gateways given, timed from its first request until every one of
// them refuses that address. Run against gateways already started (a cluster, or one alone to compare):
//   node bench/spread-detect.mjs RATE SOURCE_ADDRESS GATEWAY_URL...
// for example: node bench/spread-detect.mjs 90 127.0.0.71 http://127.0.0.1:18911/ http://127.0.0.1:18912/
// Gives up after 20 s; prints one JSON line.

import http from 'node:http';

const [rate, source, ...urls] = process.argv.slice(2);
if (!(Number(rate) > 0) || source === undefined || urls.length === 0) {
  console.error('usage: node bench/spread-detect.mjs RATE SOURCE_ADDRESS GATEWAY_URL...');
  process.exit(2);
}
const CONNECTIONS = 2;
const gap = (1000 * urls.length * CONNECTIONS) / Number(rate);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GET from `source`; the status, or 'refused' when the connection was closed or timed out. */
function get(url, agent) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, localAddress: source, timeout: 1_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve('refused'));
    req.on('timeout', () => req.destroy());
  });
}

let stop = false;
const started = Date.now();
const flooding = Promise.all(
  urls.flatMap((url) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    return Array.from({ length: CONNECTIONS }, async () => {
      while (!stop) {
        const sent = Date.now();
        await get(url, agent);
        await sleep(Math.max(0, gap - (Date.now() - sent)));
      }
    });
  }),
);
let refusedOnAllMs = null;
while (Date.now() - started < 20_000) {
  const answers = await Promise.all(urls.map((url) => get(url, false)));
  if (answers.every((answer) => answer !== 200)) {
    refusedOnAllMs = Date.now() - started;
    break;
  }
  await sleep(50);
}
stop = true;
await flooding;
console.log(JSON.stringify({ gateways: urls.length, rate: Number(rate), refusedOnAllMs }));
