import { describe, expect, it } from 'vitest';
import { stampOrCaption } from '../../../src/text/stamps.js';

describe('stampOrCaption', () => {
  it.each([
    ['Nov. 20, 2019, 9:28 AM UTC', 'timestamp'],
    ['Updated 10:32 AM ET', 'timestamp'],
    ['Gina Yarbrough sent this picture of the road near her home.', 'caption'],
    ['An artist’s illustration of a plume of water vapor.', 'caption'],
    ['Opinion Columnist', 'byline'],
    ['Reporting by Jane Doe; Editing by John Roe', 'end matter'],
    ['Originally published on Live Science.', 'end matter'],
    ['Join our Space Forums to keep talking space on the latest missions.', 'invitation'],
    ['Copyright ⓒ 2019 Example Corp.', 'end matter'],
    ['Photograph: Jane Doe/Getty Images', 'credit'],
  ])('%s is %s', (line, reason) => {
    expect(stampOrCaption(line)).toBe(reason);
  });
  // False positives fixed: a sentence that starts with "Posted" or names a staff writer is story text.
  it('does not take a sentence that starts with "Posted" or names a staff writer for a stamp or byline', () => {
    expect(stampOrCaption('Posted on social media by the performance analysts at Digital Foundry, the port is not smooth.')).toBeUndefined();
    expect(stampOrCaption('Snopes fact checker and staff writer David Emery posted to Twitter asking a question.')).toBeUndefined();
    expect(stampOrCaption('By GREG BEACHAM, AP Sports Writer')).toBe('byline');
  });

  it('lets article sentences through', () => {
    for (const s of ['The council met at 9:30 on Monday.', 'Reporters asked the mayor about it.', 'The photo shows nothing new, he said.']) expect(stampOrCaption(s), s).toBeUndefined();
  });
});
