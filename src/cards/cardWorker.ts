// The card renderer's thread (see renderCards.ts): renders each card it is sent and posts the PNG
// back. Its module loads satori and resvg on the first card.
import { parentPort } from 'node:worker_threads';
import type { CardSpec } from './cardTypes.js';

const renderer = import('./renderCard.js');

parentPort?.on('message', (job: { id: number; card: CardSpec; fontDirs: string[] } | { warm: true; fontDirs: string[] }) => {
  if ('warm' in job) {
    // Nothing waits for it: a warm-up that fails leaves the real card to say what is wrong.
    renderer.then(({ warmUp }) => warmUp(job.fontDirs)).catch(() => undefined);
    return;
  }
  renderer
    .then(({ renderCard }) => renderCard(job.card, job.fontDirs))
    .then(
      (card) => parentPort?.postMessage({ id: job.id, card }, [card.png.buffer as ArrayBuffer]),
      (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});
