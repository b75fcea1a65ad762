// .crier-cache/llm/<key>.json: a model's validated answer for one article (or a week's intro). The
// key hashes the article text, the prompt files, the model, the endpoint, the schema version and the options, so a
// re-run with nothing changed makes zero requests, and any change makes a new request.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function cacheKey(parts: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export class LlmCache {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, 'llm', `${key}.json`);
  }

  /** The stored JSON value; its shape is the caller's to check (entries outlive crier versions). */
  async get(key: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.file(key), 'utf8')) as unknown;
    } catch {
      return undefined; // missing or corrupt: ask the model again
    }
  }

  async set(key: string, answer: unknown): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(answer, null, 2)}\n`);
    await rename(temp, file);
  }
}
