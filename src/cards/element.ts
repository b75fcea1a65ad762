// The element objects satori lays out. Cards are built from these plain objects, never from HTML or
// JSX strings: text from an article is always a string child, so satori draws it as characters
// ("<script>" included) and nothing in it is ever parsed as markup.
export type Style = Record<string, string | number>;

export interface CardElement {
  type: 'div' | 'img';
  key: string | null;
  props: { style: Style; children?: CardChild | CardChild[]; src?: string; width?: number; height?: number };
}

export type CardChild = CardElement | string;

/** A flex box (satori lays out every div as flex). */
export function box(style: Style, children: CardChild | CardChild[] = [], key: string | null = null): CardElement {
  return { type: 'div', key, props: { style: { display: 'flex', ...style }, children } };
}

/** An image from a data: URI (the logo), scaled to `height`. */
export function image(src: string, width: number, height: number): CardElement {
  return { type: 'img', key: null, props: { src, width, height, style: { width, height } } };
}
