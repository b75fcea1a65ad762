// What every card of a run shares, read once when the run starts (the I/O end): the brand (name,
// colour, logo file), where system fonts are, and the folder of cards already drawn.
import path from 'node:path';
import type { CrierConfig } from '../config/defaults.js';
import type { CardBrand } from './cardTypes.js';
import { loadLogo } from './logo.js';
import { fontDirs } from './systemFonts.js';

export interface CardContext {
  brand: CardBrand;
  fontDirs: string[];
  /** .crier-cache/cards of the working folder; absent with --no-cache. */
  cacheDir?: string;
  /** Where the output folder is published (cards.baseUrl), without a trailing slash. */
  baseUrl?: string;
  leadImage: boolean;
  quote: boolean;
}

/** undefined when cards are off (config `cards: false` or --no-cards). */
export async function loadCardContext(config: CrierConfig, options: { cwd: string; env: NodeJS.ProcessEnv; enabled?: boolean; cache?: boolean }): Promise<CardContext | undefined> {
  if (options.enabled === false || !config.cards.enabled) return undefined;
  const brand: CardBrand = { name: config.newsletter.name, color: config.newsletter.brandColor };
  if (config.cards.logo) brand.logo = await loadLogo(config.cards.logo, options.cwd);
  const dirs = fontDirs(options.env);
  return {
    brand,
    fontDirs: dirs,
    ...(options.cache === false ? {} : { cacheDir: path.join(options.cwd, '.crier-cache', 'cards') }),
    ...(config.cards.baseUrl ? { baseUrl: config.cards.baseUrl.replace(/\/+$/, '') } : {}),
    leadImage: config.cards.leadImage,
    quote: config.cards.quote,
  };
}

/** The published address of a card: `${baseUrl}/<slug>/card.png`. */
export function cardUrl(context: CardContext, slug: string, file: string): string | undefined {
  return context.baseUrl ? `${context.baseUrl}/${encodeURIComponent(slug)}/${file}` : undefined;
}
