// The card renderer's thread (see renderCards.ts): renders each card it is sent and posts the PNG
// back. Its module loads satori and resvg on the first card.
import { parentPort } from 'node:worker_threads';
import type { CardSpec } from './cardTypes.js';

const renderer = import('./renderCard.js');

parentPort?.on('message', (job: { id: number; card: CardSpec; fontDirs: string[] }) => {
  renderer
    .then(({ renderCard }) => renderCard(job.card, job.fontDirs))
    .then(
      (card) => parentPort?.postMessage({ id: job.id, card }, [card.png.buffer as ArrayBuffer]),
      (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});
