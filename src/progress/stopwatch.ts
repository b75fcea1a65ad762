// Time per stage of a run, for the --json result: where a big week spends its seconds. A stage that
// runs once per article (crier build) adds up its laps.
export class Stopwatch<K extends string = string> {
  private readonly spent = new Map<K, number>();
  private readonly started = performance.now();
  private last = this.started;

  /** Adds the time since the previous lap (or since the stopwatch started) to `name`. */
  lap(name: K): void {
    const now = performance.now();
    this.spent.set(name, (this.spent.get(name) ?? 0) + (now - this.last));
    this.last = now;
  }

  /** Milliseconds per stage, in the order the stages first ran. */
  get laps(): Partial<Record<K, number>> {
    const laps: Partial<Record<K, number>> = {};
    for (const [name, ms] of this.spent) laps[name] = Math.round(ms);
    return laps;
  }

  /** Milliseconds since the stopwatch started. */
  total(): number {
    return Math.round(performance.now() - this.started);
  }
}
