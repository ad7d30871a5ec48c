import sanitizeHtml from "sanitize-html";
import { srcSet, widthsFor } from "@/lib/media/sizes";

// A picture of the site's own library: a path /media/ serves (lib/media/serve.ts), nothing else.
const OWN_MEDIA =
  /^\/media\/(?:[A-Za-z0-9][A-Za-z0-9_-]{0,99}\/){0,3}[A-Za-z0-9][A-Za-z0-9_-]{0,99}\.(?:webp|jpe?g|png|gif|avif)$/;
// Imported WordPress posts keep the pictures of their old host (https only).
const IMPORTED = /^https:\/\/[^\s"'<>\\]+$/;

import { siteUrl } from "@/lib/site/config";

/** A link to this site itself (a path, an anchor, or the site's own origin). */
function isOwnSite(href: string): boolean {
  if (href.startsWith("#") || (href.startsWith("/") && !href.startsWith("//"))) return true;
  try {
    return new URL(href).origin === new URL(siteUrl()).origin;
  } catch {
    return false;
  }
}

// What an article body may contain: the editor's structural tags, links and
// pictures as <figure><img alt><figcaption>, nothing executable, no inline
// styles, no classes.
const base: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "figure",
    "figcaption",
    "img",
    "hr",
  ],
  // figure and figcaption carry no attributes at all; img only these four.
  allowedAttributes: { a: ["href", "title", "rel", "target"], img: ["src", "alt", "width", "height"], "*": ["dir"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  transformTags: {
    // The site's own pages are linked as such (same tab, followed by search engines);
    // links elsewhere open apart and pass on no ranking or referrer.
    a: (tagName, attribs) => {
      const { href, title } = attribs;
      if (href !== undefined && isOwnSite(href)) return { tagName, attribs: { href, ...(title ? { title } : {}) } };
      return {
        tagName,
        attribs: { ...attribs, rel: "nofollow noopener noreferrer", ...(attribs.target ? { target: "_blank" } : {}) },
      };
    },
  },
};

const dimension = (v: string | undefined) => (v && /^[1-9]\d{0,4}$/.test(v) ? v : undefined);

/** Drops a picture whose source fails `allowed`. */
function pictureFilter(allowed: (src: string) => boolean) {
  return (frame: sanitizeHtml.IFrame) => frame.tag === "img" && !allowed(frame.attribs.src ?? "");
}

/** Sanitized HTML without the figures whose picture was dropped (their caption would describe nothing). */
const withoutEmptyFigures = (html: string) =>
  html.replace(/<figure>((?:(?!<\/?figure>)[\s\S])*)<\/figure>/g, (whole, inner: string) =>
    /<img\s/.test(inner) ? whole : "",
  );

const input: sanitizeHtml.IOptions = {
  ...base,
  exclusiveFilter: pictureFilter((src) => OWN_MEDIA.test(src)),
};

/**
 * The body as stored from the editor: pictures only from the site's own
 * library (/media/), with alt text always present (empty when none was given),
 * and width/height only as plain pixel counts.
 */
export function sanitizeBody(html: string): string {
  return withoutEmptyFigures(
    sanitizeHtml(html, {
      ...input,
      transformTags: { ...input.transformTags, img: keepPicture },
    }),
  );
}

function keepPicture(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { src = "", alt = "" } = attribs;
  const width = dimension(attribs.width);
  const height = dimension(attribs.height);
  return { tagName, attribs: { src, alt, ...(width ? { width } : {}), ...(height ? { height } : {}) } };
}

/** A WordPress post's body: as sanitizeBody, but pictures of the old host (https) are kept. */
export function sanitizeImported(html: string): string {
  return withoutEmptyFigures(
    sanitizeHtml(html, {
      ...base,
      exclusiveFilter: pictureFilter((src) => OWN_MEDIA.test(src) || IMPORTED.test(src)),
      transformTags: { ...base.transformTags, img: keepPicture },
    }),
  );
}

/** The width of the article column at its widest, for body pictures' `sizes`. */
const BODY_SIZES = "(min-width: 768px) 768px, 100vw";

/**
 * The body as a reader gets it, sanitized again (stored HTML may predate
 * today's rules): the site's own pictures get their stored widths as srcset
 * (the set follows from the picture's width, lib/media/sizes.ts) and load
 * lazily; pictures an import kept from the old host (https) stay as they are.
 */
export function sanitizeForDisplay(html: string): string {
  return withoutEmptyFigures(
    sanitizeHtml(html, {
      ...base,
      exclusiveFilter: pictureFilter((src) => OWN_MEDIA.test(src) || IMPORTED.test(src)),
      transformTags: {
        ...base.transformTags,
        img: (tagName, attribs) => {
          const kept = keepPicture(tagName, attribs);
          const width = Number(kept.attribs.width);
          const set =
            kept.attribs.src!.endsWith(".webp") && OWN_MEDIA.test(kept.attribs.src!) && width
              ? srcSet(kept.attribs.src!, widthsFor(width))
              : "";
          return {
            tagName,
            attribs: {
              ...kept.attribs,
              ...(set ? { srcset: set, sizes: BODY_SIZES } : {}),
              loading: "lazy",
              decoding: "async",
            },
          };
        },
      },
      allowedAttributes: {
        ...base.allowedAttributes,
        img: ["src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding"],
      },
    }),
  );
}

/** Turns plain paragraphs (one per line) into body HTML, escaping as it goes. */
export function paragraphsToHtml(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${sanitizeHtml(line, { allowedTags: [], allowedAttributes: {} })}</p>`)
    .join("\n");
}
