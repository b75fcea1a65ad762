// The hostile-input corpus (generated here, 69 cases: 65 in-process, 4 through the CLI; plus pages served over http): every case gives no
// stack trace, a clear one-line message, the documented exit code, and no markup from the input in any
// output unescaped. Most cases run in-process through the library (build(), digest()):
// a CrierError is exactly what the CLI prints as `crier: <toLine()>` with its exitCode (src/cli/run.ts),
// and anything else would be a bug with a stack trace. A few run the bundled CLI for what only it shows:
// exit 2 from the command line, the environment it reads, stderr without a stack trace, its warning
// lines, the extract command, a reader closing the pipe early (EPIPE), and a process that must not hang
// on a huge download.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build as buildEditions, type BuildOptions } from '../../src/build.js';
import { digest, type DigestArticleEvent, type DigestOptions } from '../../src/digest.js';
import { CrierError } from '../../src/errors.js';
import { parseHTML } from 'linkedom';
import { Lexer, type Token, type Tokens } from 'marked';
import { CLI, ROOT, tempDir } from '../helpers/paths.js';
import { runCli, type CliResult } from '../helpers/runCli.js';

/** What a case runs: a library call with the options the CLI would pass for its flags. */
type Run = { command: 'build'; options: BuildOptions } | { command: 'digest'; options: DigestOptions };

/** A run that ended: the error it threw (a CrierError is the one line the CLI prints), or its warnings. */
interface Outcome {
  error?: unknown;
  warnings: string[];
}

interface Case {
  name: string;
  /** Creates the input(s) in dir and returns what to run there. */
  make: (dir: string) => Run;
  code: 0 | 1 | 2;
  /** The line the CLI would print: `crier: ${error.toLine()}`. */
  message?: RegExp;
  /** What must (not) have happened in dir, e.g. no file written by code in the input. */
  after?: (dir: string, outcome: Outcome) => void;
}

/** A case for the bundled CLI. */
interface CliCase {
  name: string;
  make: (dir: string) => string[];
  code: 0 | 1 | 2;
  message?: RegExp;
  env?: NodeJS.ProcessEnv;
  after?: (dir: string, result: CliResult) => void;
}

const story = 'The council met on Monday and voted to fund the new ferry line between the market square and the islands. The first ferry is due in the autumn of 2027, officials said.';
const file = (dir: string, name: string, content: string | Buffer) => {
  writeFileSync(path.join(dir, name), content);
  return name;
};
const buildWith = (inputs: string[], options: Partial<BuildOptions>): Run => ({ command: 'build', options: { inputs, out: 'out', ...options } });
const build = (...inputs: string[]): Run => buildWith(inputs, {});
/** Front matter in a language that runs: it would write the file `ran` in the working folder. */
const runs = "{ title: (require('fs').writeFileSync('ran', 'x'), 'Pwned') }";
/** Markdown that would make links, an image, a list and a heading if it came through live. */
const mdAttack = 'See [Claim](javascript:alert(1)) and ![](https://tracker/p.gif), <https://evil.example>, www.evil.example and [ref].\n\n[ref]: https://evil.example\n- listed\n# Heading';
const notRun = (dir: string) => expect(existsSync(path.join(dir, 'ran')), 'the front matter ran').toBe(false);
const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

/** The cases run in-process. */
const cases: Case[] = [
  { name: 'empty file', make: (d) => build(file(d, 'a.txt', '')), code: 1, message: /a\.txt is empty/ },
  { name: 'whitespace only', make: (d) => build(file(d, 'a.txt', ' \n\t\n  \r\n')), code: 1, message: /a\.txt is empty/ },
  { name: 'binary file', make: (d) => build(file(d, 'a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))), code: 1, message: /not a text file/ },
  { name: 'a 50 MB file', make: (d) => build(file(d, 'a.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))), code: 1, message: /a\.txt is 50\.0 MB; crier reads articles up to 10\.0 MB/ },
  { name: 'invalid UTF-8', make: (d) => build(file(d, 'a.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xc3 : 0x28))))), code: 1, message: /is not UTF-8 text/ },
  { name: 'a few stray invalid bytes', make: (d) => build(file(d, 'a.txt', Buffer.concat([Buffer.from(`Title\n\n${story.repeat(5)}`), Buffer.from([0xff])]))), code: 0 },
  { name: 'UTF-16 without BOM', make: (d) => build(file(d, 'a.txt', Buffer.from(`Ferry news\n\n${story}`, 'utf16le'))), code: 0 },
  { name: 'UTF-16 with BOM', make: (d) => build(file(d, 'a.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Ferry news\n\n${story}`, 'utf16le')]))), code: 0 },
  { name: 'CRLF line ends', make: (d) => build(file(d, 'a.txt', `Ferry news\r\n\r\n${story}\r\n`)), code: 0 },
  { name: 'lone CR line ends', make: (d) => build(file(d, 'a.txt', `Ferry news\r\r${story}\r`)), code: 0 },
  { name: 'a NUL in the middle', make: (d) => build(file(d, 'a.txt', `Ferry news\n\nThe council\u0000 met. ${story}`)), code: 0 },
  { name: 'no title', make: (d) => build(file(d, 'a.txt', story)), code: 0 },
  { name: 'only boilerplate', make: (d) => build(file(d, 'a.txt', 'Leave a Reply\n\nSend this to a friend\n\nShare this\n')), code: 1, message: /has no article text/ },
  { name: 'only a headline', make: (d) => build(file(d, 'a.txt', 'Just a headline')), code: 1, message: /has no article text/ },
  { name: '10,000 paragraphs', make: (d) => build(file(d, 'a.txt', `Long story\n\n${Array.from({ length: 10000 }, (_, i) => `Paragraph ${i} says the council met again on day ${i}.`).join('\n\n')}`)), code: 0 },
  { name: 'one 100 KB word', make: (d) => build(file(d, 'a.txt', `Word\n\nThe word is ${'x'.repeat(100 * 1024)} and that is all.`)), code: 0 },
  { name: 'a 1,000-character title', make: (d) => build(file(d, 'a.txt', `${'Headline '.repeat(110)}\n\n${story}`)), code: 0 },
  { name: 'a title of punctuation only', make: (d) => build(file(d, 'a.txt', `!!! ??? ...\n\n${story}`)), code: 0 },
  { name: 'right-to-left text', make: (d) => build(file(d, 'a.txt', 'أخبار العبارة\n\nصوت المجلس يوم الاثنين على تمويل خط العبارة الجديد بين ساحة السوق والجزر. ومن المقرر أن تبدأ العبارة الأولى في خريف 2027.')), code: 0 },
  { name: 'mixed scripts', make: (d) => build(file(d, 'a.txt', `Ferry 渡し船 паром\n\n${story} 東京都は晴れです。 Москва сегодня. שלום עולם.`)), code: 0 },
  { name: 'emoji ZWJ sequences', make: (d) => build(file(d, 'a.txt', `Family day 👨‍👩‍👧‍👦\n\n${story} 🏳️‍🌈 👩🏽‍💻 🇫🇮 ${'👨‍👩‍👧‍👦'.repeat(200)}`)), code: 0 },
  { name: '<iframe> in HTML', make: (d) => build(file(d, 'a.html', `<html><body><article><p>${story}</p><iframe src="https://evil.example.com"></iframe><p>${story}</p></article></body></html>`)), code: 0 },
  { name: 'onerror= in HTML', make: (d) => build(file(d, 'a.html', `<html><body><article><p>${story}</p><img src="x" onerror="alert(1)"><p>${story} &lt;img src=x onerror=alert(2)&gt;</p></article></body></html>`)), code: 0 },
  { name: 'javascript: links in HTML', make: (d) => build(file(d, 'a.html', `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="javascript:alert(2)"></head><body><article><p>${story} <a href="javascript:alert(3)">click</a></p><p>${story}</p></article></body></html>`)), code: 0 },
  { name: '<script> in Markdown', make: (d) => build(file(d, 'a.md', `# Ferry\n\n${story}\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n`)), code: 0 },
  { name: 'javascript: link in Markdown', make: (d) => build(file(d, 'a.md', `---\ntitle: Ferry\nurl: "javascript:alert(1)"\n---\n${story} [click](javascript:alert(1)) ![x](javascript:alert(2))\n`)), code: 0 },
  { name: 'Handlebars syntax in the text', make: (d) => build(file(d, 'a.txt', `{{#each x}}{{> partial}}{{/each}}\n\n${story} {{constructor.constructor 'alert(1)'}} {{{raw}}}`)), code: 0 },
  { name: 'MJML syntax in the text', make: (d) => build(file(d, 'a.txt', `<mj-section>Ferry</mj-section>\n\n${story} </mj-text><mj-button href="https://evil.example.com">Click</mj-button><mj-raw><script>alert(1)</script></mj-raw>`)), code: 0 },
  { name: 'Markdown syntax in a text article', make: (d) => build(file(d, 'a.txt', `x [Claim](javascript:alert(1)) ![](https://tracker/p.gif)\n\n${mdAttack} ${story}\n\n${story} ${mdAttack}`)), code: 0 },
  { name: 'a title with a newline and # Heading', make: (d) => build(file(d, 'a.md', `---\ntitle: "Ferry\\n# Heading\\n- item\\n> quote"\nsource: "[Gazette](https://evil.example)"\n---\n${story}`)), code: 0 },
  {
    name: 'markup, scripts and javascript: links in a feed',
    make: (d) => ({
      command: 'digest',
      options: {
        inputs: [
          file(d, 'feed.rss', `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>&lt;b&gt;Evil&lt;/b&gt; Feed {{constructor}}</title><item><title>&lt;script&gt;alert(1)&lt;/script&gt; Ferry &lt;/mj-text&gt;&lt;mj-button href="https://evil.example"&gt;Click&lt;/mj-button&gt;</title><link>javascript:alert(1)</link><pubDate>Wed, 25 Nov 2026 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${story}</p><script>alert(2)</script><img src="x" onerror="alert(3)"><p>${story} ${story} ${story} ${story}</p><iframe src="https://evil.example"></iframe><p>${story} ${story}</p>]]></content:encoded></item></channel></rss>`),
        ],
        out: 'out',
      },
    }),
    code: 0,
  },
  {
    name: 'an entity bomb in a feed',
    make: (d) => ({ command: 'digest', options: { inputs: [file(d, 'feed.xml', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss version="2.0"><channel><title>&d;</title><item><title>Ferry &d;</title><description>${story} ${story} ${story} ${story} ${story} ${story} ${story} &d;</description></item></channel></rss>`)], out: 'out' } }),
    code: 0,
    after: (d) => expect(JSON.stringify(outputsOf(d))).not.toContain('aaaaaaaaaaaaaaaaaaaa'),
  },
  { name: 'Markdown syntax in the weekly edition', make: (d) => ({ command: 'digest', options: { inputs: [file(d, 'a.txt', `x [Claim](javascript:alert(1)) ![](https://tracker/p.gif)\n\n${mdAttack} ${story}`), file(d, 'b.md', `---\ntitle: "Ferry\\n# Heading"\ndate: 2026-11-20\n---\n${story}`)], out: 'out' } }), code: 0 },
  {
    name: 'a title that is a spreadsheet formula (schedule.csv)',
    make: (d) => buildWith([file(d, 'a.txt', `=HYPERLINK("https://evil.example","Click") @SUM(1+1)\n\n${story}`)], { schedule: { start: '2026-12-01 09:00', every: '1d', tz: 'UTC' } }),
    code: 0,
    after: (d) => {
      const [slug] = readdirSync(path.join(d, 'out')).filter((f) => f !== 'index.html');
      const csv = readFileSync(path.join(d, 'out', slug ?? '', 'schedule.csv'), 'utf8');
      const cells = csv.split('\r\n').filter(Boolean).flatMap((row) => row.slice(1, -1).split('","'));
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"",""Click"") @SUM(1+1)');
    },
  },
  { name: '--date on a day that does not exist', make: (d) => buildWith([file(d, 'a.txt', `Ferry\n\n${story}`)], { date: '2026-02-30' }), code: 2, message: /^crier: --date "2026-02-30" is not a date \(use YYYY-MM-DD, e.g\. --date 2026-12-01\)$/ },
  { name: '--every 999999999w', make: (d) => buildWith([file(d, 'a.txt', `Ferry\n\n${story}`)], { schedule: { start: '2026-12-01 09:00', every: '999999999w', tz: 'UTC' } }), code: 2, message: /^crier: --every "999999999w" is more than a year \(use at most 52w, 365d or 8760h\)$/ },
  { name: '--schedule-start at the end of the year 9999', make: (d) => buildWith([file(d, 'a.txt', `Ferry\n\n${story}`)], { schedule: { start: '9999-12-31 23:59', every: '1d', tz: 'UTC' } }), code: 2, message: /^crier: --schedule-start "9999-12-31 23:59" goes past the year 9999 \(choose an earlier start or a shorter --every\)$/ },
  { name: 'front matter that is not YAML', make: (d) => build(file(d, 'a.md', `---\ntitle: [unclosed\n  bad: : :\n---\n${story}`)), code: 1, message: /front matter is not valid YAML/ },
  { name: 'front matter marked ---js (code)', make: (d) => build(file(d, 'a.md', `---js\n${runs}\n---\n${story}`)), code: 1, message: /^crier: a\.md: front matter is marked "---js": crier reads front matter as YAML only and never runs it/, after: notRun },
  { name: 'front matter marked ---coffee', make: (d) => build(file(d, 'a.md', `---coffee\ntitle: 'Pwned'\n---\n${story}`)), code: 1, message: /a\.md: front matter is marked "---coffee"/ },
  { name: 'front matter that is a YAML bomb (aliases)', make: (d) => build(file(d, 'a.md', `---\n${laughs}\ntitle: Ferry\n---\n${story}`)), code: 1, message: /a\.md: front matter expands YAML aliases more than 50 times/ },
  { name: '1 MB of front matter', make: (d) => build(file(d, 'a.md', `---\ntitle: Ferry\n${Array.from({ length: 40_000 }, (_, i) => `k${i}: value number ${i}`).join('\n')}\n---\n${story}`)), code: 1, message: /a\.md: front matter is 1033 KB; crier reads front matter up to 64 KB/ },
  { name: 'front matter with a !!js/function tag (a string)', make: (d) => build(file(d, 'a.md', `---\ntitle: !!js/function "function () { return 'Pwned' }"\n---\n${story}`)), code: 0 },
  { name: 'front matter with odd types', make: (d) => build(file(d, 'a.md', `---\ntitle: [a, b]\ndate: 12\ntags: {a: 1}\nurl: 5\nauthor: null\nsource: true\n---\n${story}`)), code: 0 },
  { name: 'front matter with a date that is not a date', make: (d) => build(file(d, 'a.md', `---\ntitle: Ferry\ndate: next tuesday\n---\n${story}`)), code: 0 },
  {
    name: 'a symlink loop in the content folder',
    make: (d) => {
      mkdirSync(path.join(d, 'c'));
      file(d, 'c/a.txt', `Ferry\n\n${story}`);
      symlinkSync(path.join(d, 'c'), path.join(d, 'c', 'loop'));
      return build('c');
    },
    code: 0,
  },
  {
    name: 'a dangling symlink given as input',
    make: (d) => {
      symlinkSync(path.join(d, 'nowhere.txt'), path.join(d, 'a.txt'));
      return build('a.txt');
    },
    code: 1,
    message: /No such file or folder: a\.txt/,
  },
  {
    name: 'a FIFO given as input (would block forever)',
    make: (d) => {
      execFileSync('mkfifo', [path.join(d, 'a.txt')]);
      return build('a.txt');
    },
    code: 1,
    message: /a\.txt is not a regular file/,
  },
  {
    name: 'an unreadable file',
    make: (d) => {
      file(d, 'a.txt', `Ferry\n\n${story}`);
      chmodSync(path.join(d, 'a.txt'), 0o000);
      // Root reads it anyway; then a folder named like an article stands in for "cannot read".
      return process.getuid?.() === 0 ? build(...[(mkdirSync(path.join(d, 'b.txt', 'x'), { recursive: true }), 'b.txt/x')]) : build('a.txt');
    },
    code: 1,
    message: /permission denied|No articles in folder/,
  },
  { name: 'an HTML page with no article', make: (d) => build(file(d, 'a.html', '<html><body><script>x()</script><nav><a href="/">Home</a></nav></body></html>')), code: 1, message: /has no article/ },
  { name: 'HTML nested 20,000 deep', make: (d) => build(file(d, 'a.html', `<html><body>${'<div>'.repeat(20000)}<p>${story}</p><p>${story}</p>${'</div>'.repeat(20000)}</body></html>`)), code: 1, message: /nested more than 1500 elements deep/ },
  { name: 'HTML nested 500 deep (still read)', make: (d) => build(file(d, 'a.html', `<html><body>${'<div>'.repeat(500)}<p>${story}</p><p>${story}</p>${'</div>'.repeat(500)}</body></html>`)), code: 0 },
  { name: 'a <meta charset> that is not an encoding', make: (d) => build(file(d, 'a.html', `<html><head><meta charset="x-klingon"></head><body><p>${story}</p></body></html>`)), code: 1, message: /encoding crier does not know/ },
  { name: 'a page that claims UTF-16 but is UTF-8', make: (d) => build(file(d, 'a.html', `<html><head><meta charset="utf-16"></head><body><article><h1>Café</h1><p>${story}</p><p>${story}</p></article></body></html>`)), code: 0 },
  { name: 'a missing input', make: () => build('missing.txt'), code: 1, message: /No such file or folder: missing\.txt/ },
  { name: '--out /', make: (d) => buildWith([file(d, 'a.txt', `Ferry\n\n${story}`)], { out: '/' }), code: 2, message: /Refusing --out \/: it is the root of the file system/ },
  { name: '--out the project folder', make: (d) => buildWith([file(d, 'a.txt', `Ferry\n\n${story}`)], { out: '.' }), code: 2, message: /Refusing --out \.: it is a project folder/ },
  {
    name: '--out a parent of the inputs',
    make: (d) => {
      mkdirSync(path.join(d, 'week', 'in'), { recursive: true });
      file(d, 'week/in/a.txt', `Ferry\n\n${story}`);
      return buildWith(['week/in'], { out: 'week' });
    },
    code: 2,
    message: /Refusing --out week: it contains the input week\/in\/a\.txt/,
  },
  { name: '--out .. with stdin input', make: () => buildWith(['-'], { out: '..', stdin: Readable.from([]) }), code: 2, message: /Refusing --out \.\.: it contains the working folder/ },
  {
    name: '--out a symlink to the input folder',
    make: (d) => {
      mkdirSync(path.join(d, 'in'));
      file(d, 'in/a.txt', `Ferry\n\n${story}`);
      symlinkSync(path.join(d, 'in'), path.join(d, 'link'));
      return buildWith(['in'], { out: 'link' });
    },
    code: 2,
    message: /Refusing --out link: it contains the input in\/a\.txt/,
  },
  { name: 'a newsletter.from without @ (an .eml without From:)', make: (d) => (file(d, 'crier.config.json', JSON.stringify({ newsletter: { from: 'The Brief' } })), build(file(d, 'a.txt', `Ferry\n\n${story}`))), code: 1, message: /^crier: Invalid configuration: crier\.config\.json: newsletter\.from: must be one email address, e\.g\. "The Brief <newsletter@example\.com>" \(fix crier\.config\.json\)$/ },
  { name: 'a config that tries to inject CSS', make: (d) => (file(d, 'crier.config.json', JSON.stringify({ newsletter: { fontFamily: 'x;}</style><script>alert(1)</script>', brandColor: 'red;background:url(x)' } })), build(file(d, 'a.txt', `Ferry\n\n${story}`))), code: 1, message: /^(?=.*Invalid configuration: )(?=.*fontFamily)(?=.*brandColor)/ },
  { name: 'a <script> headline (card.png draws it as characters)', make: (d) => build(file(d, 'a.md', `# <script>alert(1)</script> Ferry line funded\n\n${story}`)), code: 0 },
  { name: 'a cards.logo that is not an image', make: (d) => (file(d, 'crier.config.json', JSON.stringify({ cards: { logo: 'logo.png' } })), file(d, 'logo.png', '<script>alert(1)</script>'), build(file(d, 'a.txt', `Ferry\n\n${story}`))), code: 1, message: /cards\.logo logo\.png: not a readable PNG file/ },
  { name: 'a cards.baseUrl that is a script URL', make: (d) => (file(d, 'crier.config.json', JSON.stringify({ cards: { baseUrl: 'javascript:alert(1)//', leadImage: true } })), build(file(d, 'a.txt', `Ferry\n\n${story}`))), code: 1, message: /cards\.baseUrl: must be an absolute https URL/ },
];

/** The cases the bundled CLI runs (the rest of the corpus is above, in-process). */
const cliCases: CliCase[] = [
  // The environment the process reads.
  { name: 'SOURCE_DATE_EPOCH past the year 9999', make: (d) => ['build', file(d, 'a.txt', `Ferry\n\n${story}`), '-o', 'out'], env: { SOURCE_DATE_EPOCH: '99999999999999' }, code: 2, message: /^crier: SOURCE_DATE_EPOCH "99999999999999" is not a time crier can use \(set it to whole seconds since 1970/ },
  // A warning as the CLI prints it, and the file it describes.
  {
    name: '--schedule-start in a DST gap (moved, and said so)',
    make: (d) => ['build', file(d, 'a.txt', `Ferry\n\n${story}`), '-o', 'out', '--schedule-start', '2026-03-29 03:30', '--tz', 'Europe/Helsinki', '--no-cards'],
    code: 0,
    after: (d, result) => {
      expect(result.stderr).toContain('warning: schedule: 2026-03-29 03:30 does not exist in Europe/Helsinki (the clocks go forward then); the slot is at 2026-03-29 04:30 instead');
      const [slug] = readdirSync(path.join(d, 'out')).filter((f) => f !== 'index.html');
      expect(readFileSync(path.join(d, 'out', slug ?? '', 'schedule.csv'), 'utf8')).toContain('"2026-03-29","04:30"');
    },
  },
  // Code in front matter: refused in one line on stderr, never run, by extract (by build: in-process, above).
  { name: 'front matter marked ---javascript, via extract', make: (d) => ['extract', file(d, 'a.md', `---javascript\n${runs}\n---\n${story}`)], code: 1, message: /a\.md: front matter is marked "---javascript"/, after: notRun },
  // The bundled build of a hostile page (the lean bundle renders the same escaped output; cards of
  // hostile text are drawn in-process above).
  { name: '<script> in HTML', make: (d) => ['build', file(d, 'a.html', `<html><body><article><h1>Ferry</h1><p>${story}</p><script>alert(1)</script><p>${story}</p></article></body></html>`), '-o', 'out', '--no-cards'], code: 0 },
];

/** Markup that came from the article and is live: elements, event handlers, script URLs. */
function liveMarkup(name: string, content: string): string[] {
  if (name.endsWith('.html')) {
    const { document } = parseHTML(content);
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'form'].includes(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (/^(href|src|action)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
      if (tag === 'img' && !/^https:\/\//.test(el.getAttribute('src') ?? '')) found.push(`img[src=${el.getAttribute('src')}]`);
    }
    return found;
  }
  // Markdown is rendered as HTML by most viewers: no raw tag may come through, and marked makes no
  // link, image, heading or list that the template did not.
  const raw = content.match(/<(script|iframe|img|object|embed|mj-[a-z]+)\b/gi) ?? [];
  return [...raw, ...liveMarkdown(name, content)];
}

// The templates' own headings, in every language crier speaks (templates/locales/*.json).
const CATALOGUES = readdirSync(path.join(ROOT, 'templates/locales')).map((f) => JSON.parse(readFileSync(path.join(ROOT, 'templates/locales', f), 'utf8')) as Record<string, unknown>);
const WEEK_HEADINGS = new Set(CATALOGUES.flatMap((c) => [c.weekInBrief, c.bigPicture]));
const TEMPLATE_HEADINGS = [/^\d+\/\d+ · \d+\/\d+( · [^\n]+)?$/, /^(X|Bluesky|Mastodon|Threads|LinkedIn) — /, { test: (text: string) => WEEK_HEADINGS.has(text) }];

function liveMarkdown(name: string, content: string): string[] {
  const found: string[] = [];
  let h1 = 0;
  const walk = (tokens: Token[], depth: number) => {
    for (const t of tokens) {
      // The one image the template makes is a card of the edition, beside thread.md.
      const card = t.type === 'image' && /^(card|quote-card)\.png$/.test((t as Tokens.Image).href);
      if (t.type === 'html' || (t.type === 'image' && !card) || t.type === 'blockquote' && !/^> [“„«「"”]/.test(t.raw)) found.push(`${t.type}: ${t.raw.slice(0, 60)}`);
      // The template's links are bare URLs (autolinks): their text is their address.
      if (t.type === 'link' && (!/^https?:\/\//.test((t as Tokens.Link).href) || (t as Tokens.Link).text !== (t as Tokens.Link).href)) found.push(`link: ${t.raw}`);
      if (t.type === 'list' && depth > 0) found.push(`nested list: ${t.raw.slice(0, 60)}`);
      if (t.type === 'heading') {
        if ((t as Tokens.Heading).depth === 1) h1++;
        else if (!TEMPLATE_HEADINGS.some((re) => re.test((t as Tokens.Heading).text))) found.push(`heading: ${t.raw.trim()}`);
      }
      const children = [...((t as { tokens?: Token[] }).tokens ?? []), ...((t as { items?: { tokens: Token[] }[] }).items ?? []).flatMap((i) => i.tokens)];
      walk(children, depth + (t.type === 'list' ? 1 : 0));
    }
  };
  walk(new Lexer({ gfm: true }).lex(content), 0);
  if (h1 !== 1) found.push(`${name}: ${h1} top-level headings`);
  return found;
}

function outputsOf(dir: string): Record<string, string> {
  const out = path.join(dir, 'out');
  const files: Record<string, string> = {};
  if (!existsSync(out)) return files;
  for (const slug of readdirSync(out)) {
    const folder = path.join(out, slug);
    if (!statSync(folder).isDirectory()) continue;
    for (const f of readdirSync(folder)) if (!f.endsWith('.png')) files[`${slug}/${f}`] = readFileSync(path.join(folder, f), 'utf8');
  }
  return files;
}

/** Runs a case in this process, as the CLI would with its flags. */
async function runInProcess(run: Run, cwd: string): Promise<Outcome> {
  try {
    if (run.command === 'digest') {
      const result = await digest({ ...run.options, cwd, env: process.env });
      return { warnings: result.warnings.map((w) => w.message) };
    }
    const result = await buildEditions({ ...run.options, cwd, env: process.env });
    return { warnings: result.warnings.map((w) => w.message) };
  } catch (error) {
    return { error, warnings: [] };
  }
}

/** The files an edition folder in dir/out holds: no markup from the input may be live in them. */
function expectNoLiveMarkup(dir: string): void {
  const files = outputsOf(dir);
  expect(Object.keys(files).length).toBeGreaterThan(10);
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('.html') && !name.endsWith('.md')) continue; // JSON, text and .eml are data, not rendered markup
    expect(liveMarkup(name, content), name).toEqual([]);
  }
}

describe('hostile inputs (in-process)', () => {
  it('has at least 40 cases', () => expect(cases.length + cliCases.length).toBeGreaterThanOrEqual(40));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = tempDir('crier-hostile-');
    const outcome = await runInProcess(c.make(dir), dir);
    if (c.code === 0) expect(outcome.error).toBeUndefined();
    c.after?.(dir, outcome);
    if (c.code !== 0) {
      // A CrierError is one line without a stack trace in the CLI; any other error is a bug.
      expect(outcome.error).toBeInstanceOf(CrierError);
      const error = outcome.error as CrierError;
      expect(error.exitCode, error.toLine()).toBe(c.code);
      const line = `crier: ${error.toLine()}`;
      expect(line).not.toContain('\n');
      if (c.message) expect(line).toMatch(c.message);
      expect(existsSync(path.join(dir, 'out'))).toBe(false);
      return;
    }
    expectNoLiveMarkup(dir);
  });
});

describe.concurrent('hostile inputs (the bundled CLI)', () => {
  it.each(cliCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = tempDir('crier-hostile-');
    const args = c.make(dir);
    const result = await runCli(args, { cwd: dir, ...(c.env ? { env: c.env } : {}) });
    expect(result.code, result.stderr).toBe(c.code);
    expect(result.stderr).not.toMatch(/\n\s+at |bug in crier/);
    c.after?.(dir, result);
    if (c.code !== 0) {
      const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('✔') && !l.startsWith('warning:'));
      expect(lines).toHaveLength(1);
      if (c.message) expect(lines[0]).toMatch(c.message);
      expect(existsSync(path.join(dir, 'out'))).toBe(false);
      return;
    }
    expectNoLiveMarkup(dir);
  });
});

describe('a reader that closes the pipe early (crier extract long.txt | head)', () => {
  it('ends crier quietly: exit 0, nothing on stderr', async () => {
    const dir = tempDir('crier-hostile-');
    // About 550 KB of text: far more than a pipe holds, so crier is still writing when the pipe closes.
    file(dir, 'long.txt', `Long story\n\n${Array.from({ length: 10000 }, (_, i) => `Paragraph ${i} says the council met again on day ${i}.`).join('\n\n')}`);
    const child = spawn(process.execPath, [CLI, 'extract', 'long.txt'], { cwd: dir, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('hostile pages served over http', () => {
  let server: Server;
  let base = '';
  /** For each /huge request: ms from the request to the client closing the connection. */
  const hugeClosedAfter: number[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/evil.md') {
        res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
        res.end(`---js\n${runs}\n---\n${story}`);
      } else if (req.url === '/huge') {
        // Declares 1 GB and sends nothing more: only the client can end this connection.
        const started = performance.now();
        req.socket.on('close', () => hugeClosedAfter.push(performance.now() - started));
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1024 ** 3) });
        res.flushHeaders();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('a URL served as text/markdown goes the same way: ---js front matter is refused, not run', async () => {
    const dir = tempDir('crier-hostile-');
    const result = await runCli(['extract', `${base}/evil.md`], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^crier: http:\/\/127\.0\.0\.1:\d+\/evil\.md: front matter is marked "---js": crier reads front matter as YAML only and never runs it \(/);
    notRun(dir);
    // The weekly edition reads it through the library: the article could not be read, said why, and
    // with no story left the run fails (exit 1).
    const events: DigestArticleEvent[] = [];
    const weekly = await digest({ inputs: [`${base}/evil.md`], out: 'out', cwd: dir, env: process.env, onArticle: (e) => events.push(e) }).catch((error: unknown) => error);
    expect(weekly).toBeInstanceOf(CrierError);
    expect((weekly as CrierError).exitCode).toBe(1);
    expect(events.map((e) => `${e.status}: ${e.detail}`)).toEqual([expect.stringMatching(/^failed: .*front matter is marked "---js"/)]);
    notRun(dir);
  });

  it('a page that declares a huge Content-Length is refused and the connection closed at once', async () => {
    const result = await runCli(['extract', `${base}/huge`], { cwd: tempDir('crier-hostile-') });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^crier: http:\/\/127\.0\.0\.1:\d+\/huge is larger than 10 MB \(crier reads single articles, not archives\)$/);
    // Timed at the server, from the request to the close, so start-up time does not count. Without
    // cancelling the body the connection stayed open until a garbage collection ~8 s later (and
    // the process with it); with it, the close follows the headers within milliseconds.
    await vi.waitFor(() => expect(hugeClosedAfter).toHaveLength(1));
    expect(hugeClosedAfter[0]).toBeLessThan(4000);
  }, 30_000);
});
