import { marked } from 'marked';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  const tokens = marked.lexer(readFileSync(f, 'utf8'));
  const found = [];
  marked.walkTokens(tokens, (t) => { if (['link','image','heading','html','list','codespan','strong','em','code'].includes(t.type)) found.push(`${t.type}: ${(t.href ?? t.text ?? t.raw).slice(0,70)}`); });
  console.log('==', f); console.log(found.join('\n'));
}
