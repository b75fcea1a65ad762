// An earlier edition's manifest.json as a stranger could leave it: wrong types, prototype keys,
// absurd numbers, a link to /dev/zero or out of the folder, a file too big to be crier's.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, readManifest } from '../../../src/write/readManifest.js';
import { tempDir } from '../../helpers/paths.js';

const good = { version: '1', edition: { kind: 'digest', title: 'The Brief — 2026-W48', stories: 2, number: 4, date: '2026-11-29', period: '2026-W48' }, inputs: [{ path: 'a.md', sha256: 'ab', url: 'https://example.com/a', fingerprint: '0123456789abcdef' }], summarizer: { method: 'extractive' }, files: [{ path: 'newsletter.html', bytes: 10, sha256: 'cd' }], warnings: [] };

/** What parseManifest gets: JSON as it comes from a file. */
const roundTrip = (value: unknown) => parseManifest(JSON.parse(JSON.stringify(value)));

describe('parseManifest', () => {
  it('keeps a manifest crier wrote as it is', () => {
    expect(roundTrip((good))).toEqual(good);
  });
  it('keeps only the fields of the right type: null, numbers and objects where strings belong are dropped', () => {
    const m = roundTrip(({ ...good, edition: { ...good.edition, date: 7, period: {}, number: 'x' }, inputs: [null, 5, { path: 'b.md', sha256: 'ef', url: { x: 1 }, fingerprint: 12 }], files: 'no' }));
    expect(m?.edition).toEqual({ kind: 'digest', title: 'The Brief — 2026-W48', stories: 2 });
    expect(m?.inputs).toEqual([{ path: 'b.md', sha256: 'ef' }]);
    expect(m?.files).toEqual([]);
  });
  it('is no edition without a title or with a kind crier does not write; inputs that are not a list are no stories', () => {
    expect(roundTrip(({ ...good, edition: { ...good.edition, title: 5 } }))).toBeUndefined();
    expect(roundTrip(({ ...good, inputs: { a: 1 } }))?.inputs).toEqual([]);
    expect(roundTrip(({ ...good, edition: { ...good.edition, kind: 'virus' } }))).toBeUndefined();
    expect(parseManifest(undefined)).toBeUndefined();
  });
  it('drops an edition number that is not a whole number crier can count on from (1e308, -5, 2^53)', () => {
    for (const number of [1e308, -5, 2.5, 2 ** 53]) expect(roundTrip(({ ...good, edition: { ...good.edition, number } }))?.edition).not.toHaveProperty('number');
  });
  it('takes no prototype from a __proto__ key', () => {
    const m = parseManifest(JSON.parse('{"version":"1","__proto__":{"polluted":1},"edition":{"kind":"digest","title":"T","__proto__":{"number":99}},"inputs":[],"files":[]}'));
    expect(m?.edition).toEqual({ kind: 'digest', title: 'T', stories: 0 });
    expect((m?.edition as { number?: number }).number).toBeUndefined();
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('readManifest', () => {
  it('does not follow a manifest.json linked to /dev/zero or out of the folder, and skips one too big to be crier’s', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'elsewhere.json'), JSON.stringify(good));
    for (const name of ['zero', 'outside', 'huge', 'fine']) mkdirSync(path.join(dir, name));
    symlinkSync('/dev/zero', path.join(dir, 'zero', 'manifest.json'));
    symlinkSync(path.join(dir, 'elsewhere.json'), path.join(dir, 'outside', 'manifest.json'));
    writeFileSync(path.join(dir, 'huge', 'manifest.json'), JSON.stringify({ ...good, padding: 'x'.repeat(9 * 1024 * 1024) }));
    writeFileSync(path.join(dir, 'fine', 'manifest.json'), JSON.stringify(good));
    expect(await readManifest(path.join(dir, 'zero', 'manifest.json'))).toBeUndefined();
    expect(await readManifest(path.join(dir, 'outside', 'manifest.json'))).toBeUndefined();
    expect(await readManifest(path.join(dir, 'huge', 'manifest.json'))).toBeUndefined();
    expect(await readManifest(path.join(dir, 'fine', 'manifest.json'))).toEqual(good);
  });
});
