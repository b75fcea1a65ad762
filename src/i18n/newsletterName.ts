// The words a newsletter says about itself. A user who set them in the config gets theirs; the
// defaults come from the locale catalogue, so a German edition is "Das Briefing", not "The Brief".
import { DEFAULT_CONFIG, type CrierConfig } from '../config/defaults.js';
import { t } from './t.js';

/** The newsletter's name: config newsletter.name when the user set one, else the catalogue's
 * default name in the edition's language ("The Brief", "Das Briefing", "Le Brief"…). */
export function newsletterName(config: CrierConfig, lang: string): string {
  return config.newsletter.name === DEFAULT_CONFIG.newsletter.name ? t(lang, 'newsletterName') : config.newsletter.name;
}

/** The footer line: config newsletter.footer when the user set one, else the catalogue's. */
export function footerText(config: CrierConfig, lang: string): string {
  return config.newsletter.footer === DEFAULT_CONFIG.newsletter.footer ? t(lang, 'footer') : config.newsletter.footer;
}
