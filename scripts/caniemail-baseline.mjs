#!/usr/bin/env node
// Regenerates templates/caniemail-baseline.json: the email-client issues that crier's own themes
// trigger on the example article (both themes and the weekly edition). `crier check` reports only issues beyond these.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../dist/index.js';
import { digest } from '../dist/digest.js';
import { clientIssues } from '../dist/check/clientIssues.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const issues = new Set();
for (const theme of ['default', 'minimal']) {
  const out = mkdtempSync(path.join(tmpdir(), 'crier-baseline-'));
  await build({ inputs: [path.join(root, 'content'), path.join(root, 'test/fixtures/articles/harbour-ferry.md')], out, theme, cwd: root });
  for (const slug of readdirSync(out).filter((f) => f !== 'index.html')) for (const issue of await clientIssues(readFileSync(path.join(out, slug, 'newsletter.html'), 'utf8'))) issues.add(issue);
}
{
  const out = mkdtempSync(path.join(tmpdir(), 'crier-baseline-'));
  const result = await digest({ inputs: [path.join(root, 'content'), path.join(root, 'test/fixtures/articles')], out, cwd: root });
  for (const issue of await clientIssues(readFileSync(path.join(out, result.slug, 'newsletter.html'), 'utf8'))) issues.add(issue);
}
writeFileSync(path.join(root, 'templates/caniemail-baseline.json'), `${JSON.stringify([...issues].sort(), null, 1)}\n`);
console.log(`${issues.size} baseline issues written`);
