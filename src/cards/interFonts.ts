// The font that ships with crier: Inter from the @fontsource/inter npm package (SIL OFL), as WOFF
// files split by Unicode subset. Only the subsets a card's text uses are read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface FontData {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

type Ranges = [number, number][];
let subsets: Map<string, Ranges> | undefined;

/** @fontsource's unicode.json: subset -> "U+0000-00FF,U+0131,...". */
function interSubsets(): Map<string, Ranges> {
  if (!subsets) {
    const table = require('@fontsource/inter/unicode.json') as Record<string, string>;
    subsets = new Map(
      Object.entries(table).map(([name, list]) => [
        name,
        list.split(',').map((range) => {
          const [from = '0', to = from] = range.replace(/U\+/g, '').split('-');
          return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
        }),
      ]),
    );
  }
  return subsets;
}

const inRanges = (code: number, ranges: Ranges) => ranges.some(([from, to]) => code >= from && code <= to);

export function coveredByInter(code: number): boolean {
  for (const ranges of interSubsets().values()) if (inRanges(code, ranges)) return true;
  return false;
}

/** Latin always (digits, punctuation), then every other subset the text touches; both weights. */
export function interFonts(text: string): FontData[];
/** The same list without reading the files (names only, data empty). */
export function interFonts(text: string, read: false): FontData[];
export function interFonts(text: string, read = true): FontData[] {
  const codes = [...new Set(text)].map((c) => c.codePointAt(0) ?? 0);
  const names = [...interSubsets()].filter(([name, ranges]) => name === 'latin' || codes.some((code) => inRanges(code, ranges))).map(([name]) => name);
  names.sort((a, b) => (a === 'latin' ? -1 : b === 'latin' ? 1 : a.localeCompare(b)));
  return names.flatMap((subset) =>
    ([700, 400] as const).map((weight) => ({
      name: `Inter ${subset}`,
      data: read ? readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)) : Buffer.alloc(0),
      weight,
      style: 'normal' as const,
    })),
  );
}
