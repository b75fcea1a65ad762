// Test hook: lets the end-to-end tests stop the writer at an exact step, which a timed kill from
// outside cannot do. CRIER_TEST_FAULT=<step>=<action>[,<step>=<action>...] is read only here and
// is for crier's own tests; nothing else sets it. Actions: `kill` (SIGKILL this process),
// `pause:<ms>`, or an errno code (ENOSPC, EROFS, ...) thrown as that file-system error.
// Steps: locked, write:<file>, staged, swapped-out, swapped-in, index-staged. Besides the steps,
// `lock-wait=<ms>` shortens how long a run waits for another run's lock (10 s) so the test of
// giving up does not idle for 10 s.
export async function faultPoint(step: string, file?: string): Promise<void> {
  const spec = process.env.CRIER_TEST_FAULT;
  if (!spec) return;
  for (const one of spec.split(',')) {
    const at = one.slice(0, one.lastIndexOf('='));
    const action = one.slice(one.lastIndexOf('=') + 1);
    if (at !== step) continue;
    if (action === 'kill') {
      process.kill(process.pid, 'SIGKILL');
      await new Promise(() => {}); // never resumes: the signal ends the process
    }
    if (action.startsWith('pause:')) await new Promise((resolve) => setTimeout(resolve, Number(action.slice('pause:'.length))));
    if (/^E[A-Z]+$/.test(action)) {
      throw Object.assign(new Error(`${action}: injected by CRIER_TEST_FAULT at ${step}`), { code: action, syscall: 'write', ...(file ? { path: file } : {}) });
    }
  }
}

/** CRIER_TEST_FAULT=lock-wait=<ms>: how long to wait for another run's lock, when a test says so. */
export function faultLockWaitMs(): number | undefined {
  const spec = process.env.CRIER_TEST_FAULT;
  const ms = spec?.split(',').find((one) => one.startsWith('lock-wait='))?.slice('lock-wait='.length);
  return ms && /^\d+$/.test(ms) ? Number(ms) : undefined;
}
