// Front matter is YAML data, never code (gray-matter evaluated `---js` blocks): hostile blocks give
// one clear error, quickly.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/extract/frontMatter.js';
import { tempDir } from '../../helpers/paths.js';

const body = 'The council met on Monday.';

describe('splitFrontMatter', () => {
  it('reads a YAML block and returns the Markdown after it', () => {
    expect(splitFrontMatter(`---\ntitle: Ferry\ntags: [a, b]\n---\n${body}`, 'a.md')).toEqual({ data: { title: 'Ferry', tags: ['a', 'b'] }, content: body });
    expect(splitFrontMatter(`\uFEFF---yaml\r\ntitle: Ferry\r\n---\r\n${body}`, 'a.md')).toEqual({ data: { title: 'Ferry' }, content: body });
    expect(splitFrontMatter(`---\n---\n${body}`, 'a.md')).toEqual({ data: {}, content: body });
  });

  it('leaves text without front matter, and a ---- rule, alone', () => {
    expect(splitFrontMatter(body, 'a.md')).toEqual({ data: {}, content: body });
    expect(splitFrontMatter(`----\n${body}\n----\n`, 'a.md').data).toEqual({});
  });

  it.each(['js', 'javascript', 'coffee', 'JS', ' javascript ', 'toml'])('refuses front matter marked ---%s without running it', (tag) => {
    const marker = path.join(tempDir(), 'ran');
    const code = `{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Pwned') }`;
    expect(() => splitFrontMatter(`---${tag}\n${code}\n---\n${body}`, 'evil.md')).toThrow(/^evil\.md: front matter is marked "---\w+": crier reads front matter as YAML only and never runs it$/);
    expect(existsSync(marker)).toBe(false);
  });

  it('keeps unknown YAML tags as plain strings (no functions, no classes)', () => {
    const { data } = splitFrontMatter(`---\ntitle: !!js/function "function () { return 1 }"\nx: !!js/undefined ''\n---\n${body}`, 'a.md');
    expect(data).toEqual({ title: 'function () { return 1 }', x: '' });
  });

  it('refuses a YAML bomb (billion laughs) quickly, with one line', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(() => splitFrontMatter(`---\n${levels.join('\n')}\n---\n${body}`, 'bomb.md')).toThrow(/^bomb\.md: front matter expands YAML aliases more than 50 times/);
  });

  it('refuses 1 MB of front matter before parsing it', () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `k${i}: value number ${i}`).join('\n');
    expect(() => splitFrontMatter(`---\ntitle: x\n${big}\n---\n${body}`, 'big.md')).toThrow(/^big\.md: front matter is 1033 KB; crier reads front matter up to 64 KB$/);
  });

  it('names the line of a YAML error and a missing closing line', () => {
    expect(() => splitFrontMatter(`---\ntitle: Ferry\nbad: a: b\n---\n${body}`, 'bad.md')).toThrow(/^bad\.md: front matter is not valid YAML at line 3: Nested mappings are not allowed in compact mappings$/);
    expect(() => splitFrontMatter(`---\ntitle: Ferry\n\n${body}`, 'open.md')).toThrow(/^open\.md: front matter has no closing --- line$/);
  });
});
