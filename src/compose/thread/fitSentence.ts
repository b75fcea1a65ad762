// One sentence that may be too long for a post, made into parts that each fit one post. In order:
// the sentence as it is; a shorter whole form (shorterForms); parts cut at clause ends, marked with
// an ellipsis on both sides of each cut ("…in relations…" / "…meeting in the Kremlin…"); then, for
// text that must not be lost, parts cut between words (never inside a name or a number and its
// unit); a single word longer than a post is cut by graphemes. A summary sentence that cannot be cut
// at a clause is left out instead (the thread chooses the sentences it has room for), and a
// quotation is never cut at all.
import { BLUESKY_MAX_BYTES } from '../../platforms/platforms.js';
import { graphemes, wordPieces } from '../../text/graphemes.js';
import { clauseCuts, wordCuts, type Cut } from './cutPoints.js';
import { POST_MARKS } from './postMarks.js';
import { shorterForms } from './shorterForms.js';

/** required: never lose text; optional: shorten, cut at clauses, else leave out; whole: as it is or left out. */
export type FitMode = 'required' | 'optional' | 'whole';

export interface PieceBudget {
  /** Whether the text fits one post on its own (numbering included). */
  fits(text: string): boolean;
  /** The platform's count, additive enough for sums to be an upper bound of the joined text. */
  cost(text: string): number;
  /** The count a post's text may reach. */
  room: number;
}

const ELLIPSIS = POST_MARKS.ellipsis;
// (\p{M}: the vowel signs of Devanagari and other scripts are part of a hashtag.)
const UNBREAKABLE = /^(?:https?:\/\/\S+|[@#][\p{L}\p{M}\p{N}_]+(?:@[\p{L}\p{N}.-]+)?[.,!?;:)"”’]*)$/u;
const SPECIAL_START = /^(?:https?:\/\/|[@#])/;
const SPECIAL_END = /(?:https?:\/\/\S+|[@#][\p{L}\p{M}\p{N}_]+)$/u;

/**
 * A cut part with its marks: an ellipsis where text was cut before it and after it. The head loses
 * the clause punctuation the ellipsis replaces; a link, mention or hashtag keeps a space between it
 * and the mark, so it stays a token of its own.
 */
function marked(body: string, cutBefore: boolean, cutAfter: boolean): string {
  let text = body.trim();
  if (cutAfter) text = text.replace(/[\s,;:—–]+$/u, '');
  if (cutBefore) text = (SPECIAL_START.test(text) ? `${ELLIPSIS} ` : ELLIPSIS) + text;
  if (cutAfter) text += SPECIAL_END.test(text) ? ` ${ELLIPSIS}` : ELLIPSIS;
  return text;
}

/**
 * Cuts `text` at some of `cuts` into parts that each fit, spread evenly (no tiny last part). Linear:
 * segment costs are counted once and summed, and only a part near the limit is counted whole.
 */
function cutInto(text: string, cuts: Cut[], budget: PieceBudget): string[] | undefined {
  if (!cuts.length) return undefined;
  const bounds = [{ headEnd: 0, tailStart: 0 }, ...cuts, { headEnd: text.length, tailStart: text.length }];
  const segmentCost = bounds.slice(1).map((b, i) => budget.cost(text.slice(bounds[i]?.tailStart ?? 0, b.headEnd)) + 1);
  const total = segmentCost.reduce((a, b) => a + b, 0);
  const perPart = total / Math.max(2, Math.ceil(total / Math.max(1, budget.room - 2)));
  const parts: string[] = [];
  let from = 0; // index into bounds: the part starts at bounds[from].tailStart
  while (from < bounds.length - 1) {
    const start = bounds[from]?.tailStart ?? 0;
    let chosen = -1;
    let sum = 0;
    for (let to = from + 1; to < bounds.length; to++) {
      sum += segmentCost[to - 1] ?? 0;
      const last = to === bounds.length - 1;
      const part = marked(text.slice(start, bounds[to]?.headEnd ?? text.length), from > 0, !last);
      const fitsCheap = sum + 4 <= budget.room;
      if (!fitsCheap && !budget.fits(part)) break;
      chosen = to;
      if (last) break;
      // Stop near an even share, so the parts come out alike in length.
      if (sum >= perPart && bounds.length - 1 - to > 0) break;
    }
    if (chosen < 0) return undefined;
    parts.push(marked(text.slice(start, bounds[chosen]?.headEnd ?? text.length), from > 0, chosen < bounds.length - 1));
    from = chosen;
  }
  return parts.every((p) => budget.fits(p)) ? parts : undefined;
}

/**
 * A word longer than a post: cut by word pieces (scripts without spaces), then by graphemes. Each
 * unit joins the part while the sum of the units' counts (never less than the joined text's count)
 * leaves room for the marks, and the part is counted whole only near the limit: counting every
 * candidate made a 1,000-letter Arabic or CJK word take ~0.3 s a platform. Parts that the sum let
 * through are checked once; should one not fit (a count that is not additive, a byte limit), the
 * word is cut again counting every candidate, as before.
 */
function cutWord(text: string, budget: PieceBudget): string[] {
  if (UNBREAKABLE.test(text)) return [text];
  const units = wordPieces(text).flatMap((piece) => (budget.fits(piece) ? [piece] : graphemes(piece)));
  const quick = cutUnits(units, budget, true);
  return quick.every((part) => budget.fits(part)) ? quick : cutUnits(units, budget, false);
}

// Two ellipses (X weighs each as 2) and a byte margin (UTF-8 takes at most 3 bytes per UTF-16 unit).
const MARKS_COST = 4;
const BYTES_PER_UNIT = 3;

function cutUnits(units: string[], budget: PieceBudget, bySum: boolean): string[] {
  const parts: string[] = [];
  let current = '';
  let sum = 0;
  for (const unit of units) {
    const cost = bySum ? budget.cost(unit) : 0;
    const candidate = current + unit;
    const surely = bySum && sum + cost + MARKS_COST <= budget.room && (candidate.length + 2 * MARKS_COST) * BYTES_PER_UNIT <= BLUESKY_MAX_BYTES;
    if (current && !surely && !budget.fits(candidate)) {
      parts.push(current);
      current = '';
      sum = 0;
    }
    current += unit;
    sum += cost;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Text without spaces to cut at (CJK, or a giant word among others): whole words where they fit,
 * word pieces, then graphemes; every part keeps room for its two marks.
 */
function cutSpaceless(text: string, budget: PieceBudget): string[] {
  const inner: PieceBudget = { ...budget, fits: (t) => budget.fits(marked(t, true, true)) };
  const bodies: string[] = [];
  for (const [, space, word = ''] of text.matchAll(/(\s*)(\S+)/g)) {
    // Pieces of one word (CJK is written without spaces) join without a space.
    (inner.fits(word) ? [word] : cutWord(word, inner)).forEach((chunk, i) => {
      const last = bodies[bodies.length - 1];
      const joined = last === undefined ? chunk : last + (i === 0 && space ? ' ' : '') + chunk;
      if (last !== undefined && inner.fits(joined)) bodies[bodies.length - 1] = joined;
      else bodies.push(chunk);
    });
  }
  return bodies.map((body, i) => (UNBREAKABLE.test(body) ? body : marked(body, i > 0, i < bodies.length - 1)));
}

export function fitSentence(sentence: string, budget: PieceBudget, mode: FitMode): string[] {
  const text = sentence.trim();
  if (!text) return [];
  if (budget.fits(text)) return [text];
  if (mode === 'whole') return [];
  // Text that must not lose a word (a model's post) is only cut; a summary sentence may lose an aside.
  const forms = mode === 'optional' ? shorterForms(text) : [];
  const fitting = forms.find((f) => budget.fits(f));
  if (fitting) return [fitting];
  const shortest = forms[forms.length - 1] ?? text;
  const byClause = cutInto(shortest, clauseCuts(shortest), budget);
  if (byClause) return byClause;
  if (mode === 'optional') return [];
  return cutInto(text, wordCuts(text), budget) ?? cutInto(text, wordCuts(text, true), budget) ?? cutSpaceless(text, budget);
}
