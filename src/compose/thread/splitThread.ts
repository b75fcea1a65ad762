// The thread splitter: blocks (hook, body, closing post) -> posts that each fit their platform.
// Posts are made of whole sentences; a sentence too long for a post is shortened or cut at a clause
// with an ellipsis on both sides (fitSentence), so no post ever starts in the middle of a sentence
// without saying so. URLs, @mentions and #hashtags are never cut. Space for the numbering ("12/14")
// is reserved before splitting, with a second pass when the number of posts needs another digit.
// LinkedIn (a platform without threads) always gets exactly one post.
import { sentencePieces } from '../../analyze/sentences.js';
import type { PostRole } from '../../platforms/types.js';
import { BLUESKY_MAX_BYTES, fits, type Platform } from '../../platforms/platforms.js';
import { fitSentence, type FitMode, type PieceBudget } from './fitSentence.js';

export interface Block {
  role: PostRole;
  paragraphs: string[];
  /** Each paragraph starts a post of its own (a model's posts, a weekly story). */
  separate?: boolean;
  /** A closing block that stays a post of its own (the weekly thread's last post). */
  apart?: boolean;
  /**
   * What happens to a sentence too long for a post: `required` (default) never loses text,
   * `optional` (summary sentences) is shortened or cut at a clause, else left out, and `whole`
   * keeps each paragraph as one piece (a quotation, a story) or leaves it out.
   */
  fit?: FitMode;
}

export type Numbering = '1/N' | 'thread' | 'none';

export interface DraftPost {
  role: PostRole;
  /** The post without numbering. */
  body: string;
  /** The post as it is published (with numbering). */
  text: string;
}

/** A piece placed in a post, with the separator that stood before it ('' first in a post). */
interface Piece {
  sep: string;
  text: string;
  /** The platform's count of `text`, counted once. */
  cost: number;
  /** The piece is a cut part of a longer sentence: it never shares a post with a neighbour's part. */
  cut?: boolean;
}

/** Below this share of the limit a last post is an orphan worth balancing with the one before. */
const ORPHAN_SHARE = 0.15;

export interface Budget extends PieceBudget {
  /** Rules other than length (bytes, links): cheap to check on the whole text. */
  extraOk(text: string): boolean;
}

function separatorAfter(piece: string): string {
  const space = /\s*$/.exec(piece)?.[0] ?? '';
  if (!space) return '';
  const newlines = space.split('\n').length - 1;
  return newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
}

/** The sentence segmenter ends a "sentence" at the "?" of a link's query: a link stays whole. */
function joinLinks(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (last >= 0 && /https?:\/\/\S*$/.test(out[last] ?? '')) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

/** The pieces of one block, each fitting a post on its own. */
function piecesOf(block: Block, budget: Budget, lang: string): Piece[][] {
  const mode = block.fit ?? 'required';
  return block.paragraphs.map((paragraph) => {
    const text = paragraph.trim();
    if (!text) return [];
    const sentences = mode === 'whole' ? [text] : joinLinks(sentencePieces(text, lang));
    const pieces: Piece[] = [];
    sentences.forEach((raw, i) => {
      // Sentence pieces carry their trailing space: it becomes the separator of the next piece
      // (a blank line stays a blank line; CJK has none to put back).
      const sep = i === 0 ? '' : separatorAfter(sentences[i - 1] ?? '');
      const sentence = raw.trim();
      if (!sentence) return;
      // Most sentences fit a post as they are: counted once, and only the rest go to fitSentence.
      const cost = budget.cost(sentence);
      const atRisk = sentence.includes('://') || sentence.length * 3 > BLUESKY_MAX_BYTES;
      if (cost <= budget.room && (!atRisk || budget.extraOk(sentence))) {
        pieces.push({ sep, text: sentence, cost });
        return;
      }
      const parts = fitSentence(sentence, budget, mode);
      parts.forEach((part, j) => pieces.push({ sep: j === 0 ? sep : ' ', text: part, cost: budget.cost(part), ...(parts.length > 1 ? { cut: true } : {}) }));
    });
    return pieces;
  });
}

/**
 * Packs pieces into posts: each piece joins the current post when the result fits (the cost of a
 * join is at most the sum of its parts, so most joins are proven without counting the whole post).
 */
function packBlock(block: Block, budget: Budget, limit: number, lang: string): string[] {
  const posts: Piece[][] = [];
  let current: Piece[] = [];
  let currentText = '';
  let currentCost = 0;
  const flush = () => {
    if (current.length) posts.push(current);
    current = [];
    currentText = '';
    currentCost = 0;
  };
  const place = (piece: Piece) => {
    if (current.length && !piece.cut) {
      const candidate = currentText + piece.sep + piece.text;
      // A separator is whitespace: one unit per character on every platform.
      const addition = piece.sep.length + piece.cost;
      const extraAtRisk = piece.text.includes('://') || candidate.length * 3 > BLUESKY_MAX_BYTES;
      const fitsCheap = currentCost + addition <= budget.room && (!extraAtRisk || budget.extraOk(candidate));
      if (fitsCheap || budget.fits(candidate)) {
        current.push(piece);
        currentText = candidate;
        currentCost = fitsCheap ? currentCost + addition : budget.cost(candidate);
        return;
      }
    }
    flush();
    current = [piece];
    currentText = piece.text;
    currentCost = piece.cost;
    // The parts of a cut sentence each take a post of their own.
    if (piece.cut) flush();
  };
  piecesOf(block, budget, lang).forEach((paragraph, p) => {
    if (block.separate) flush();
    paragraph.forEach((piece, i) => place(i === 0 && p > 0 ? { ...piece, sep: '\n\n' } : piece));
  });
  flush();
  // Posts of their own (a model's posts, weekly stories) are never balanced into each other.
  if (!block.separate) balanceOrphan(posts, budget, limit);
  return posts.map(join);
}

/** A post's text; the first piece's separator is where it stood before (kept for balancing). */
const join = (pieces: Piece[]) => pieces.map((p, i) => (i === 0 ? p.text : p.sep + p.text)).join('');

/** A tiny last post (a short sentence that spilled over) takes whole sentences from the one before. */
function balanceOrphan(posts: Piece[][], budget: Budget, limit: number): void {
  const last = posts[posts.length - 1];
  const previous = posts[posts.length - 2];
  if (!last || !previous || join(last).length >= limit * ORPHAN_SHARE) return;
  while (previous.length > 1) {
    const moved = previous[previous.length - 1] as Piece;
    // Never a cut part, nor a piece glued to the one before it (no space between them).
    if (moved.cut || last[0]?.cut || !moved.sep) return;
    const nextLast = [moved, ...last];
    const nextPrevious = previous.slice(0, -1);
    // Only while it makes the two posts more alike, and both still fit.
    if (join(nextLast).length > join(nextPrevious).length || !budget.fits(join(nextLast))) return;
    previous.pop();
    last.splice(0, last.length, ...nextLast);
  }
}

/**
 * A short closing post (link, hashtags) joins the post before it when both fit in one. It joins the
 * hook only when it carries no link: a link in the first post is what thread.link "first" is for.
 */
function mergeShortCta(drafts: { role: PostRole; body: string; apart?: boolean }[], fitsBody: (text: string) => boolean): void {
  const last = drafts[drafts.length - 1];
  const previous = drafts[drafts.length - 2];
  if (!last || !previous || last.role !== 'cta' || last.apart) return;
  if (previous.role === 'hook' && /https?:\/\//.test(last.body)) return;
  const merged = `${previous.body}\n\n${last.body}`;
  if (fitsBody(merged)) drafts.splice(-2, 2, { role: previous.role === 'hook' ? 'hook' : 'cta', body: merged });
}

function numberingFor(style: Numbering, index: number, total: number): { prefix: string; suffix: string } {
  if (total <= 1 || style === 'none') return { prefix: '', suffix: '' };
  if (style === 'thread') return { prefix: '', suffix: index === 1 ? ' 🧵' : '' };
  return { prefix: '', suffix: `\n\n${index}/${total}` };
}

/** The budget of one post's body when `posts` posts are numbered in `numbering` style. */
export function postBudget(platform: Platform, numbering: Numbering, posts = 9): Budget {
  if (!platform.thread) {
    return { fits: (text) => fits(platform, text), cost: (text) => platform.count(text), room: platform.limit, extraOk: (text) => !platform.extraProblem?.(text) };
  }
  const widest = 10 ** String(Math.max(posts, 2)).length - 1;
  const reserve = numberingFor(numbering, 1, widest);
  const suffix = numbering === '1/N' ? `\n\n${widest}/${widest}` : reserve.suffix;
  return {
    fits: (text) => fits(platform, reserve.prefix + text + suffix),
    cost: (text) => platform.count(text),
    room: platform.limit - platform.count(reserve.prefix + suffix),
    extraOk: (text) => !platform.extraProblem?.(reserve.prefix + text + suffix),
  };
}

/**
 * LinkedIn and other platforms without threads: one post, always. The hook and the closing post are
 * kept (the hook cut, with an ellipsis, only if it alone leaves no room for the link); body
 * paragraphs join while they fit and are left out when they do not.
 */
function singlePost(blocks: Block[], platform: Platform): DraftPost[] {
  const budget = postBudget(platform, 'none');
  const paragraphs = (role: PostRole) => blocks.filter((b) => b.role === role).flatMap((b) => b.paragraphs.map((p) => p.trim()).filter(Boolean));
  const closing = paragraphs('cta').join('\n\n');
  const frame = (parts: string[]) => [...parts, ...(closing ? [closing] : [])].join('\n\n');
  const leadRoom: Budget = { ...budget, fits: (t) => budget.fits(frame([t])), room: budget.room - budget.cost(closing) - 2 };
  const [first, ...others] = [...paragraphs('hook'), ...paragraphs('body')];
  const kept = first ? fitSentence(first, leadRoom, 'required').slice(0, 1) : [];
  for (const paragraph of others) if (budget.fits(frame([...kept, paragraph]))) kept.push(paragraph);
  const text = frame(kept);
  return [{ role: 'hook', body: text, text }];
}

export function splitThread(blocks: Block[], platform: Platform, numbering: Numbering, lang = 'en'): DraftPost[] {
  const nonEmpty = blocks.filter((b) => b.paragraphs.some((p) => p.trim()));
  if (!platform.thread) return singlePost(nonEmpty, platform);
  let posts = 9;
  for (;;) {
    const budget = postBudget(platform, numbering, posts);
    const drafts = nonEmpty.flatMap((block) => packBlock(block, budget, platform.limit, lang).map((body) => ({ role: block.role, body, ...(block.apart ? { apart: true } : {}) })));
    mergeShortCta(drafts, budget.fits);
    if (String(drafts.length).length > String(posts).length) {
      posts = drafts.length;
      continue;
    }
    return drafts.map(({ role, body }, i) => {
      const { prefix, suffix } = numberingFor(numbering, i + 1, drafts.length);
      return { role, body, text: prefix + body + suffix };
    });
  }
}
