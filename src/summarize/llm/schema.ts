// What the model returns for one article: every field the edition can take from it, validated with
// zod. SCHEMA_VERSION is part of the cache key: bump it when this shape changes.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const llmOutputSchema = z.object({
  headline: z.string().min(3).max(200),
  preheader: z.string().min(10).max(200),
  bullets: z.array(z.string().min(3).max(400)).min(2).max(5),
  intro: z.string().min(20).max(1500),
  whyItMatters: z.string().min(10).max(600),
  posts: z.object({
    x: z.array(z.string().min(1)).min(1).max(12),
    bluesky: z.array(z.string().min(1)).min(1).max(12),
    mastodon: z.array(z.string().min(1)).min(1).max(12),
    threads: z.array(z.string().min(1)).min(1).max(12),
    linkedin: z.array(z.string().min(1)).min(1).max(3),
  }).strict(),
  hashtags: z.array(z.string().regex(/^#?[\p{L}\p{N}_]{2,40}$/u)).max(5),
}).strict();

export type LlmOutput = z.infer<typeof llmOutputSchema>;

/** JSON Schema for servers with structured outputs (OpenAI's strict mode wants no extra keys). */
export function llmJsonSchema(): Record<string, unknown> {
  // Strict structured outputs accept only a subset of JSON Schema: lengths and patterns are left to
  // zod, which checks the answer anyway.
  const unsupported = new Set(['$schema', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern']);
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).filter(([k]) => !unsupported.has(k)).map(([k, v]) => [k, strip(v)]));
    }
    return node;
  };
  return strip(z.toJSONSchema(llmOutputSchema, { target: 'draft-7' })) as Record<string, unknown>;
}

/** The text fields grounding checks, with the path used in warnings. */
export function textFields(output: LlmOutput): { field: string; text: string }[] {
  const fields = [
    { field: 'headline', text: output.headline },
    { field: 'preheader', text: output.preheader },
    { field: 'intro', text: output.intro },
    { field: 'whyItMatters', text: output.whyItMatters },
    ...output.bullets.map((text, i) => ({ field: `bullets[${i}]`, text })),
  ];
  for (const [platform, posts] of Object.entries(output.posts)) {
    posts.forEach((text, i) => fields.push({ field: `posts.${platform}[${i}]`, text }));
  }
  return fields;
}
