import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { composeEdition } from '../../../src/compose/composeEdition.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import { articleFromFile } from '../../helpers/articles.js';
import { SEED } from '../../helpers/paths.js';

describe('composeEdition', () => {
  it('never shows a blocklisted word as a keyword or hashtag (config keywords.blocklist)', async () => {
    const article = articleFromFile(SEED);
    const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 4 });
    expect(summary.keywords).toContain('Trump');
    const config = { ...DEFAULT_CONFIG, keywords: { blocklist: ['#trump'] } };
    const edition = composeEdition(article, summary, { config });
    expect(edition.brief.keywords).not.toContain('Trump');
    const posts = edition.threads.flatMap((t) => t.posts.map((p) => p.text)).join('\n');
    expect(posts).not.toMatch(/#Trump\b/);
    expect(posts).toMatch(/#Putin\b/);
  });
});
