// Preview rebuilds overlapped when files were saved faster than a rebuild: they run one at a
// time, and changes during a rebuild make at most one more.
import { describe, expect, it } from 'vitest';
import { RebuildQueue } from '../../../src/preview/rebuildQueue.js';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('RebuildQueue', () => {
  it('never runs two rebuilds at once and folds a burst of requests into one more', async () => {
    let running = 0;
    let most = 0;
    const gates: ReturnType<typeof gate>[] = [];
    const queue = new RebuildQueue(async () => {
      running++;
      most = Math.max(most, running);
      const g = gate();
      gates.push(g);
      await g.opened;
      running--;
    });
    queue.request();
    for (let i = 0; i < 10; i++) queue.request(); // saves while the first rebuild runs
    expect(gates).toHaveLength(1);
    gates[0]?.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates).toHaveLength(2); // exactly one more, for all ten saves
    gates[1]?.open();
    await queue.idle();
    expect(gates).toHaveLength(2);
    expect(most).toBe(1);
  });

  it('next() waits for a rebuild that starts after the call, not the one already running', async () => {
    const log: string[] = [];
    const gates: ReturnType<typeof gate>[] = [];
    const queue = new RebuildQueue(async () => {
      const g = gate();
      gates.push(g);
      log.push(`start ${gates.length}`);
      await g.opened;
      log.push(`end ${gates.length}`);
    });
    queue.request();
    const next = queue.next().then(() => log.push('next resolved'));
    queue.request();
    gates[0]?.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
    gates[1]?.open();
    await next;
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'next resolved']);
  });

  it('keeps going after a rebuild throws', async () => {
    let calls = 0;
    const queue = new RebuildQueue(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
    });
    queue.request();
    await queue.idle();
    queue.request();
    await queue.idle();
    expect(calls).toBe(2);
  });
});
