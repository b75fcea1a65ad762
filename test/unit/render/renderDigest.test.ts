// The weekly edition's render stage (src/render/renderDigest.ts), in memory: the same set of files
// as one article's edition, each story linked from the contents to its heading, the minimal theme
// without thumbnails, and nothing from a story's text rendered as markup.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { composeDigest } from '../../../src/compose/digest/composeDigest.js';
import { DEFAULT_CONFIG, type CrierConfig } from '../../../src/config/defaults.js';
import { loadTemplates } from '../../../src/render/loadTemplates.js';
import { renderDigest } from '../../../src/render/renderDigest.js';
import { parseRange } from '../../../src/select/dateRange.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import { articleFrom } from '../../helpers/articles.js';

const STORIES = [
  ['Ferry line approved', 'The council approved the harbour ferry line to the islands on Wednesday. The ferry will run all year from the market square.', 'https://harbour.example/ferry'],
  ['Library opens late', 'The library will stay open until ten on Fridays. Library visitors asked for the late hours in a survey.', 'https://harbour.example/library'],
  ['<script>alert(1)</script> Bus lanes planned', 'New bus lanes are planned on the harbour road {{constructor}}. The bus lanes open in spring, <img src=x onerror=alert(2)> officials said.', 'https://harbour.example/bus'],
] as const;

async function render(config: CrierConfig = DEFAULT_CONFIG) {
  const items = await Promise.all(
    STORIES.map(async ([title, body, url]) => {
      const article = { ...articleFrom(`${title}\n\n${body}`), url, source: 'Harbour Gazette', images: [{ src: `${url}/photo.jpg`, alt: `${title} photo` }] };
      return { article, summary: await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 }) };
    }),
  );
  const digest = composeDigest(items, { config, range: parseRange({ week: '2026-W48' }), edition: 12, title: 'The Brief #12' });
  const { files } = await renderDigest(digest, await loadTemplates(undefined, process.cwd(), config.theme), config);
  return { digest, files: Object.fromEntries(files.map((f) => [f.path, typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8')])) };
}

describe('renderDigest', () => {
  it('writes the files of an edition: email (HTML, MJML, text, .eml), brief, threads and the manifest’s data', async () => {
    const { files } = await render();
    for (const name of ['newsletter.html', 'newsletter.mjml', 'newsletter.txt', 'newsletter.eml', 'brief.md', 'brief.json', 'thread.md', 'thread.json', 'thread-x.txt']) expect(Object.keys(files), name).toContain(name);
  });

  it('lists every story under "In this issue", each entry pointing at its story’s heading', async () => {
    const { digest, files } = await render();
    const html = files['newsletter.html'] ?? '';
    expect(html).toContain('In this issue');
    expect(html).toContain('The Brief #12');
    for (const story of digest.stories) {
      expect(html).toContain(`href="#${story.anchor}"`);
      expect(html).toMatch(new RegExp(`<h2[^>]*id="${story.anchor}"`));
      expect(html).toContain(`href="${story.url}"`);
    }
    expect(files['newsletter.txt']).toContain('Ferry line approved');
  });

  it('shows thumbnails in the default theme and none in the minimal one', async () => {
    expect((await render()).files['newsletter.html']).toContain('src="https://harbour.example/ferry/photo.jpg"');
    const minimal = (await render({ ...DEFAULT_CONFIG, theme: 'minimal' })).files['newsletter.html'] ?? '';
    expect(minimal).not.toContain('<img');
    expect(minimal).toContain('Ferry line approved');
  });

  it('renders a story’s markup and template syntax as text', async () => {
    const { files } = await render();
    const html = files['newsletter.html'] ?? '';
    expect(html).not.toMatch(/<script|onerror=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(files['newsletter.txt']).toContain('{{constructor}}');
    expect(files['brief.md']).not.toMatch(/<script|<img/);
  });
});
