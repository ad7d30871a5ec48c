// The widths every picture is stored in, and the srcset built from them.
// No server-only imports: public components and the editor use it too.

/** The size set: a phone (320, 640 at 2×), a card on a wide screen (960) and the article column at 2× (1600). */
export const IMAGE_WIDTHS = [320, 640, 960, 1600] as const;

/** The widest width stored; larger uploads are scaled down to it. */
export const MAX_STORED_WIDTH: number = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;

/**
 * The widths stored for a picture `width` pixels wide (after turning it
 * upright): every width of the set narrower than it, plus its own width up to
 * MAX_STORED_WIDTH. Never enlarged, so a 500 px picture gives [320, 500].
 */
export function widthsFor(width: number): number[] {
  const top = Math.min(Math.max(1, Math.round(width)), MAX_STORED_WIDTH);
  return [...IMAGE_WIDTHS.filter((w) => w < top), top];
}

/** "320,640,960" as stored in the database → [320, 640, 960]; anything malformed is dropped. */
export function parseWidths(stored: string): number[] {
  return stored
    .split(",")
    .map((s) => Number(s))
    .filter((n) => Number.isInteger(n) && n > 0 && n <= MAX_STORED_WIDTH)
    .sort((a, b) => a - b);
}

/** The file of one width: the widest is `url` itself, the others `<name>-<width>.webp` beside it. */
export function variantUrl(url: string, width: number, widths: readonly number[]): string {
  if (width === widths[widths.length - 1]) return url;
  return url.replace(/\.webp$/, `-${width}.webp`);
}

/** `srcset` for the stored widths; empty when only one exists (the `src` says it all). */
export function srcSet(url: string, widths: readonly number[]): string {
  if (widths.length < 2) return "";
  return widths.map((w) => `${variantUrl(url, w, widths)} ${w}w`).join(", ");
}

/** The smallest stored width at least `wanted` wide (or the widest), for thumbnails and feeds. */
export function widthAtLeast(widths: readonly number[], wanted: number): number | undefined {
  return widths.find((w) => w >= wanted) ?? widths[widths.length - 1];
}

/** A picture as pages draw it: its file, the widths stored, its size (no layout shift) and alt text. */
export type ImageRef = { url: string; widths: number[]; width: number; height: number; alt: string };
