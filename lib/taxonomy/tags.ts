import "server-only";
import { logActivity } from "@/lib/admin/activity";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { readForm } from "@/lib/forms/form-data";
import { pageWindow } from "@/lib/admin/list-page";
import { type ActionResult, refused } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/contains-text";
import type { Prisma } from "@/lib/db/generated/client";
import { ar } from "@/lib/i18n/ar";
import { tags as cacheTags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import type { SavedResult } from "./categories";
import { resolveSlug } from "@/lib/text/slug";
import { TAG_FIELDS, tagInput } from "./tag-input";
import { unlessPrisma } from "@/lib/db/errors";

const t = ar.admin.manage.tags;
export const TAG_PAGE_SIZE = 30;

/** Tags with the number of articles carrying each, most used first; `q` filters by name. */
export async function listTags(requestedPage: number, q?: string) {
  const query = q?.trim().slice(0, 100);
  const where: Prisma.TagWhereInput = query
    ? { OR: [{ name: containsText(query) }, { slug: containsText(query) }] }
    : {};
  const total = await db.tag.count({ where });
  const w = pageWindow(requestedPage, total, TAG_PAGE_SIZE);
  const rows = await db.tag.findMany({
    where,
    orderBy: [{ articles: { _count: "desc" } }, { name: "asc" }, { id: "asc" }],
    skip: w.skip,
    take: w.take,
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
  return { rows, total, page: w.page, totalPages: w.totalPages };
}

export async function getTag(id: number) {
  return db.tag.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
}

function expire() {
  expireTags(cacheTags.taxonomy, cacheTags.articles);
}

/**
 * Creates or renames a tag. A name whose slug another tag already has is
 * refused rather than suffixed: the article editor files tags by slug, so
 * two such tags would be the same tag to writers.
 */
export async function saveTag(form: FormData): Promise<SavedResult> {
  const values = readForm(form, TAG_FIELDS);
  const parsed = tagInput.safeParse(values);
  if (!parsed.success) return invalid(t.errors.form, fieldErrors(parsed.error), values);
  const input = parsed.data;
  if (input.id !== null && !(await db.tag.findUnique({ where: { id: input.id }, select: { id: true } })))
    return refused;

  const slug = await resolveSlug({
    typed: input.slug,
    name: input.name,
    fallback: `tag-${Date.now().toString(36)}`,
    exceptId: input.id,
    find: (s) => db.tag.findUnique({ where: { slug: s }, select: { id: true } }),
    suffix: false,
  });
  if (!slug) return invalid(t.errors.form, { [input.slug ? "slug" : "name"]: t.errors.slugTaken }, values);

  const data = { name: input.name, slug };
  const saved = await unlessPrisma(
    input.id !== null
      ? db.tag.update({ where: { id: input.id }, data, select: { id: true } })
      : db.tag.create({ data, select: { id: true } }),
    { P2002: "taken", P2025: "gone" } as const, // a slug taken, or the tag deleted, in the meantime
  );
  if (saved === "gone") return refused;
  if (saved === "taken") return invalid(t.errors.form, { slug: t.errors.slugTaken }, values);
  expire();
  return {
    ok: true,
    message: input.id === null ? t.created : t.saved,
    id: saved.id,
    values: { id: String(saved.id), name: data.name, slug },
  };
}

/** Deletes a tag; its articles simply lose it (as in WordPress). */
export async function deleteTag(user: StaffUser, form: FormData): Promise<ActionResult> {
  const id = Number(form.get("id"));
  if (!Number.isInteger(id) || id <= 0) return refused;
  const tag = await unlessPrisma(db.tag.delete({ where: { id }, select: { name: true } }), { P2025: null });
  if (!tag) return refused;
  await logActivity(user.id, "tag.delete", { type: "tag", id, summary: tag.name });
  expire();
  return { ok: true, message: t.deleted };
}
