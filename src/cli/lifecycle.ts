// Keeps a started service running until SIGINT or SIGTERM, then stops it once (a second signal exits at
// once), and reloads its configuration on SIGHUP, one reload at a time.

export function stopOnSignal(stop: () => Promise<void>, onStopped: () => void = () => process.exit(0)): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) {
      process.stderr.write(`${signal} again: exiting at once\n`);
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`\n${signal}: stopping…\n`);
    stop().then(onStopped, (error: Error) => {
      process.stderr.write(`breakwater: stopping failed: ${error.message}\n`);
      process.exit(1);
    });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

export function reloadOnHangUp(reload: () => Promise<unknown>): void {
  let last: Promise<unknown> = Promise.resolve();
  process.on('SIGHUP', () => {
    last = last.then(reload, reload);
  });
}
