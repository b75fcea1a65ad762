// Grounding: what a model writes must be supported by the article.
//   - every quoted span appears in the article (after normalising quotes, dashes and spaces)
//   - every number appears in the article
//   - names (capitalised words) not in the article are flagged
//   - preambles ("Here is a summary:") are stripped
// A field that fails is asked for again once, then replaced by the extractive result.

export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

const PREAMBLE = /^\s*(?:(?:sure|certainly|of course|okay|ok)[,!.]?\s*)?(?:here(?:'s| is| are)\b[^:\n]{0,80}:|below is\b[^:\n]{0,80}:)\s*/i;

export function stripPreamble(text: string): string {
  return text.replace(PREAMBLE, '').trim();
}

const QUOTE = /"([^"]{3,}?)"/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const NAME = /\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*/gu;

export interface Grounding {
  /** Reasons the field cannot be used (invented quote or number). */
  failures: string[];
  /** Things worth a look that do not fail the field (names not in the article). */
  flags: string[];
}

export class ArticleFacts {
  private readonly text: string;
  private readonly numbers: Set<string>;

  constructor(articleText: string, title: string) {
    this.text = normalise(`${title}\n${articleText}`);
    this.numbers = new Set((this.text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')));
  }

  check(field: string): Grounding {
    const text = normalise(field);
    const failures: string[] = [];
    const flags: string[] = [];
    for (const match of text.matchAll(QUOTE)) {
      const span = (match[1] ?? '').replace(/[,.]$/, '').trim();
      if (span.split(' ').length >= 2 && !this.text.includes(span)) failures.push(`the quote "${span}" is not in the article`);
    }
    for (const number of text.match(NUMBER) ?? []) {
      const plain = number.replace(/,/g, '');
      if (!this.numbers.has(plain) && !this.text.includes(number)) failures.push(`the number ${number} is not in the article`);
    }
    for (const name of normalisedNames(field)) {
      if (!this.text.includes(name.toLowerCase())) flags.push(`the name "${name}" is not in the article`);
    }
    return { failures, flags };
  }
}

/** Capitalised words that are not just the first word of a sentence. */
function normalisedNames(field: string): string[] {
  const text = field.normalize('NFKC');
  const out = new Set<string>();
  for (const match of text.matchAll(NAME)) {
    const before = text.slice(0, match.index).trimEnd();
    if (before === '' || /[.!?:"“(\n-]$/.test(before)) continue;
    out.add(match[0]);
  }
  return [...out];
}
