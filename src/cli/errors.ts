// Errors the CLI reports as one plain line with a chosen exit code (2: usage or configuration).

import { ConfigError } from '../config/index.js';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Runs a command body, turning configuration errors into exit code 2 with their full message. */
export async function reportingConfigErrors<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message, 2);
    throw error;
  }
}
