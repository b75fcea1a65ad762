// Fuzzing the extract -> analyze -> summarize -> compose (threads, newsletter, brief) path with
// fast-check: arbitrary text in any format never throws anything but a CrierError. Bounded here;
// `npm run fuzz` runs many more cases (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { composeEdition } from '../../src/compose/composeEdition.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { CrierError } from '../../src/errors.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { ExtractiveSummarizer } from '../../src/summarize/extractive.js';
import { loaded } from '../helpers/articles.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\n', '\n\n', '\r\n', '\r', '---\n', '# ', '“', '”', '"', ' said Putin.', 'Dr. ', 'U.S. ', '?', '<script>', '</mj-text>', '{{x}}', '*|UNSUB|*', 'https://example.com/a', '@user', '#tag', '👨‍👩‍👧‍👦', '東京', 'مرحبا', '\u0000', '\u200b', 'Leave a Reply'),
);
const noise = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
// Half the cases wrap the noise in an article, so the whole path (not only the refusals) is fuzzed.
const document = fc.oneof(
  noise,
  fc.tuple(noise, noise).map(([a, b]) => `Council news ${a}\n\nThe council met on Monday to discuss the ferry. ${a} The vote was close. ${b}\n\nMore followed ${b}.`),
);
const format = fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>;

describe('fuzz: extract -> summarize -> compose', () => {
  it(`never throws anything but a CrierError (${RUNS} runs)`, async () => {
    let editions = 0;
    await fc.assert(
      fc.asyncProperty(document, format, async (text, fmt) => {
        let article;
        try {
          article = extractArticle(loaded(text, fmt)).article;
        } catch (error) {
          expect(error).toBeInstanceOf(CrierError);
          return;
        }
        const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 });
        const edition = composeEdition(article, summary, { config: DEFAULT_CONFIG });
        for (const thread of edition.threads) for (const post of thread.posts) expect(post.ok, `${thread.platform}: ${post.text}`).toBe(true);
        expect(edition.slug).toMatch(/^[a-z0-9-]{1,60}$/);
        editions++;
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 4242) },
    );
    // The property must be exercised, not only refused at extraction.
    expect(editions).toBeGreaterThan(RUNS / 3);
  }, 120_000);
});
