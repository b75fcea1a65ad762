import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSpeaker } from '../../../src/cards/speaker.js';
import { SEED } from '../../helpers/paths.js';

const seed = readFileSync(SEED, 'utf8');

describe('the speaker on a quote card', () => {
  it('finds the full name and the title before it', () => {
    expect(describeSpeaker('Putin', seed)).toEqual({ name: 'Vladimir Putin', role: 'Russian President' });
    expect(describeSpeaker('Bolton', seed)).toEqual({ name: 'John Bolton', role: 'US National Security Adviser' });
  });

  it('takes the role from an apposition after the name', () => {
    expect(describeSpeaker('Sergei Karaganov', seed)).toEqual({ name: 'Sergei Karaganov', role: 'former Kremlin foreign policy adviser' });
  });

  it('gives the name alone when the article does not say who it is', () => {
    expect(describeSpeaker('Virtanen', 'Anna Virtanen opened the meeting. “We will build it,” Virtanen said.')).toEqual({ name: 'Anna Virtanen' });
    expect(describeSpeaker('Virtanen', 'When Virtanen spoke, the room was quiet.')).toEqual({ name: 'Virtanen' });
  });
});
