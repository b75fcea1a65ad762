// Checks on the posts: each must read as a person wrote it — no post opening mid-sentence, every
// link the article's own and standing as its own token, the link present, a hook that says more
// than the headline, hashtags that are names or key terms, LinkedIn as one unnumbered post.
import { keywordProblem } from '../../text/keywordProblem.js';
import { danglingOpener } from '../../text/openers.js';
import { hasUnbalancedQuotes } from '../../text/quoteMarks.js';
import { startsMidSentence } from '../../text/startsMidSentence.js';
import type { EditorialFinding } from './editorialClasses.js';
import type { EditionPost, EditionText } from './editionText.js';
import type { EditorialContext } from './editionFindings.js';

// "2/5" under a post, or the 🧵 after the first (thread.numbering "thread").
const NUMBERING = /\s*\n*\s*(?:\d+\/\d+|🧵)\s*$/u;
const URLS = /https?:\/\/[^\s<>()]+/g;
// A post ends a thought on a sentence end, a link, a hashtag, or a quotation's credit ("” — Name, Role").
const TERMINAL = /[.!?…”"»」)\]:;。！？』]$|https?:\/\/\S+$|#[\p{L}\p{N}_]+$|[”"»」]\s+[—–]\s+[^\n]+$/u;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const bare = (url: string) => url.replace(/[?#].*$/, '').replace(/[.,;:!?)]+$/, '').replace(/\/$/, '');

/** The post's own words: without its "2/5" counter or 🧵 mark. */
export const postBody = (post: EditionPost) => post.text.replace(NUMBERING, '').trim();

export interface PostContext extends EditorialContext {
  /** Every link the article has (its URL and the links in its text): posts may link only to these. */
  links?: string[];
}

export function postFindings(edition: EditionText, context: PostContext): EditorialFinding[] {
  const findings: EditorialFinding[] = [];
  const add = (c: EditorialFinding['class'], post: EditionPost, text = postBody(post), level: 'error' | 'warning' = 'warning') =>
    findings.push({ class: c, level, where: `post ${post.platform} ${post.index}`, text });
  const allowed = new Set([edition.url, ...(context.links ?? [])].filter((l): l is string => Boolean(l)).map(bare));
  const platforms = new Map<string, EditionPost[]>();
  for (const post of edition.posts) platforms.set(post.platform, [...(platforms.get(post.platform) ?? []), post]);

  for (const [platform, posts] of platforms) {
    posts.forEach((post, i) => {
      const body = postBody(post);
      if (hasUnbalancedQuotes(body)) add('brokenQuote', post, body, 'error');
      const previous = i > 0 ? postBody(posts[i - 1] as EditionPost) : undefined;
      // A post that ends without a sentence end continues into this one — unless it ended on the
      // headline (a hook) or on a quote's credit ("— Vladimir Putin, Russian President").
      const ended = previous === undefined || TERMINAL.test(previous) || (norm(edition.headline) !== '' && norm(previous).endsWith(norm(edition.headline))) || /\n[“"„«]?[^\n]*[”"“»]\s*[—–]\s*[^\n]+$/u.test(`\n${previous}`);
      const continues = !ended && !(previous?.endsWith('…') && body.startsWith('…'));
      if (i > 0 && (startsMidSentence(body) || danglingOpener(body, context.lang) || continues)) add('fragmentPost', post);
      for (const match of body.matchAll(URLS)) {
        const before = body.charAt((match.index ?? 0) - 1);
        const glued = /[\p{L}\p{N}]/u.test(before) || /\.(?:s?html?|php|aspx?)\p{Lu}/u.test(match[0]);
        if (glued || (allowed.size > 0 && !allowed.has(bare(match[0])))) add('foreignUrl', post, match[0]);
      }
      for (const tag of body.replace(URLS, ' ').match(/(?<![\p{L}\p{N}/])#[\p{L}\p{N}_]+/gu) ?? []) {
        const problem = keywordProblem(tag, context.lang, context.articleText);
        if (problem) add('badHashtag', post, `${tag} (${problem})`);
      }
    });
    if (edition.url && !posts.some((p) => /https?:\/\//.test(p.text))) add('missingLink', posts[0] as EditionPost, `no link to ${edition.url}`);
    if (platform === 'linkedin' && (posts.length > 1 || posts.some((p) => NUMBERING.test(p.text)))) add('linkedinNumbered', posts[0] as EditionPost, `${posts.length} posts`);
    if (platform === 'x' && posts[0] && norm(postBody(posts[0])) === norm(edition.headline)) add('bareHeadlineHook', posts[0]);
  }
  return findings;
}
