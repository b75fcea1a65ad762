// The seed article as an Edition (all stages before render), for the card tests.
import { analyze } from '../../src/analyze/analyze.js';
import { composeEdition } from '../../src/compose/composeEdition.js';
import { DEFAULT_CONFIG, type CrierConfig } from '../../src/config/defaults.js';
import { ExtractiveSummarizer } from '../../src/summarize/extractive.js';
import type { Article, Edition } from '../../src/types.js';
import { articleFromFile } from './articles.js';
import { SEED } from './paths.js';

export async function editionOf(article: Article, config: CrierConfig = DEFAULT_CONFIG): Promise<Edition> {
  const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 4 });
  return composeEdition(article, summary, { config });
}

export const seedEdition = () => editionOf(articleFromFile(SEED));
