// The script the challenge page runs: it solves the puzzle with WebCrypto in a Web Worker made from a Blob
// URL (main thread if no worker can start; plain-JS SHA-256 where WebCrypto is absent, as on plain HTTP).

/**
 * The solver, shared by the worker and the main-thread fallback. Plain ES2017 so every current browser
 * runs it as is. `bwSolve` walks counters from 0 in batches and returns the first that meets the
 * difficulty, the same counter `solvePuzzle` finds.
 */
export const SOLVER_SOURCE = compact(`function bwSha256(bytes) {
  var k = bwSha256.k, h0 = bwSha256.h, n, i, j;
  if (!k) {
    k = bwSha256.k = [];
    h0 = bwSha256.h = [];
    for (n = 2, i = 0; i < 64; n++) {
      for (j = 2; j * j <= n && n % j; j++);
      if (j * j > n) {
        if (i < 8) h0[i] = (Math.pow(n, 1 / 2) * 4294967296) | 0;
        k[i++] = (Math.pow(n, 1 / 3) * 4294967296) | 0;
      }
    }
  }
  var len = bytes.length, total = ((len + 72) >> 6) << 4, words = new Int32Array(total), w = new Int32Array(64);
  for (i = 0; i < len; i++) words[i >> 2] |= bytes[i] << (24 - (i & 3) * 8);
  words[len >> 2] |= 0x80 << (24 - (len & 3) * 8);
  words[total - 1] = len * 8;
  var h = new Int32Array(h0);
  for (j = 0; j < total; j += 16) {
    for (i = 0; i < 64; i++) {
      var x = w[i - 15], y = w[i - 2];
      w[i] = i < 16 ? words[j + i] : (w[i - 16] + ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3)) + w[i - 7] +
        ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10))) | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (i = 0; i < 64; i++) {
      var t1 = (hh + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      var t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  var out = new Uint8Array(32);
  for (i = 0; i < 32; i++) out[i] = h[i >> 2] >>> (24 - (i & 3) * 8);
  return out;
}
function bwZeros(bytes) {
  for (var i = 0, bits = 0; i < bytes.length; i++, bits += 8) if (bytes[i]) return bits + Math.clz32(bytes[i]) - 24;
  return bits;
}
async function bwSolve(token, difficulty, report) {
  var enc = new TextEncoder(), subtle = typeof crypto !== 'undefined' && crypto.subtle;
  var hash = subtle
    ? function (text) { return subtle.digest('SHA-256', enc.encode(text)); }
    : function (text) { return bwSha256(enc.encode(text)); };
  for (var base = 0; ; base += 256) {
    var batch = [];
    for (var i = 0; i < 256; i++) batch.push(hash(token + ':' + (base + i)));
    batch = await Promise.all(batch);
    for (i = 0; i < 256; i++) if (bwZeros(new Uint8Array(batch[i])) >= difficulty) return base + i;
    if ((base & 4095) === 3840) {
      report(base + 256);
      await new Promise(function (r) { setTimeout(r, 0); });
    }
  }
}`);

/** Runs on the page: reads the puzzle from the form, solves it off the main thread, submits the form. */
const DRIVER_SOURCE =
  compact(String.raw`var form = document.getElementById('bw-form'), line = document.getElementById('bw-status'),
  bar = document.getElementById('bw-progress'), token = form.elements.token.value,
  difficulty = Number(form.getAttribute('data-difficulty')), finished = false, worker;
function progress(n) { bar.value = 100 * (1 - Math.exp(-n / Math.pow(2, difficulty))); }
function done(counter) {
  if (finished) return;
  finished = true;
  bar.value = 100;
  line.textContent = 'Done. Taking you back\u2026';
  form.elements.counter.value = counter;
  form.submit();
}
function failed() {
  line.textContent = 'Your browser could not finish the check. Reload the page to try again, or come back in a few minutes.';
}
function onMainThread() { bwSolve(token, difficulty, progress).then(done, failed); }
bar.hidden = false;
line.textContent = 'Working\u2026 this usually takes about a second.';
try {
  var source = [bwSha256, bwZeros, bwSolve].join('\n') + '\nonmessage = function (m) {' +
    ' bwSolve(m.data.token, m.data.difficulty, function (n) { postMessage({ progress: n }); })' +
    '.then(function (c) { postMessage({ counter: c }); }, function () { postMessage({ failed: true }); }); };';
  worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
} catch (e) {
  return onMainThread();
}
worker.onmessage = function (m) {
  if (m.data.counter !== undefined) done(m.data.counter);
  else if (m.data.progress) progress(m.data.progress);
  else { worker.terminate(); onMainThread(); }
};
worker.onerror = function () { worker.terminate(); onMainThread(); };
worker.postMessage({ token: token, difficulty: difficulty });`);

/** Drops indentation: the source has no multi-line strings, so only bytes change, never meaning. */
function compact(source: string): string {
  return source.replace(/^[ ]+/gm, '');
}

/** The whole inline script. Constant, so the page's CSP allows it by hash. */
export const PAGE_SCRIPT = `(function () {\n${SOLVER_SOURCE}\n${DRIVER_SOURCE}\n})();`;
