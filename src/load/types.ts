// The data load/ hands to extract/ (docs/architecture.md).

/** The raw bytes of one input, decoded, and where they came from. */
export interface LoadedInput {
  /** Path as the user gave it (or "-" for stdin, or the URL). */
  path: string;
  /** Which extractor reads it, decided from the extension (or the content type of a URL). */
  format: 'text' | 'markdown' | 'html';
  /** The decoded text (BOM removed). */
  text: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  /** The final URL of a fetched page (after redirects), used to make links absolute. */
  url?: string;
  /** Modification time of the file, when it has one (used by the weekly edition). */
  mtime?: Date;
}
