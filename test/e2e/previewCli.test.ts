// `crier preview` as a user runs it (issue 14 #5, #18): Ctrl+C or SIGTERM removes the temporary
// output folder; a taken port is one error line and exit 1, with nothing built or printed
// before it; the first build prints nothing before the URL line.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, SEED, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

function project(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'content'));
  cpSync(SEED, path.join(dir, 'content', 'seed.txt'));
  return dir;
}

/** Starts `crier preview --port 0` and resolves once it printed its URL line. */
function startPreview(cwd: string) {
  const child = spawn(process.execPath, [CLI, 'preview', '--port', '0'], { cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<{ url: string; folder: string; stderrBefore: string }>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /crier preview: (\S+) {2}\(editions in (.+); Ctrl\+C to stop\)/.exec(stdout);
      if (match?.[1] && match[2]) resolve({ url: match[1], folder: match[2], stderrBefore: stderr });
    });
    void closed.then(() => reject(new Error(`preview exited early: ${stderr}`)));
  });
  return { child, ready, closed, output: () => ({ stdout, stderr }) };
}

describe('crier preview', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('removes its temporary output folder on %s', async (signal) => {
    const preview = startPreview(project());
    const { url, folder, stderrBefore } = await preview.ready;
    expect(stderrBefore).toBe(''); // nothing, not "rebuilt", before the URL line
    expect(existsSync(folder)).toBe(true);
    expect((await fetch(`${url}api/state`)).status).toBe(200);
    preview.child.kill(signal);
    const { code } = await preview.closed;
    expect(code).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(preview.output().stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('says in one line that the port is taken, exits 1 and builds nothing', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const dir = project();
    const result = await runCli(['preview', '--port', String(port), '--out', 'out'], { cwd: dir });
    server.close();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`crier: Port ${port} is already in use (pick another with --port)\n`);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  }, 60_000);
});
