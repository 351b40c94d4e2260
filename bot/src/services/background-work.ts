/**
 * Work a request starts but does not wait for (keeping a snapshot after a read or a write).
 * Nothing depends on it finishing: a failure only costs a later reader the longer way.
 * `idle()` lets shutdown and tests wait for what was started.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  /** Starts `work` now; its failure goes to `onError`, never to the caller. */
  run(work: () => Promise<void>): void {
    const done: Promise<void> = work()
      .catch(this.onError)
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Resolves when everything started so far has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
