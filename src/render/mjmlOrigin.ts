// Which template line produced a line of rendered MJML. A template line is its literal text with
// holes where {{…}} expressions were; the rendered line must match it whole. Only a line that has
// markup of its own and matches exactly one template line counts: "<mj-column>" is in every
// template and proves nothing, so it traces to nothing rather than to a guess.
import type { TemplateFile } from './loadTemplates.js';

const EXPRESSION = /\{\{\{?[\s\S]*?\}?\}\}/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pattern(templateLine: string): RegExp | undefined {
  const parts = templateLine.trim().split(EXPRESSION);
  // A line of expressions alone ({{> footer}}, {{#if x}}) would match anything.
  if (!/<[\w/-]/.test(parts.join(''))) return undefined;
  return new RegExp(`^${parts.map(escape).join('[\\s\\S]*?')}$`);
}

/** "tpl/partials/footer.mjml.hbs:3" for the one template line that renders as `mjmlLine`. */
export function templateLineOf(mjmlLine: string, files: TemplateFile[]): string | undefined {
  const line = mjmlLine.trim();
  if (!line) return undefined;
  const found = new Set<string>();
  for (const file of files) {
    file.source.split('\n').forEach((text, i) => {
      if (pattern(text)?.test(line)) found.add(`${file.path}:${i + 1}`);
    });
  }
  return found.size === 1 ? [...found][0] : undefined;
}
