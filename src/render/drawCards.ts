// Starts drawing an edition's planned cards (cards/renderCards.ts, a worker thread) and gives back
// the promise, so the email renders and is checked while the cards are drawn. Their warnings
// become structured here, about the edition's input ('' for a weekly edition).
import type { CardContext } from '../cards/cardContext.js';
import type { CardPlan } from '../cards/planCards.js';
import { renderCards } from '../cards/renderCards.js';
import { warning } from '../warnings.js';
import type { RenderedEdition } from './types.js';

export function drawCards(plan: CardPlan | undefined, cards: CardContext | undefined, input: string): RenderedEdition['cards'] {
  if (!plan?.cards.length || !cards) return undefined;
  const drawing = renderCards(plan.cards, cards).then((drawn) => ({ files: drawn.files, warnings: drawn.warnings.map((w) => warning('card', input, w)) }));
  drawing.catch(() => {}); // awaited by the command; this only keeps an early failure from going unhandled
  return drawing;
}
