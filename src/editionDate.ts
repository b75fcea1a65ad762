// The edition date: --date, else SOURCE_DATE_EPOCH (reproducible builds), else none (the article's
// own date is used). Never the wall clock, so two builds of the same input are byte-identical.
import { CrierError } from './errors.js';

export function editionDate(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(Date.parse(`${flag}T00:00:00Z`))) {
      throw new CrierError('USAGE', `--date "${flag}" is not a date`, { hint: 'use YYYY-MM-DD, e.g. --date 2026-12-01' });
    }
    return flag;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return undefined;
}
