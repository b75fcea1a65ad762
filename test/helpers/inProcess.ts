// The commands in this process, through the library, for the end-to-end tests where the CLI adds
// nothing: `crier build --json` prints build()'s result, `crier digest --json` digest()'s, `crier
// check --json` runCheck()'s, and a CrierError is exactly the line the CLI prints (`crier:
// ${error.toLine()}`, exit error.exitCode: src/cli/run.ts). A real CLI process costs about half a
// second of CPU before it does any work; these cost what the work costs. What only the CLI shows
// (flag parsing, the progress and warning lines' layout, stdin, signals, the environment at
// start-up) still runs the bundled CLI through runCli.ts.
import { expect } from 'vitest';
import { build, type BuildOptions, type BuildResult } from '../../src/build.js';
import { digest, type DigestArticleEvent, type DigestOptions, type DigestResult } from '../../src/digest.js';
import { CrierError } from '../../src/errors.js';
import { runCheck, type CheckResult } from '../../src/runCheck.js';

type Env = NodeJS.ProcessEnv;

/** `crier build` run in `cwd` (output in `cwd/out` unless `out` says otherwise), with the test's environment and `env` on top. */
export function buildIn(cwd: string, options: Omit<BuildOptions, 'cwd' | 'env'>, env: Env = {}): Promise<BuildResult> {
  return build({ cwd, env: { ...process.env, ...env }, ...options });
}

export interface DigestRun {
  result: DigestResult;
  /** What the CLI prints a line for: ✔ read, ✖ skipped or could not be read, ↳ merged. */
  events: DigestArticleEvent[];
}

/** `crier digest` run in `cwd`: its result and its progress events. */
export async function digestIn(cwd: string, options: Omit<DigestOptions, 'cwd' | 'env' | 'onArticle'>, env: Env = {}): Promise<DigestRun> {
  const events: DigestArticleEvent[] = [];
  const result = await digest({ cwd, env: { ...process.env, ...env }, ...options, onArticle: (e) => events.push(e) });
  return { result, events };
}

/** `crier check <target>` run in `cwd`; the CLI exits 1 when `errors` is not 0. */
export function checkIn(cwd: string, target: string, options: { config?: string; templates?: string } = {}): Promise<CheckResult> {
  return runCheck(target, { cwd, ...options });
}

/**
 * A run that must fail as the CLI reports it: a CrierError (anything else is a bug with a stack
 * trace), one line, this exit code. Returns the line the CLI prints.
 */
export async function failsWith(run: Promise<unknown>, pattern: RegExp, exitCode: 1 | 2 = 1): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CrierError);
  const line = `crier: ${(error as CrierError).toLine()}`;
  expect((error as CrierError).exitCode, line).toBe(exitCode);
  expect(line).not.toContain('\n');
  expect(line).toMatch(pattern);
  return line;
}
