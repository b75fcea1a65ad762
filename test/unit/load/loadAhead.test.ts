import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputSource } from '../../../src/load/listInputFiles.js';
import { loadAhead } from '../../../src/load/loadAhead.js';

describe('loadAhead', () => {
  it('yields every input in the order given, each with its text or its error, whatever finishes first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crier-ahead-'));
    const sources: InputSource[] = [];
    for (let i = 0; i < 20; i++) {
      const file = path.join(dir, `${i}.txt`);
      // Big and small files alternate, so reads started later can finish earlier.
      writeFileSync(file, `Story ${i}\n\n${'word '.repeat(i % 2 ? 50_000 : 10)}`);
      sources.push({ kind: 'file', path: `${i}.txt`, fullPath: file });
    }
    sources.splice(5, 0, { kind: 'file', path: 'missing.txt', fullPath: path.join(dir, 'missing.txt') });
    const seen: string[] = [];
    for await (const result of loadAhead(sources, Readable.from([]), {}, 4)) {
      seen.push('error' in result ? `error ${result.source.kind === 'file' ? result.source.path : ''}` : result.loaded.text.split('\n')[0] ?? '');
    }
    expect(seen).toEqual([...Array.from({ length: 5 }, (_, i) => `Story ${i}`), 'error missing.txt', ...Array.from({ length: 15 }, (_, i) => `Story ${i + 5}`)]);
  });
});
