// Keeps a started service running until SIGINT or SIGTERM, then stops it once.

export function stopOnSignal(stop: () => Promise<void>, onStopped: () => void = () => process.exit(0)): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: stop at once
    stopping = true;
    process.stderr.write(`\n${signal}: stopping…\n`);
    stop().then(onStopped, (error: Error) => {
      process.stderr.write(`breakwater: stopping failed: ${error.message}\n`);
      process.exit(1);
    });
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
