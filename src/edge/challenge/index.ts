// The browser proof-of-work challenge: the gateway's Challenge, and the Node-side solver for scripted clients.
export {
  Challenge,
  type ChallengeOptions,
  type ChallengeResponse,
  type VerifyResponse,
} from './challenge.js';
export { type PagePuzzle, puzzleFromPage } from './page-reader.js';
export { solvePuzzle } from './work.js';
