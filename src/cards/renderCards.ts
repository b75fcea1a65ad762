// Renders an edition's cards beside the email. Cards drawn before come from .crier-cache/cards
// (cardCache.ts); the others go to one worker thread per process, started on the first card that
// is not cached, so satori's start-up and each card's layout run on the other core while MJML
// renders the email on this one. Where the compiled worker is not there (the TypeScript sources
// under vitest) the cards render in this thread; the bytes are the same either way.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cardKey, readCachedCard, writeCachedCard } from './cardCache.js';
import type { CardSpec } from './cardTypes.js';
import type { RenderedCard } from './renderCard.js';

export interface RenderedCards {
  /** The card files, as render/ hands files on (OutputFile): cards/ sits below render/. */
  files: { path: string; content: Uint8Array }[];
  warnings: string[];
}

interface Reply {
  id: number;
  card?: RenderedCard;
  error?: string;
}

const WORKER = new URL('./cardWorker.js', import.meta.url);
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (card: RenderedCard) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker = undefined;
}

function cardWorker(): Worker | undefined {
  if (worker) return worker;
  if (WORKER.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER))) return undefined;
  // A worker inherits the process's flags, and some cannot start a worker (`node --input-type=module
  // -e …`, used by scripts that call crier): leave those out.
  const w = new Worker(WORKER, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type') && a !== '-e' && a !== '--eval') });
  w.on('message', (reply: Reply) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (!job) return;
    if (reply.card) job.resolve(reply.card);
    else job.reject(new Error(`card renderer: ${reply.error ?? 'no answer'}`));
  });
  w.on('error', failAll);
  w.on('exit', () => failAll(new Error('card renderer stopped')));
  // An idle worker never keeps the process alive; one with work does (ref in renderOne).
  w.unref();
  worker = w;
  return w;
}

async function renderOne(card: CardSpec, fontDirs: string[]): Promise<RenderedCard> {
  const w = cardWorker();
  if (!w) {
    const { renderCard } = await import('./renderCard.js');
    return renderCard(card, fontDirs);
  }
  const id = nextId++;
  w.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, card, fontDirs });
  });
}

/** Renders the cards (or reads them from `cacheDir`, see cardCache.ts). */
export async function renderCards(cards: CardSpec[], options: { fontDirs: string[]; cacheDir?: string }): Promise<RenderedCards> {
  const { fontDirs, cacheDir } = options;
  const rendered = await Promise.all(
    cards.map(async (card): Promise<RenderedCard> => {
      if (!cacheDir) return renderOne(card, fontDirs);
      const key = cardKey(card, fontDirs);
      const cached = await readCachedCard(cacheDir, key);
      if (cached) return { path: card.path, png: cached, warnings: [] };
      const drawn = await renderOne(card, fontDirs);
      // A card drawn with a warning (text left blank) is not kept: the next build says it again.
      if (drawn.warnings.length === 0) await writeCachedCard(cacheDir, key, drawn.png);
      return drawn;
    }),
  );
  return {
    files: rendered.map((r) => ({ path: r.path, content: r.png })),
    warnings: rendered.flatMap((r) => r.warnings),
  };
}
