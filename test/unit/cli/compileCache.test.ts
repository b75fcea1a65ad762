import { describe, expect, it, vi } from 'vitest';
import { enableCompileCache } from '../../../src/cli/compileCache.js';

describe('enableCompileCache', () => {
  it('turns on Node’s compile cache where it exists, and not when the user turned it off', () => {
    const enable = vi.fn();
    expect(enableCompileCache({ enableCompileCache: enable }, {})).toBe(true);
    expect(enable).toHaveBeenCalledTimes(1);
    expect(enableCompileCache({ enableCompileCache: enable }, { NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(false);
    expect(enable).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a Node without it (20) and survives one that fails', () => {
    expect(enableCompileCache({}, {})).toBe(false);
    expect(enableCompileCache({ enableCompileCache: () => { throw new Error('read-only'); } }, {})).toBe(false);
  });
});
