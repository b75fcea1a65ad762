// Time per stage of a run, for the --json result: where a big week spends its seconds.
export class Stopwatch<K extends string = string> {
  readonly laps: Partial<Record<K, number>> = {};
  private readonly started = performance.now();
  private last = this.started;

  /** Records the time since the previous lap (or since the stopwatch started) under `name`. */
  lap(name: K): void {
    const now = performance.now();
    this.laps[name] = Math.round(now - this.last);
    this.last = now;
  }

  /** Milliseconds since the stopwatch started. */
  total(): number {
    return Math.round(performance.now() - this.started);
  }
}
