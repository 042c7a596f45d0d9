// What Breakwater has started, stopped in the reverse order: on a clean stop, and when starting fails
// half-way, so a component that did start (a timer, a listener, the store) is never left running.

export class Teardown {
  private readonly steps: (() => unknown)[] = [];

  /** Registers how to stop what has just started. */
  add(step: () => unknown): void {
    this.steps.push(step);
  }

  /** Runs every step, the last registered first; a step that fails does not keep the others from running. */
  async run(): Promise<void> {
    let failure: unknown;
    for (let step = this.steps.pop(); step !== undefined; step = this.steps.pop()) {
      try {
        await step();
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }
}
