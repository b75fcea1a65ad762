import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolveConfig.js';

describe('config: cards', () => {
  it('is on by default, with quote cards and no lead image', () => {
    expect(resolveConfig({}, 'crier.config.json').config.cards).toEqual({ enabled: true, leadImage: false, quote: true });
  });

  it('turns off with cards: false', () => {
    expect(resolveConfig({ cards: false }, 'crier.config.json').config.cards.enabled).toBe(false);
  });

  it('takes a logo file, a base URL and the lead image switch', () => {
    const { config, errors } = resolveConfig({ cards: { logo: 'brand/logo.png', baseUrl: 'https://news.example.com/out/', leadImage: true } }, 'crier.config.json');
    expect(errors).toEqual([]);
    expect(config.cards).toEqual({ enabled: true, logo: 'brand/logo.png', baseUrl: 'https://news.example.com/out/', leadImage: true, quote: true });
  });

  it('refuses a base URL that is not https and a logo that is not an image file', () => {
    const { errors } = resolveConfig({ cards: { baseUrl: 'http://news.example.com', logo: 'logo.gif', size: 2 } }, 'crier.config.json');
    expect(errors.join('\n')).toMatch(/cards\.baseUrl: must be an absolute https URL/);
    expect(errors.join('\n')).toMatch(/cards\.logo: must be a \.png, \.jpg or \.svg file/);
    expect(errors.join('\n')).toMatch(/cards: unknown key "size"/);
  });
});
