// The edition date: --date, else SOURCE_DATE_EPOCH (reproducible builds), else none (the article's
// own date is used). Never the wall clock, so two builds of the same input are byte-identical.
import { CrierError } from '../errors.js';

/** YYYY-MM-DD of a real calendar day (Date.parse rolls 2026-02-30 over to 2 March). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The last second of 9999-12-31: the largest time a four-digit year (and iCalendar) can hold. */
const MAX_EPOCH_SECONDS = 253402300799;

export function editionDate(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined) {
    if (!isCalendarDay(flag)) {
      throw new CrierError('USAGE', `--date "${flag}" is not a date`, { hint: 'use YYYY-MM-DD, e.g. --date 2026-12-01' });
    }
    return flag;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  // The reproducible-builds spec: a malformed value is an error, not something to ignore.
  if (!/^\d+$/.test(epoch.trim()) || Number(epoch) > MAX_EPOCH_SECONDS) {
    throw new CrierError('USAGE', `SOURCE_DATE_EPOCH "${epoch.slice(0, 40)}" is not a time crier can use`, {
      hint: 'set it to whole seconds since 1970 up to the year 9999, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)',
    });
  }
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
