// Runs the page's own script text: the solver under WebCrypto and under its plain-JS SHA-256, and the
// driver with a worker (a worker thread standing in for the browser's) and without one.
import { resolveObjectURL } from 'node:buffer';
import { createHash, webcrypto } from 'node:crypto';
import { Worker as ThreadWorker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT, SOLVER_SOURCE } from './browser-script.js';
import { solvePuzzle } from './work.js';

type Solve = (token: string, difficulty: number, report: (n: number) => void) => Promise<number>;
interface Solver {
  bwSolve: Solve;
  bwSha256: (bytes: Uint8Array) => Uint8Array;
}

function loadSolver(crypto: unknown): Solver {
  const load = new Function('crypto', `${SOLVER_SOURCE}\nreturn { bwSolve: bwSolve, bwSha256: bwSha256 };`);
  return load(crypto) as Solver;
}

const token = 'AQGXd3hS4BBhbGwtdGhlLW5vbmNlcy1oZXJlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.c2lnbmF0dXJl';

describe('the page solver', () => {
  it('finds the counter solvePuzzle finds, with WebCrypto', async () => {
    const reports: number[] = [];
    const counter = await loadSolver(webcrypto).bwSolve(token, 14, (n) => reports.push(n));
    expect(counter).toBe(solvePuzzle({ token, difficulty: 14 }));
    expect(reports.every((n) => n > 0 && n <= counter + 256)).toBe(true);
  });

  it('finds the same counter without WebCrypto, as over plain HTTP', async () => {
    const counter = await loadSolver(undefined).bwSolve(token, 10, () => {});
    expect(counter).toBe(solvePuzzle({ token, difficulty: 10 }));
  });

  it('hashes like node:crypto across block boundaries', () => {
    const { bwSha256 } = loadSolver(undefined);
    for (let length = 0; length <= 200; length++) {
      const bytes = Buffer.alloc(length, length * 31 + 7);
      expect(Buffer.from(bwSha256(bytes)).toString('hex')).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
  });
});

/** The DOM the driver touches: the form, its inputs, the status line and the progress bar. */
function pageDom(puzzleToken: string, difficulty: number) {
  let submitted!: (counter: string) => void;
  const submission = new Promise<string>((resolve) => {
    submitted = resolve;
  });
  const elements = { token: { value: puzzleToken }, counter: { value: '' } };
  const form = {
    elements,
    getAttribute: (name: string) => (name === 'data-difficulty' ? String(difficulty) : null),
    submit: () => submitted(elements.counter.value),
  };
  const line = { textContent: '' };
  const bar = { value: 0, hidden: true };
  const byId: Record<string, unknown> = { 'bw-form': form, 'bw-status': line, 'bw-progress': bar };
  const document = { getElementById: (id: string) => byId[id] };
  return { document, submission, line, bar };
}

/** A browser Worker built from a blob: URL, run on a Node worker thread. */
class BlobWorker {
  static replies: unknown[] = [];
  onmessage: ((m: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly thread: Promise<ThreadWorker>;

  constructor(url: string) {
    const blob = resolveObjectURL(url);
    if (!blob) throw new Error('blob URL not found');
    this.thread = blob.text().then((source) => {
      const shim =
        "const { parentPort } = require('node:worker_threads');\n" +
        'globalThis.postMessage = (data) => parentPort.postMessage(data);\n' +
        "parentPort.on('message', (data) => globalThis.onmessage({ data }));\n";
      const thread = new ThreadWorker(shim + source, { eval: true });
      thread.on('message', (data) => {
        BlobWorker.replies.push(data);
        this.onmessage?.({ data });
      });
      thread.on('error', () => this.onerror?.());
      return thread;
    });
  }

  postMessage(data: unknown): void {
    void this.thread.then((t) => t.postMessage(data));
  }

  terminate(): void {
    void this.thread.then((t) => t.terminate());
  }
}

function runPage(document: unknown, worker: unknown): void {
  new Function('document', 'Worker', 'URL', 'Blob', 'crypto', PAGE_SCRIPT)(
    document,
    worker,
    URL,
    Blob,
    webcrypto,
  );
}

describe('the page driver', () => {
  it('solves in a worker and submits the form with the counter', async () => {
    const dom = pageDom(token, 12);
    runPage(dom.document, BlobWorker);
    expect(dom.bar.hidden).toBe(false);
    expect(dom.line.textContent).toMatch(/^Working/);
    expect(Number(await dom.submission)).toBe(solvePuzzle({ token, difficulty: 12 }));
    expect(dom.bar.value).toBe(100);
    expect(dom.line.textContent).toMatch(/^Done/);
    expect(BlobWorker.replies).toContainEqual({ counter: Number(await dom.submission) });
  });

  it('falls back to the main thread when no worker can be created', async () => {
    const dom = pageDom(token, 10);
    const Refused = class {
      constructor() {
        throw new Error('worker-src refused');
      }
    };
    runPage(dom.document, Refused);
    expect(Number(await dom.submission)).toBe(solvePuzzle({ token, difficulty: 10 }));
  });

  it('falls back to the main thread when the worker fails to start', async () => {
    const dom = pageDom(token, 10);
    const Failing = class {
      onerror: (() => void) | null = null;
      constructor() {
        setTimeout(() => this.onerror?.(), 0);
      }
      postMessage() {}
      terminate() {}
    };
    runPage(dom.document, Failing);
    expect(Number(await dom.submission)).toBe(solvePuzzle({ token, difficulty: 10 }));
  });
});
