// Write errors (issue 14 #14): ENOSPC while writing index.html printed a stack trace and left
// index.html.<pid>.tmp; EROFS was reported as ENOENT. One line with the real cause, no litter.
// The disk errors are injected in the fs layer (root ignores chmod); EROFS also on a real
// read-only mount where this machine allows mounting.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrierError } from '../../../src/errors.js';
import { writeOutput } from '../../../src/write/writeOutput.js';
import { tempDir } from '../../helpers/paths.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, writeFile: vi.fn(actual.writeFile) };
});

const realWriteFile = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).writeFile;
/** Makes every write whose path matches fail as a full or read-only disk does. */
function failWrites(match: RegExp, code: string): void {
  vi.mocked(fsp.writeFile).mockImplementation(async (file, data, options) => {
    if (match.test(String(file))) throw Object.assign(new Error(`${code}: failure, write '${String(file)}'`), { code, syscall: 'write', path: String(file) });
    return realWriteFile(file, data, options);
  });
}
beforeEach(() => {
  vi.mocked(fsp.writeFile).mockImplementation(realWriteFile);
});

const edition = { slug: 'story', files: [{ path: 'newsletter.html', content: 'x' }, { path: 'manifest.json', content: '{}' }] };

async function failure(out: string): Promise<CrierError> {
  const error = await writeOutput(out, [edition], { archiveName: () => 'N' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CrierError);
  return error as CrierError;
}

describe('write errors', () => {
  it('ENOSPC while writing index.html: one line with the cause, and no temp file left', async () => {
    const out = tempDir();
    failWrites(/index\.html/, 'ENOSPC');
    const error = await failure(out);
    expect(error.toLine()).toBe(`Cannot write ${path.join(out, 'index.html')}: no space left on the device (ENOSPC) (free some space and run again)`);
    expect(readdirSync(out).sort()).toEqual(['story']);
  });

  it('ENOSPC while writing an edition: names the file, leaves the previous edition and no staging folder', async () => {
    const out = tempDir();
    await writeOutput(out, [edition], { archiveName: () => 'N' });
    failWrites(/newsletter\.html/, 'ENOSPC');
    const error = await failure(out);
    expect(error.message).toBe(`Cannot write ${path.join(out, 'story', 'newsletter.html')}: no space left on the device (ENOSPC)`);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'story']);
  });

  it('EROFS is reported as a read-only file system, not ENOENT', async () => {
    failWrites(/newsletter\.html/, 'EROFS');
    expect((await failure(tempDir())).message).toMatch(/: the file system is read-only \(EROFS\)$/);
  });
});

function tryMount(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const probe = tempDir();
const canMount = tryMount(probe, 'ro,size=1m');
if (canMount) execFileSync('umount', [probe]);
rmSync(probe, { recursive: true, force: true });

describe.skipIf(!canMount)('on a real read-only mount', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) execFileSync('umount', [m]);
  });

  it('an --out that cannot be created says EROFS (Node’s mkdir says ENOENT)', async () => {
    const dir = tempDir();
    expect(tryMount(dir, 'ro,size=1m')).toBe(true);
    mounts.push(dir);
    const error = await failure(path.join(dir, 'out', 'week'));
    expect(error.message).toBe(`Cannot write ${path.join(dir, 'out')}: the file system is read-only (EROFS)`);
  });

  it('an existing --out on a disk that became read-only says EROFS', async () => {
    const dir = tempDir();
    expect(tryMount(dir, 'size=4m')).toBe(true);
    mounts.push(dir);
    mkdirSync(path.join(dir, 'out'));
    await writeOutput(path.join(dir, 'out'), [edition], { archiveName: () => 'N' });
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const error = await failure(path.join(dir, 'out'));
    expect(error.message).toMatch(/the file system is read-only \(EROFS\)$/);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['index.html', 'story']);
  });
});
