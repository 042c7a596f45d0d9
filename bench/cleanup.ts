// Undoes what the harness set up (processes, scratch folders) exactly once, however the run ends.

const hooks: Array<() => void> = [];
let installed = false;

/** Registers a synchronous clean-up; returns a function that drops it once its work is done. */
export function onCleanup(hook: () => void): () => void {
  install();
  hooks.push(hook);
  return () => {
    const at = hooks.indexOf(hook);
    if (at >= 0) hooks.splice(at, 1);
  };
}

/** Runs every registered clean-up, newest first. */
export function cleanupNow(): void {
  while (hooks.length > 0) {
    const hook = hooks.pop()!;
    try {
      hook();
    } catch {
      // keep undoing the rest
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanupNow);
  const signals = [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const;
  for (const [signal, code] of signals) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal}: stopping every process the harness started…\n`);
      cleanupNow();
      process.exit(code);
    });
  }
}
