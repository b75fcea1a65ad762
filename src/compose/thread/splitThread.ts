// The thread splitter: paragraph -> sentence -> word, and graphemes only for a single word longer
// than a post. URLs, @mentions and #hashtags are never cut. Space for the numbering ("12/14") is
// reserved before splitting, with a second pass when the number of posts needs another digit.
import { sentencePieces } from '../../analyze/sentences.js';
import type { PostRole } from '../../platforms/types.js';
import { graphemes, wordPieces } from '../../text/graphemes.js';
import { BLUESKY_MAX_BYTES, fits, type Platform } from '../../platforms/platforms.js';

export interface Block {
  role: PostRole;
  paragraphs: string[];
  /** Each paragraph starts a post of its own (a model's posts); long ones are still split. */
  separate?: boolean;
}

export type Numbering = '1/N' | 'thread' | 'none';

export interface DraftPost {
  role: PostRole;
  /** The post without numbering. */
  body: string;
  /** The post as it is published (with numbering). */
  text: string;
}

interface Piece {
  sep: string;
  text: string;
}

// (\p{M}: the vowel signs of Devanagari and other scripts are part of a hashtag.)
const UNBREAKABLE = /^(?:https?:\/\/\S+|[@#][\p{L}\p{M}\p{N}_]+(?:@[\p{L}\p{N}.-]+)?[.,!?;:)"”’]*)$/u;
/** Below this share of the limit a last post is an orphan worth merging back. */
const ORPHAN_SHARE = 0.15;

/**
 * Breaks a piece of text one level finer; [] when it cannot be broken further. The levels:
 * 0 paragraph -> sentences, 1 sentence -> clauses (after , ; : and dashes), 2 clause -> words,
 * 3 word -> word pieces (scripts without spaces), 4 -> graphemes.
 */
function breakDown(text: string, level: number, lang: string): Piece[] {
  if (level === 0) return sentencePieces(text, lang).map(trailingToSep);
  if (level === 1) {
    // A long sentence is cut after a clause when it can be, not in the middle of a phrase.
    return text
      .split(/(?<=[,;:—–])\s+/)
      .filter(Boolean)
      .map((clause, i) => ({ sep: i === 0 ? '' : ' ', text: clause }));
  }
  if (level === 2) {
    const parts = text.split(/(\s+)/);
    const pieces: Piece[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const word = parts[i] ?? '';
      if (word) pieces.push({ sep: pieces.length ? ' ' : '', text: word });
    }
    return pieces;
  }
  if (UNBREAKABLE.test(text)) return [];
  if (level === 3) return wordPieces(text).map((t) => ({ sep: '', text: t }));
  return graphemes(text).map((t) => ({ sep: '', text: t }));
}

/** Sentence pieces carry their trailing space; turn it into the separator of the next piece. */
function trailingToSep(piece: string, index: number, all: string[]): Piece {
  const before = index > 0 ? (all[index - 1] ?? '') : '';
  const hadSpace = /\s$/.test(before);
  return { sep: index === 0 ? '' : hadSpace ? ' ' : '', text: piece.trim() };
}

/**
 * Whether a post body fits, with a fast path: counts never grow when two strings are joined with a
 * separator (graphemes can only merge, weights add up), so `cost(current) + cost(addition)` within
 * the room left is a proof that the joined text fits; only near the limit is the whole text counted.
 */
export interface Budget {
  fits(text: string): boolean;
  cost(text: string): number;
  /** Room for the body once the numbering is reserved. */
  room: number;
  /** Rules other than length (bytes, links): cheap to check on the whole text. */
  extraOk(text: string): boolean;
}

function packBlock(block: Block, budget: Budget, limit: number, lang: string): string[] {
  const posts: string[] = [];
  // The separator that stood before each post's first piece, to merge an orphan back faithfully.
  const leadSeps: string[] = [];
  let current = '';
  let currentCost = 0;
  let currentSep = '';
  const flush = () => {
    if (current) {
      posts.push(current);
      leadSeps.push(currentSep);
    }
    current = '';
  };
  const start = (sep: string, text: string) => {
    flush();
    current = text;
    currentCost = budget.cost(text);
    currentSep = sep;
  };
  const place = (sep: string, text: string, level: number): void => {
    if (!text) return;
    const candidate = current ? current + sep + text : text;
    const addition = current ? budget.cost(sep + text) : budget.cost(text);
    // Bytes (at most 3 per UTF-16 unit) and link counts can only break when they could.
    const extraAtRisk = text.includes('://') || candidate.length * 3 > BLUESKY_MAX_BYTES;
    if (currentCost + addition <= budget.room && (!extraAtRisk || budget.extraOk(candidate))) {
      current = candidate;
      currentCost += addition;
      return;
    }
    if (budget.fits(candidate)) {
      current = candidate;
      currentCost = budget.cost(candidate);
      return;
    }
    if (current && budget.fits(text)) {
      start(sep, text);
      return;
    }
    let parts = breakDown(text, level, lang);
    // A level that yields a single piece (one sentence, one word) moves on to the next level.
    while (parts.length === 1 && level < 4) parts = breakDown(text, ++level, lang);
    if (parts.length <= 1) {
      // Unbreakable (a URL longer than a post): it gets a post of its own and is reported not ok.
      start(sep, text);
      return;
    }
    // A sentence too long for any post starts a post of its own, so it is cut once, not twice.
    if (level === 1 && current) {
      flush();
      currentSep = sep;
      parts.forEach((part, i) => place(i === 0 ? '' : part.sep, part.text, level + 1));
      return;
    }
    parts.forEach((part, i) => place(i === 0 ? sep : part.sep, part.text, level + 1));
  };
  block.paragraphs.forEach((paragraph, i) => {
    if (block.separate) flush();
    place(i === 0 ? '' : '\n\n', paragraph.trim(), 0);
  });
  flush();
  // A tiny last post (a few words that spilled over) is an orphan: share the words more evenly.
  const last = posts[posts.length - 1];
  const previous = posts[posts.length - 2];
  if (last !== undefined && previous !== undefined && last.length < limit * ORPHAN_SHARE) {
    const balanced = rebalance(previous + (leadSeps[leadSeps.length - 1] ?? ' ') + last, budget.fits);
    if (balanced) posts.splice(-2, 2, ...balanced);
  }
  return posts;
}

/** Cuts text in two posts at the whitespace nearest the middle, preferring a sentence end. */
function rebalance(text: string, budget: (text: string) => boolean): [string, string] | undefined {
  const cuts: { at: number; end: number; sentence: boolean }[] = [];
  for (const match of text.matchAll(/\s+/g)) {
    cuts.push({ at: match.index, end: match.index + match[0].length, sentence: /[.!?…"”’]$/.test(text.slice(0, match.index)) });
  }
  const middle = text.length / 2;
  const ordered = cuts.sort(
    (a, b) => Number(b.sentence) - Number(a.sentence) || Math.abs(a.at - middle) - Math.abs(b.at - middle),
  );
  for (const cut of ordered) {
    const head = text.slice(0, cut.at);
    const tail = text.slice(cut.end);
    // Only a cut that leaves the tail bigger than an orphan is worth it.
    if (tail.length >= text.length * 0.25 && budget(head) && budget(tail)) return [head, tail];
  }
  return undefined;
}

/** A short closing post (link + hashtags) joins the post before it when both fit in one. */
function mergeShortCta(drafts: { role: PostRole; body: string }[], fitsBody: (text: string) => boolean): void {
  const last = drafts[drafts.length - 1];
  const previous = drafts[drafts.length - 2];
  if (!last || !previous || last.role !== 'cta' || previous.role !== 'body') return;
  const merged = `${previous.body}\n\n${last.body}`;
  if (fitsBody(merged)) drafts.splice(-2, 2, { role: 'cta', body: merged });
}

function numberingFor(style: Numbering, index: number, total: number): { prefix: string; suffix: string } {
  if (total <= 1 || style === 'none') return { prefix: '', suffix: '' };
  if (style === 'thread') return { prefix: '', suffix: index === 1 ? ' 🧵' : '' };
  return { prefix: '', suffix: `\n\n${index}/${total}` };
}

export function splitThread(blocks: Block[], platform: Platform, numbering: Numbering, lang = 'en'): DraftPost[] {
  const nonEmpty = blocks.filter((b) => b.paragraphs.some((p) => p.trim()));
  if (!platform.thread) {
    // One post for platforms without threads, when it fits; otherwise it is split like a thread.
    const single = nonEmpty.flatMap((b) => b.paragraphs.map((p) => p.trim())).filter(Boolean).join('\n\n');
    if (fits(platform, single)) return [{ role: 'hook', body: single, text: single }];
  }
  let width = 1;
  for (;;) {
    const widest = 10 ** width - 1;
    const reserve = numberingFor(numbering, 1, widest);
    const suffix = numbering === '1/N' ? `\n\n${widest}/${widest}` : reserve.suffix;
    const budget: Budget = {
      fits: (text) => fits(platform, reserve.prefix + text + suffix),
      cost: (text) => platform.count(text),
      room: platform.limit - platform.count(reserve.prefix + suffix),
      extraOk: (text) => !platform.extraProblem?.(reserve.prefix + text + suffix),
    };
    const drafts = nonEmpty.flatMap((block) => packBlock(block, budget, platform.limit, lang).map((body) => ({ role: block.role, body })));
    mergeShortCta(drafts, budget.fits);
    if (String(drafts.length).length > width) {
      width = String(drafts.length).length;
      continue;
    }
    return drafts.map((draft, i) => {
      const { prefix, suffix } = numberingFor(numbering, i + 1, drafts.length);
      return { ...draft, text: prefix + draft.body + suffix };
    });
  }
}
