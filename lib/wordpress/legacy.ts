// Where an old WordPress link now lives. Only published articles are
// revealed; anything else is a missing page, as on the site itself.
import { publishedArticle } from "@/lib/articles/access";
import { decodeSlug } from "@/lib/articles/slug";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";

const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

/** `/?p=123` */
export async function legacyPostPath(wpId: string): Promise<string | null> {
  if (!/^\d{1,10}$/.test(wpId)) return null;
  const row = await db.article.findFirst({ where: { wpId: Number(wpId), ...publishedArticle }, select: { slug: true } });
  return row && articlePath(row.slug);
}

/** `/2019/12/07/<post_name>/`: WordPress slugs are kept on import. */
export async function legacyDatedPath(slug: string): Promise<string | null> {
  const row = await db.article.findFirst({ where: { slug: decodeSlug(slug), ...publishedArticle }, select: { slug: true } });
  return row && articlePath(row.slug);
}

/** `/author/<login>/`: the login may differ from the author's slug here. */
export async function legacyAuthorPath(login: string): Promise<string> {
  const decoded = decodeSlug(login);
  const row = await db.author.findUnique({ where: { wpLogin: decoded }, select: { slug: true } });
  return `/author/${encodeURIComponent(row?.slug ?? decoded)}`;
}

/** A permanent redirect with the status WordPress-era links need (301, not Next's 308). */
export function movedPermanently(path: string): Response {
  return new Response(null, { status: 301, headers: { Location: path, "Cache-Control": "public, max-age=3600" } });
}

/**
 * A route handler cannot render the site's 404 page (notFound() there gives an
 * empty body), so an old link to nothing gets this plain Arabic one.
 */
export function legacyNotFound(): Response {
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ar.notFoundTitle}</title></head><body style="font-family:sans-serif;text-align:center;padding:4rem 1rem"><h1>${ar.notFoundTitle}</h1><p>${ar.notFoundText}</p><p><a href="/">${ar.backHome}</a></p></body></html>`;
  return new Response(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
