// Worker thread that solves challenge puzzles for the drill's scripted browsers, so a solve never
// stalls the thread that paces the traffic.

import { parentPort } from 'node:worker_threads';
import { solvePuzzle } from '../edge/challenge/index.js';

interface Job {
  id: number;
  token: string;
  difficulty: number;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({ id: job.id, counter: solvePuzzle(job) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message });
  }
});
