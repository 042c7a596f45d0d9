// Solves challenge puzzles for scripted browsers: on a worker thread when the compiled worker is there
// (the built CLI), on the calling thread otherwise (tests run the TypeScript sources), where only
// puzzles of at most INLINE_MAX_DIFFICULTY bits are attempted. A solve that takes too long fails.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { solvePuzzle } from '../edge/challenge/index.js';

export interface PuzzleSolver {
  solve(puzzle: { token: string; difficulty: number }): Promise<number>;
  close(): Promise<void>;
}

const SOLVE_TIMEOUT_MS = 20_000;
const INLINE_MAX_DIFFICULTY = 20;
const WORKER_URL = new URL('./puzzle-worker.js', import.meta.url);

interface Pending {
  resolve: (counter: number) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function startPuzzleSolver(): PuzzleSolver {
  return existsSync(fileURLToPath(WORKER_URL)) ? new ThreadSolver() : new InlineSolver();
}

class InlineSolver implements PuzzleSolver {
  async solve(puzzle: { token: string; difficulty: number }): Promise<number> {
    if (puzzle.difficulty > INLINE_MAX_DIFFICULTY) {
      throw new Error(`difficulty ${puzzle.difficulty} is beyond what is solved without a worker thread`);
    }
    return solvePuzzle(puzzle);
  }

  async close(): Promise<void> {}
}

class ThreadSolver implements PuzzleSolver {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  solve(puzzle: { token: string; difficulty: number }): Promise<number> {
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        // the worker may be grinding on this very puzzle: replace it, failing what it held
        this.failAll(new Error('the puzzle took too long to solve'));
        void this.worker?.terminate();
        this.worker = undefined;
      }, SOLVE_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.thread().postMessage({ id, token: puzzle.token, difficulty: puzzle.difficulty });
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_URL);
    worker.on('message', (reply: { id: number; counter?: number; error?: string }) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      clearTimeout(job.timer);
      if (reply.counter === undefined) job.reject(new Error(reply.error ?? 'no counter found'));
      else job.resolve(reply.counter);
    });
    // a replaced worker's end concerns none of the jobs its successor holds
    worker.on('error', (error) => {
      if (this.worker === worker) this.failAll(error);
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(new Error('the puzzle worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const [id, job] of this.pending) {
      clearTimeout(job.timer);
      job.reject(error);
      this.pending.delete(id);
    }
  }

  async close(): Promise<void> {
    this.failAll(new Error('the drill ended'));
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
