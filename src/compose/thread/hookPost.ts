// The first post: what makes someone open the thread. On X it is the headline plus the lead's key
// fact in about 200 characters (a bare headline is what every feed already shows); when the
// headline and the whole lead do not fit together: a shorter form of the lead, a sentence of the
// summary that carries a number, the same in the whole post, or the lead's first clause with an
// ellipsis — the rest of the lead then opens the next post with the matching ellipsis.
import { stopwordsFor } from '../../text/stopwordsFor.js';
import { clauseCuts } from './cutPoints.js';
import { fitSentence, type PieceBudget } from './fitSentence.js';
import { POST_MARKS } from './postMarks.js';
import { shorterForms } from './shorterForms.js';

export interface HookPost {
  /** The hook's paragraphs: the headline and the line under it (or one of them). */
  lines: string[];
  /** Indexes of the summary sentences the hook printed (the body leaves them out). */
  used: number[];
  /** The rest of a lead cut at a clause ("…meeting in the Kremlin."), for the next post. */
  rest?: string;
}

/** On X the hook aims at about 200 characters (the habit of the platform), never more than 230. */
export const X_HOOK_TARGET = 230;

const E = POST_MARKS.ellipsis;
/** The part of a lead cut after its first clause that must be left for the next post. */
const MIN_REST_SHARE = 0.25;
const withHeadline = (headline: string, line: string) => (headline ? `${headline}\n\n${line}` : line);
const hook = (headline: string, line: string, used: number[], rest?: string): HookPost => ({
  lines: [headline, line].filter(Boolean),
  used,
  ...(rest ? { rest } : {}),
});

/**
 * The lead cut after its first clause(s): the longest head that fits, and what is left of it —
 * only when the rest can follow in the next post (a hook ending in "…" promises a continuation).
 */
function leadClause(lead: string, fitsWith: (line: string) => boolean, post: PieceBudget): { head: string; rest: string } | undefined {
  let best: { head: string; rest: string } | undefined;
  for (const cut of clauseCuts(lead, 4)) {
    const head = `${lead.slice(0, cut.headEnd).replace(/[\s,;:—–]+$/u, '')}${E}`;
    if (!fitsWith(head)) break;
    const rest = `${E}${lead.slice(cut.tailStart)}`;
    // A rest of a few words ("…his rival in the poll.") is no post of its own: the lead goes whole.
    if (rest.length < lead.length * MIN_REST_SHARE) break;
    if (fitSentence(rest, post, 'optional').length) best = { head, rest };
  }
  return best;
}

/**
 * The hook from the headline and the summary sentences (lead first). `fits` says whether a hook
 * text fits the first post (link and numbering included); `target` is the length to aim at; `post`
 * is the budget of the posts after it. The headline stays whenever something fits beside it, and a
 * sentence is cut only when no whole one fits.
 */
export function hookPost(headline: string, sentences: string[], fits: (text: string) => boolean, post: PieceBudget, target: number): HookPost {
  const aimed = (text: string) => post.cost(text) <= target && fits(text);
  const [lead] = sentences;
  if (!lead) return hook(headline, '', []);
  const shortest = shorterForms(lead).pop() ?? lead;
  return (
    wholeLine(headline, sentences, aimed) ??
    wholeLine(headline, sentences, fits) ??
    withClause(headline, shortest, aimed, post) ??
    withClause(headline, shortest, fits, post) ??
    (fits(lead) ? hook('', lead, [0]) : undefined) ??
    (fits(shortest) ? hook('', shortest, [0]) : undefined) ??
    withClause('', shortest, fits, post) ??
    // Nothing fits beside it: the headline alone (or the lead, if even the headline does not fit).
    (fits(headline) ? hook(headline, '', []) : hook('', lead, [0]))
  );
}

/** Capitalised words (names) of a text, without stop words ("New" of New York and New Jersey). */
function names(text: string): Set<string> {
  const stop = stopwordsFor('en');
  return new Set((text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/u, '').toLowerCase()).filter((w) => !stop.has(w)));
}

function sharesAName(sentence: string, story: string): boolean {
  const known = names(story);
  return [...names(sentence)].some((n) => known.has(n));
}

/** The headline and the whole lead (or a shorter form of it), else the summary's key number. */
function wholeLine(headline: string, sentences: string[], ok: (text: string) => boolean): HookPost | undefined {
  const [lead = '', ...others] = sentences;
  for (const line of [lead, ...shorterForms(lead)]) if (ok(withHeadline(headline, line))) return hook(headline, line, [0]);
  for (const [i, sentence] of others.entries()) {
    // A number from another part of the story (a roundup's other games) is not this story's hook:
    // the sentence must name someone or something the headline or the lead names (else the lead's
    // first clause hooks).
    if (!/\p{N}/u.test(sentence) || !sharesAName(sentence, `${headline} ${lead}`)) continue;
    const line = [sentence, ...shorterForms(sentence)].find((s) => ok(withHeadline(headline, s)));
    if (line) return hook(headline, line, [i + 1]);
  }
  return undefined;
}

/** The headline (if any) and the lead's first clause, the rest of the lead opening the next post. */
function withClause(headline: string, lead: string, ok: (text: string) => boolean, post: PieceBudget): HookPost | undefined {
  const clause = leadClause(lead, (head) => ok(withHeadline(headline, head)), post);
  return clause ? hook(headline, clause.head, [0], clause.rest) : undefined;
}
