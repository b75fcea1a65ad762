// The one place `crier send` calls `crier check` (its public runCheck): an edition with errors
// is refused unless --force, so a proof never shows what the check already knows is broken.
import { runCheck } from '../runCheck.js';
import { CrierError } from '../errors.js';

export interface CheckSummary {
  errors: number;
  warnings: number;
}

export async function checkBeforeSend(dir: string, options: { cwd: string; config?: string; force: boolean; retry: string }): Promise<CheckSummary> {
  const result = await runCheck(dir, { cwd: options.cwd, ...(options.config ? { config: options.config } : {}) });
  const first = result.findings.find((f) => f.level === 'error');
  if (first && !options.force) {
    throw new CrierError('SEND_FAILED', `not sent: crier check found ${result.errors} error(s) in ${dir} — ${first.check}: ${first.message}`, {
      hint: `fix them, or send anyway with ${options.retry} --force`,
    });
  }
  return { errors: result.errors, warnings: result.warnings };
}
