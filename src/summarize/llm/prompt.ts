// Builds the messages from the prompt files in templates/prompts/ (users can edit them). The article
// goes in as data between <article> tags; Handlebars fills the placeholders without escaping and
// never interprets what the article says.
import Handlebars from 'handlebars';
import { makePlatforms } from '../../platforms/platforms.js';
import type { PlatformId } from '../../config/choices.js';
import type { Article } from '../../extract/types.js';
import { languageName, languageTag } from '../../i18n/languages.js';
import type { Message } from './complete.js';

export interface PromptFiles {
  system: string;
  user: string;
}

export function buildMessages(prompts: PromptFiles, article: Article, platforms: PlatformId[]): Message[] {
  const all = makePlatforms();
  const limits = platforms.map((p) => `${all[p].name} posts under ${all[p].limit} characters`).join(', ');
  // A closing tag inside the article must not end the data block early.
  const body = article.text.replace(/<\/?article>/gi, (tag) => tag.replace('<', '‹'));
  const user = Handlebars.compile(prompts.user, { noEscape: true, strict: false })({
    title: article.title,
    source: article.source ?? 'unknown',
    genre: article.genre ?? 'news',
    opinion: article.genre === 'opinion' || article.genre === 'analysis',
    article: body,
    limits,
    // The newsletter speaks the article's language: "German (de)", "Japanese (ja)".
    language: languageName(languageTag(article.lang)),
  });
  return [
    { role: 'system', content: prompts.system.trim() },
    { role: 'user', content: user.trim() },
  ];
}
