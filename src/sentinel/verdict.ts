// The verdicts the edge gives requests: decided by the edge's judge phase, counted by the edge's stats
// and the tally, read by the sentinel. Here, below both, so that each imports it downwards.

export const VERDICTS = ['allow', 'throttle', 'challenge', 'block', 'shed'] as const;
export type Verdict = (typeof VERDICTS)[number];
