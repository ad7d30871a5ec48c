// Where an old WordPress link now lives. Resolved in proxy.ts, before
// routing, so that a link to nothing can fall through to the site's own 404
// page (a route handler can only answer an empty 404). Only published
// articles are revealed; anything else is a missing page, as on the site.
import { publishedArticle } from "@/lib/articles/access";
import { decodeSlug } from "@/lib/text/slug";
import { db } from "@/lib/db/client";
import { SITE_SEGMENTS } from "./site-segments";

/** What the proxy does with a URL: redirect, answer the site's 404, or route it as usual. */
export type LegacyAnswer = { location: string; status: 301 | 308 } | "not-found" | "pass";

const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
const moved = (path: string | null): LegacyAnswer => (path ? { location: path, status: 301 } : "not-found");

const POST_ID = /^\d{1,10}$/;
const DATED = /^\/\d{4}\/\d{2}\/\d{2}\/([^/]+)\/?$/;
const AUTHOR = /^\/author\/([^/]+)\/$/;
// WordPress's sanitize_title never leaves a dot, so dotted names are files.
const SINGLE = /^\/([^/.]+)(\/?)$/;

/**
 * `/?p=<id>`, `/<year>/<month>/<day>/<slug>/`, `/author/<login>/` and
 * `/<slug>/` (`pathname` as requested, still percent-encoded). A bare slug
 * that names no imported article is left to the router: it may be a page of
 * the site, or the site's 404. Costs one indexed lookup at most.
 */
export async function resolveLegacyUrl(pathname: string, search: URLSearchParams): Promise<LegacyAnswer> {
  const p = search.get("p");
  if (pathname === "/" && p !== null && POST_ID.test(p)) return moved(await legacyPostPath(p));
  let m = DATED.exec(pathname);
  if (m) return moved(await legacyDatedPath(m[1]!));
  if ((m = AUTHOR.exec(pathname))) return { location: await legacyAuthorPath(m[1]!), status: 301 };
  if ((m = SINGLE.exec(pathname))) {
    const [, segment, slash] = m;
    // The site's own top-level pages are never taken for an old slug.
    const path = SITE_SEGMENTS.has(segment!) ? null : await legacySlugPath(segment!);
    if (path) return { location: path, status: 301 };
    // Other paths lose their trailing slash with a 308, as Next does everywhere else (next.config.js).
    if (slash) return { location: `/${segment}${search.size ? `?${search}` : ""}`, status: 308 };
  }
  return "pass";
}

/** `/?p=123` */
export async function legacyPostPath(wpId: string): Promise<string | null> {
  if (!POST_ID.test(wpId)) return null;
  const row = await db.article.findFirst({
    where: { wpId: Number(wpId), ...publishedArticle },
    select: { slug: true },
  });
  return row && articlePath(row.slug);
}

/** An imported post by its WordPress name (the first imported, should two share one). */
async function byPostName(name: string) {
  return db.article.findFirst({
    where: { wpSlug: decodeSlug(name), ...publishedArticle },
    orderBy: { id: "asc" },
    select: { slug: true },
  });
}

/**
 * `/2019/12/07/<post_name>/`: the imported post of that name, else an
 * article whose slug is that name (dated links written by hand).
 */
export async function legacyDatedPath(slug: string): Promise<string | null> {
  const row =
    (await byPostName(slug)) ??
    (await db.article.findFirst({ where: { slug: decodeSlug(slug), ...publishedArticle }, select: { slug: true } }));
  return row && articlePath(row.slug);
}

/**
 * `/<post_name>/` ("post name" permalinks). Only imported articles answer,
 * by their WordPress name (kept even when the slug here had to become
 * `<post_name>-2`): a slug written here never had an old link.
 */
export async function legacySlugPath(slug: string): Promise<string | null> {
  const row = await byPostName(slug);
  return row && articlePath(row.slug);
}

/** `/author/<login>/`: the login may differ from the author's slug here. */
export async function legacyAuthorPath(login: string): Promise<string> {
  const decoded = decodeSlug(login);
  const row = await db.author.findUnique({ where: { wpLogin: decoded }, select: { slug: true } });
  return `/author/${encodeURIComponent(row?.slug ?? decoded)}`;
}
