// The public types of crier's library: each stage owns the shapes it produces (docs/architecture.md);
// this file only re-exports them. Code inside src/ imports from the stage, never from here.
export type { LoadedInput } from './load/types.js';
export type { Article, ArticleImage, ArticleLink, Genre } from './extract/types.js';
export type { Analysis, Quote, Sentence } from './analyze/types.js';
export type { LlmUsage, LlmWording, SentenceEdit, Summary } from './summarize/types.js';
export type { Post, PostRole, Thread } from './platforms/types.js';
export type { Brief, DigestBrief, DigestEdition, DigestSection, Edition, Newsletter, Story, StoryImage } from './compose/types.js';
export type { OutputFile, RenderedEdition } from './render/types.js';
export type { BriefStyle, Numbering, PlatformId, Theme } from './config/choices.js';
export type { SkipCode, Warning, WarningCode } from './warnings.js';
export type { CrierConfig, SmtpConfig } from './config/schema.js';
