import { describe, expect, it } from 'vitest';
import { firstMention } from '../../../src/analyze/speakers.js';

const seed = 'Russian President Vladimir Putin and US National Security Adviser John Bolton met. Putin and Trump should agree, said Sergei Karaganov, a former Kremlin foreign policy adviser. Russell Moore, an evacuated homeowner, said the fire came fast.';

describe('firstMention (speakers credited as “— Moore” instead of their full name and role)', () => {
  it('gives the full name and the title before it', () => {
    expect(firstMention('Putin', seed)).toEqual({ name: 'Vladimir Putin', role: 'Russian President' });
    expect(firstMention('Bolton', seed)).toEqual({ name: 'John Bolton', role: 'US National Security Adviser' });
  });
  it('gives the role from an apposition after the name', () => {
    expect(firstMention('Karaganov', seed)).toEqual({ name: 'Sergei Karaganov', role: 'former Kremlin foreign policy adviser' });
    expect(firstMention('Moore', seed)).toEqual({ name: 'Russell Moore', role: 'evacuated homeowner' });
  });
  it('keeps a speaker it cannot find as it is', () => {
    expect(firstMention('Smith', seed)).toEqual({ name: 'Smith' });
  });
});

describe('firstMention when the headline names the speaker first', () => {
  it('takes the first mention with a full name, not the headline’s surname', () => {
    const text = 'Esper accuses China of intimidating smaller Asian nations\n\nU.S. Defense Secretary Mark Esper on Wednesday accused China.';
    expect(firstMention('Esper', text)).toEqual({ name: 'Mark Esper', role: 'U.S. Defense Secretary' });
  });
});

describe('firstMention: a job in lower case before the name', () => {
  it('credits "Zabihullah Mujahid, Taliban spokesman" (the role was left out)', () => {
    const text = 'The group claimed the attack. Taliban spokesman Zabihullah Mujahid said the helicopter was shot down. Mujahid added more.';
    expect(firstMention('Mujahid', text)).toEqual({ name: 'Zabihullah Mujahid', role: 'Taliban spokesman' });
  });
});
