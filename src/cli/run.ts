// Runs the parsed program and turns every way it can end into one style: `crier: <what is wrong>
// (<how to fix it>)` on stderr and the exit code of docs/architecture.md — 0 done, 1 the work failed,
// 2 wrong usage. Commander's own messages ("error: unknown option ...") are reworded to match.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CommanderError, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { CrierError } from '../errors.js';

/** Commander's "error: unknown option '--qiet'\n(Did you mean --quiet?)" -> one crier line. */
export function usageLine(commanderMessage: string, command: string): string {
  const [first = '', ...rest] = commanderMessage.trim().split('\n');
  const message = first.replace(/^error:\s*/, '');
  const suggestion = rest.join(' ').match(/\(Did you mean (.+)\?\)/)?.[1];
  return `crier: ${message}${suggestion ? ` — did you mean ${suggestion}?` : ''} (see ${command} --help)\n`;
}

/** Commander prints usage errors through outputError: in crier's style, naming the command's help. */
function rewordUsageErrors(program: CommandUnknownOpts): void {
  const commands: CommandUnknownOpts[] = [program, ...program.commands];
  for (const cmd of commands) {
    const name = cmd === program ? program.name() : `${program.name()} ${cmd.name()}`;
    cmd.configureOutput({ outputError: (message, write) => write(usageLine(message, name)) });
  }
}

/** A file the error refers to that exists nowhere else (the rendered MJML), kept so the message can name it. */
function keepArtifact(error: CrierError): string | undefined {
  if (!error.artifact) return undefined;
  try {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'crier-')), error.artifact.name);
    writeFileSync(file, error.artifact.content);
    return file;
  } catch {
    return undefined; // the error itself still gets its line
  }
}

export async function run(program: CommandUnknownOpts, argv: string[]): Promise<number> {
  rewordUsageErrors(program);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Already printed (usageLine); help and --version are not failures.
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : 2;
    }
    if (error instanceof CrierError) {
      const kept = keepArtifact(error);
      const hint = [error.hint, kept ? `the lines are those of ${kept}` : undefined].filter(Boolean).join('; ');
      process.stderr.write(`crier: ${error.message}${hint ? ` (${hint})` : ''}\n`);
      if (debug) process.stderr.write(`${error.stack ?? ''}\n`);
      return error.exitCode;
    }
    process.stderr.write(`crier: unexpected error (this is a bug in crier, please report it):\n${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
