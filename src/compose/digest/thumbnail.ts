// The thumbnail beside a story's headline in the weekly edition: the article's lead image when it is
// an absolute https URL, 120 px wide with the height its own proportions give. The email states both
// (width and height attributes), so clients lay the story out before the image loads. An image whose
// size the page does not state is assumed to have the proportions of a share image (1.91:1, og:image);
// a strip or a tall portrait is no thumbnail. Its alt text is the page's own description or empty.
import type { Article } from '../../extract/types.js';
import type { StoryImage } from '../types.js';

export const THUMBNAIL_WIDTH = 120;
/** 1200 x 630: the proportions sites give their share image. */
const ASSUMED_RATIO = 630 / 1200;

export function thumbnailOf(article: Pick<Article, 'images'>): StoryImage | undefined {
  const image = article.images.find((i) => /^https:\/\/[^\s"'<>]+$/i.test(i.src));
  if (!image) return undefined;
  const ratio = image.width && image.height ? image.height / image.width : ASSUMED_RATIO;
  if (ratio < 1 / 3 || ratio > 1.5) return undefined;
  return { src: image.src, alt: image.alt.replace(/\s+/g, ' ').trim().slice(0, 300), width: THUMBNAIL_WIDTH, height: Math.round(THUMBNAIL_WIDTH * ratio) };
}
