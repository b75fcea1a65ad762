import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { resolveConfig } from '../../../src/config/resolveConfig.js';
import { configSchema, crierConfigSchema } from '../../../src/config/schema.js';

describe('resolveConfig', () => {
  it('gives the defaults without a file', () => {
    expect(resolveConfig(undefined, 'crier.config.json')).toEqual({ config: DEFAULT_CONFIG, errors: [] });
  });

  it('merges the file under the flags', () => {
    const { config } = resolveConfig(
      { newsletter: { name: 'Weekly', brandColor: '#ff0000' }, platforms: ['x'], summary: { sentences: 5 } },
      'c.json',
      { sentences: 2 },
    );
    expect(config.newsletter.name).toBe('Weekly');
    expect(config.newsletter.from).toBe(DEFAULT_CONFIG.newsletter.from);
    expect(config.platforms).toEqual(['x']);
    expect(config.summary.sentences).toBe(2);
  });

  it('takes thread.link (last, first, reply) and the hashtag counts, and says what is wrong with them', () => {
    expect(DEFAULT_CONFIG.thread).toMatchObject({ link: 'last', hashtags: 2, linkedinHashtags: 3 });
    expect(resolveConfig({ thread: { link: 'reply', linkedinHashtags: 1 } }, 'c.json').config.thread).toMatchObject({ link: 'reply', hashtags: 2, linkedinHashtags: 1 });
    const { errors } = resolveConfig({ thread: { link: 'middle', hashtags: 3, linkedinHashtags: 4 } }, 'c.json');
    expect(errors.join('\n')).toMatch(/thread\.link: must be one of "last", "first", "reply"/);
    expect(errors.join('\n')).toMatch(/thread\.hashtags: .*2/);
    expect(errors.join('\n')).toMatch(/thread\.linkedinHashtags: .*3/);
  });

  it('reports every problem at once, with where it is', () => {
    const { errors } = resolveConfig(
      { newsletter: { brandColor: 'red', siteUrl: 'ftp://x' }, platforms: ['x', 'myspace'], colour: 1 },
      'crier.config.json',
    );
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).toMatch(/newsletter\.brandColor: must be a hex colour/);
    expect(errors.join('\n')).toMatch(/newsletter\.siteUrl: must be an absolute http\(s\) URL/);
    expect(errors.join('\n')).toMatch(/platforms\.1: must be one of "x"/);
    expect(errors.join('\n')).toMatch(/unknown key "colour"/);
  });

  it('refuses a newsletter.from that is not one email address (the .eml had no From: header)', () => {
    for (const from of ['The Brief', 'newsletter(at)example.com', 'a@b.example, c@d.example', 'Team: a@b.example;', 'x <a@>', 'a@b.example\r\nBcc: victim@example.com', '']) {
      const { errors } = resolveConfig({ newsletter: { from } }, 'crier.config.json');
      expect(errors, from).toEqual(['crier.config.json: newsletter.from: must be one email address, e.g. "The Brief <newsletter@example.com>"']);
    }
    for (const from of ['The Brief <newsletter@example.com>', 'news@example.com', '"Brief, The" <news@example.com>', 'Ünï <ü@bü.de>']) {
      expect(resolveConfig({ newsletter: { from } }, 'crier.config.json').errors, from).toEqual([]);
    }
  });
});

describe('the config schema (one declaration for the file and the CrierConfig type)', () => {
  it('accepts the defaults as a whole configuration, and a configuration merged from a file', () => {
    expect(crierConfigSchema.safeParse(DEFAULT_CONFIG).success).toBe(true);
    const { config } = resolveConfig({ newsletter: { siteUrl: 'https://example.com' }, utm: {}, theme: 'minimal' }, 'crier.config.json');
    expect(crierConfigSchema.safeParse(config).success).toBe(true);
  });

  it('still refuses unknown keys inside a section of the file', () => {
    const result = configSchema.safeParse({ newsletter: { nmae: 'Weekly' } });
    expect(result.success).toBe(false);
  });
});

