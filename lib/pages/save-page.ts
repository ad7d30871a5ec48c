import "server-only";
import { z } from "zod";
import type { ActionResult } from "@/lib/auth/action";
import { sanitizeBody } from "@/lib/articles/sanitize";
import { slugify } from "@/lib/text/slug";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { stripControls } from "@/lib/text/clean";
import { isReservedSlug } from "./slug";

const e = ar.admin.manage.pages.errors;

const pageInput = z.object({
  id: z
    .string()
    .regex(/^\d{0,10}$/)
    .transform((s) => (s ? Number(s) : null)),
  title: z
    .string()
    .transform((s) => stripControls(s).replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, e.title).max(200, e.title)),
  slug: z
    .string()
    .max(500, e.slug)
    .transform((s) => slugify(s, 120)),
  body: z.string().max(2_000_000, e.body).transform(stripControls),
  published: z.string().transform((s) => s === "on"),
  position: z
    .string()
    .transform((s) => s.trim() || "0")
    .pipe(z.string().regex(/^\d{1,4}$/, e.position))
    .transform(Number),
});

const FIELDS = ["id", "title", "slug", "body", "published", "position"] as const;

export async function savePage(form: FormData): Promise<ActionResult & { id?: number }> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const parsed = pageInput.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { ok: false, message: e.form, errors, values };
  }
  const input = parsed.data;
  const existing = input.id ? await db.page.findUnique({ where: { id: input.id }, select: { id: true } }) : null;
  if (input.id && !existing) return { ok: false, message: ar.admin.refused };
  const slug = input.slug || slugify(input.title, 120) || `page-${Date.now().toString(36)}`;
  if (isReservedSlug(slug)) return { ok: false, message: e.form, errors: { slug: e.slugReserved }, values };
  const other = await db.page.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== existing?.id) return { ok: false, message: e.form, errors: { slug: e.slugTaken }, values };

  const data = {
    title: input.title,
    slug,
    body: sanitizeBody(input.body),
    published: input.published,
    position: input.position,
  };
  const saved = existing
    ? await db.page.update({ where: { id: existing.id }, data, select: { id: true } })
    : await db.page.create({ data, select: { id: true } });
  expireTags(tags.pages); // the footer of every page, the sitemap, the page itself
  return { ok: true, message: ar.admin.manage.pages.saved, id: saved.id };
}

export async function deletePage(form: FormData): Promise<ActionResult> {
  const id = Number(form.get("id"));
  if (!Number.isInteger(id) || id < 1) return { ok: false, message: ar.admin.refused };
  const { count } = await db.page.deleteMany({ where: { id } });
  if (count) expireTags(tags.pages);
  return count ? { ok: true } : { ok: false, message: ar.admin.refused };
}
