import { describe, expect, it, vi } from 'vitest';
import { Stopwatch } from '../../../src/progress/stopwatch.js';

describe('Stopwatch', () => {
  it('times each lap from the end of the previous one, and the total from the start', () => {
    let now = 1000;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const watch = new Stopwatch<'readMs' | 'renderMs'>();
      now = 1250.4;
      watch.lap('readMs');
      now = 1600;
      watch.lap('renderMs');
      now = 1700;
      expect(watch.laps).toEqual({ readMs: 250, renderMs: 350 });
      expect(watch.total()).toBe(700);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('Stopwatch across articles', () => {
  it('adds up the laps of a stage that runs once per article (crier build), rounding only the sums', () => {
    let now = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const watch = new Stopwatch<'readMs' | 'renderMs'>();
      for (const article of [1, 2]) {
        now += 10.4;
        watch.lap('readMs');
        now += 20.4;
        watch.lap('renderMs');
        void article;
      }
      expect(watch.laps).toEqual({ readMs: 21, renderMs: 41 });
      expect(watch.total()).toBe(62);
    } finally {
      spy.mockRestore();
    }
  });
});
