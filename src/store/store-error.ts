// The one error the store throws for problems a person must fix: an unwritable directory, a file that
// is not a Breakwater database, a database written by a newer version. The message names the file.

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    message: string,
    /** The file or directory concerned. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An error's message, whatever was thrown; the messages of an AggregateError's errors when it has none. */
export function messageOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map(messageOf).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
