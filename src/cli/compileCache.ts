// Node 22.1+ can keep V8's compiled code of ES modules and packages between runs
// (module.enableCompileCache, stored in the OS temp folder, as npm itself does). The CLI bundle has
// a cache of its own on every Node (cli/codeCache.ts); this one covers what runs outside it: the
// card worker's modules and the packages left out of the bundle (satori, openai, playwright-core).
// Node 20 has no such switch: nothing happens there. NODE_DISABLE_COMPILE_CACHE=1 turns it off,
// as it does for Node itself.
import module from 'node:module';

type WithCache = { enableCompileCache?: () => unknown };

/** Turns the cache on when this Node has it; true when it did. */
export function enableCompileCache(mod: WithCache = module as WithCache, env: NodeJS.ProcessEnv = process.env): boolean {
  if (typeof mod.enableCompileCache !== 'function' || env.NODE_DISABLE_COMPILE_CACHE) return false;
  try {
    mod.enableCompileCache();
    return true;
  } catch {
    // A cache that cannot be written (a read-only temp folder) only costs the speed-up.
    return false;
  }
}
