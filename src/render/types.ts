// The data render/ produces (docs/architecture.md): files in memory, ready to be checked and written.
import type { Warning } from '../warnings.js';

/** A rendered file, in memory, ready to be written. */
export interface OutputFile {
  path: string;
  /** Text, or bytes for binary files (screenshots). */
  content: string | Uint8Array;
}

export interface RenderedEdition {
  files: OutputFile[];
  warnings: Warning[];
  /**
   * card.png and the others, drawn beside the email (a worker thread): the command awaits them
   * after the inbox checks, so the checks run while the cards are drawn.
   */
  cards?: Promise<{ files: OutputFile[]; warnings: Warning[] }>;
}
