// @ts-check
/**
 * Reader pages are sent as plain HTML, without the React / Next.js runtime.
 *
 * Why: they are rendered in full on the server and need nothing from React in
 * the browser. Links are links and forms post (server actions work without
 * JavaScript); public/comments.js does the little the comment form adds. The
 * runtime's boot and hydration was one ~100 ms task on a phone's CPU, plus
 * 148 kB of script and a copy of the page as an RSC payload: Lighthouse's
 * mobile Performance went from 70 / 66 (home / article) with it to 84 / 93
 * without (npm run lighthouse; docs/performance.md says what is left).
 * The newsroom (/admin, /login) keeps the runtime: its editor and forms need it.
 *
 * The stylesheet goes into the page here too (`<link rel="stylesheet">` becomes
 * `<style>`): on a phone the first layout then runs once, with the real styles,
 * instead of once unstyled and again when the file arrives. Next.js can inline
 * it itself (`experimental.inlineCss`), but then every rendered page carries
 * the stylesheet three times (the HTML, and twice in its RSC payload), which
 * made a first render of an article ~10 ms slower and every cached page
 * ~90 kB larger (docs/performance.md).
 *
 * scripts/serve.mjs applies this to every HTML response; plain JavaScript
 * because that file loads it uncompiled.
 */

const NEWSROOM = /^\/(?:admin|login)(?:\/|$)/;

/** Reader pages: everything but the newsroom and Next's own files. */
export function isReaderPage(/** @type {string} */ pathname) {
  return !NEWSROOM.test(pathname) && !pathname.startsWith("/_next/");
}

/**
 * Whether a script is the runtime's: its chunks (from /_next/), Turbopack's
 * bootstrap (id="_R_") and the RSC payload pushed into self.__next_f. Other
 * scripts stay: structured data, the site's own files, and React's small
 * inline instructions that reveal streamed content.
 */
function isRuntimeScript(/** @type {string} */ attributes, /** @type {string} */ body) {
  return /\ssrc="\/_next\//i.test(attributes) || /\sid="_R_"/.test(attributes) || /^\s*\(?self\.__next_f\b/.test(body);
}

/** A hint that preloads one of the runtime's chunks. */
function isRuntimePreload(/** @type {string} */ attributes) {
  return /\sas="script"/i.test(attributes) && /\shref="\/_next\//i.test(attributes);
}

/** Next's own stylesheets: one file of its build's static chunks. */
const STYLESHEET_HREF = /\shref="(\/_next\/static\/chunks\/[\w.-]+\.css)"/;

/**
 * The `<style>` that stands for a `<link rel="stylesheet">` of Next's, with
 * the same `data-precedence` and `data-href` as Next's inlined styles; or
 * undefined to keep the link (another stylesheet, or a file `stylesheet`
 * does not have).
 */
function inlineStylesheet(/** @type {string} */ attributes, /** @type {(href: string) => Buffer | null} */ stylesheet) {
  const href = /\srel="stylesheet"/i.test(attributes) ? STYLESHEET_HREF.exec(attributes)?.[1] : undefined;
  const css = href ? stylesheet(href) : null;
  if (!href || !css) return undefined;
  const precedence = /\sdata-precedence="([\w-]+)"/.exec(attributes)?.[1] ?? "next";
  return Buffer.concat([
    Buffer.from(`<style data-precedence="${precedence}" data-href="${href}">`),
    css,
    Buffer.from("</style>"),
  ]);
}

/**
 * A stylesheet's text made fit to stand inside a page (once per file, not per
 * page): its relative `url()`s (the fonts, `../media/…`) were relative to the
 * file, so they are made absolute paths. Null for a text that could close the
 * `<style>` element early: that page keeps its link.
 */
export function stylesheetForPage(/** @type {string} */ css, /** @type {string} */ href) {
  if (/<\/style/i.test(css)) return null;
  const base = new URL(href, "http://site.invalid");
  return Buffer.from(
    css.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, (whole, quote, ref) =>
      /^(?:[a-z][\w+.-]*:|\/|#)/i.test(ref) ? whole : `url(${quote}${new URL(ref, base).pathname}${quote})`,
    ),
  );
}

const NOTHING = Buffer.alloc(0);

/**
 * Replaces the elements `<tag …>…close` (just `<tag …>` when `close` is empty)
 * for which `replace`, given their attributes and the start of their content,
 * returns bytes (empty bytes drop them); undefined keeps them. Works on the
 * bytes: the markers are ASCII, and decoding a 90 kB Arabic page to a string
 * and back cost ~2 ms, more than Next's own work for a cached page.
 */
function rewriteElements(
  /** @type {Buffer} */ html,
  /** @type {string} */ tag,
  /** @type {string} */ close,
  /** @type {(attributes: string, body: string) => Buffer | undefined} */ replace,
) {
  /** @type {Buffer[]} */
  const parts = [];
  let from = 0;
  let at = html.indexOf(`<${tag}`);
  while (at !== -1) {
    const open = html.indexOf(">", at);
    const end = open === -1 ? -1 : close ? html.indexOf(close, open) : open;
    if (end === -1) break;
    const after = end + (close ? close.length : 1);
    const attributes = html.subarray(at + tag.length + 1, open).toString("latin1");
    const body = html.subarray(open + 1, Math.min(end, open + 41)).toString("latin1");
    const replacement = replace(attributes, body);
    if (replacement) {
      parts.push(html.subarray(from, at), replacement);
      from = after;
    }
    at = html.indexOf(`<${tag}`, after);
  }
  if (from === 0) return html;
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}

/**
 * The page without the runtime's scripts and the hints that preload them, its
 * stylesheet inside it (`stylesheet` gives a stylesheet's bytes by its href,
 * or null to keep the link). Next's error shell (`<html id="__next_error__">`,
 * sent when a cached route calls notFound()) is left whole: its body is empty
 * and the runtime draws the not-found page from the payload. scripts/serve.mjs
 * sends the site's own 404 page in its place; this only matters if that page
 * cannot be had.
 */
export function withoutRuntime(
  /** @type {Buffer} */ html,
  /** @type {(href: string) => Buffer | null} */ stylesheet = () => null,
) {
  if (/^\s*<!DOCTYPE html><html id="__next_error__"/i.test(html.subarray(0, 64).toString("latin1"))) return html;
  const withoutScripts = rewriteElements(html, "script", "</script>", (attributes, body) =>
    isRuntimeScript(attributes, body) ? NOTHING : undefined,
  );
  return rewriteElements(withoutScripts, "link", "", (attributes) =>
    isRuntimePreload(attributes) ? NOTHING : inlineStylesheet(attributes, stylesheet),
  );
}
