// Rebuilds run one at a time: a change that arrives during a rebuild queues one more, and any
// further changes join that one. Two rebuilds in one process would write the same staging folders.
export class RebuildQueue {
  private running: Promise<void> | undefined;
  private pending = false;
  private started = 0;
  private waiters: { after: number; resolve: () => void }[] = [];

  constructor(private readonly job: () => Promise<void>) {}

  /** Asks for a rebuild: starts one now, or queues one (at most one) behind the running one. */
  request(): void {
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.loop();
  }

  private async loop(): Promise<void> {
    do {
      this.pending = false;
      const number = ++this.started;
      try {
        await this.job();
      } catch {
        // the job reports its own failures; the queue keeps going
      }
      const done = this.waiters.filter((w) => w.after < number);
      this.waiters = this.waiters.filter((w) => w.after >= number);
      for (const w of done) w.resolve();
    } while (this.pending);
    this.running = undefined;
  }

  /** Resolves when a rebuild that starts after this call has finished. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ after: this.started, resolve }));
  }

  /** Resolves when no rebuild is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
