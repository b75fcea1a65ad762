// The first post: what makes someone open the thread. On X it is the headline plus the lead's key
// fact in about 200 characters (a bare headline is what every feed already shows); when the
// headline and the whole lead do not fit together: a shorter form of the lead, a sentence of the
// summary that carries a number, or the lead's first clause with an ellipsis — the rest of the lead
// then opens the next post with the matching ellipsis.
import { clauseCuts } from './cutPoints.js';
import { fitSentence, type PieceBudget } from './fitSentence.js';
import { POST_STRINGS } from './postStrings.js';
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

const E = POST_STRINGS.ellipsis;
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
    if (fitSentence(rest, post, 'optional').length) best = { head, rest };
  }
  return best;
}

/**
 * The hook from the headline and the summary sentences (lead first). `fits` says whether a hook
 * text fits the first post (link and numbering included); `target` is the length to aim at; `post`
 * is the budget of the posts after it.
 */
export function hookPost(headline: string, sentences: string[], fits: (text: string) => boolean, post: PieceBudget, target: number): HookPost {
  // Aim at the target; when nothing but the bare headline fits it, a fuller first post is better.
  return ladder(headline, sentences, (text) => post.cost(text) <= target && fits(text), post) ?? ladder(headline, sentences, fits, post) ?? bare(headline, sentences, fits);
}

function ladder(headline: string, sentences: string[], ok: (text: string) => boolean, post: PieceBudget): HookPost | undefined {
  const [lead, ...others] = sentences;
  if (!lead) return undefined;
  // 1. The headline and the whole lead; 2. the headline and a shorter form of the lead.
  for (const line of [lead, ...shorterForms(lead)]) if (ok(withHeadline(headline, line))) return hook(headline, line, [0]);
  // 3. The headline and the summary's key number ("$9 billion", "30 jets").
  for (const [i, sentence] of others.entries()) {
    if (!/\p{N}/u.test(sentence)) continue;
    const line = [sentence, ...shorterForms(sentence)].find((s) => ok(withHeadline(headline, s)));
    if (line) return hook(headline, line, [i + 1]);
  }
  // 4. The headline and the lead's first clause; 5. the lead alone, or its first clause alone.
  const shortest = shorterForms(lead).pop() ?? lead;
  const clause = leadClause(shortest, (head) => ok(withHeadline(headline, head)), post);
  if (clause) return hook(headline, clause.head, [0], clause.rest);
  if (ok(lead)) return hook('', lead, [0]);
  if (ok(shortest)) return hook('', shortest, [0]);
  const alone = leadClause(shortest, ok, post);
  return alone ? hook('', alone.head, [0], alone.rest) : undefined;
}

/** 6. Nothing fits beside it: the headline alone (or the lead, if even the headline does not fit). */
function bare(headline: string, sentences: string[], fits: (text: string) => boolean): HookPost {
  const lead = sentences[0];
  return fits(headline) || !lead ? hook(headline, '', []) : hook('', lead, [0]);
}
