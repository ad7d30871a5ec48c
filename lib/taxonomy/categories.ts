import "server-only";
import { logActivity } from "@/lib/admin/activity";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { readForm } from "@/lib/forms/form-data";
import { pageWindow } from "@/lib/admin/list-page";
import { type ActionResult, refused } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { CATEGORY_FIELDS, categoryInput, createsCycle } from "./category-input";
import { resolveSlug } from "@/lib/text/slug";
import { unlessPrisma } from "@/lib/db/errors";

const t = ar.admin.manage.categories;
export const CATEGORY_PAGE_SIZE = 50;

export type SavedResult = ActionResult & { id?: number };

/** The dashboard list: navigation order, with each category's parent and article count (all statuses). */
export async function listCategories(requestedPage: number) {
  const total = await db.category.count();
  const w = pageWindow(requestedPage, total, CATEGORY_PAGE_SIZE);
  const rows = await db.category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    skip: w.skip,
    take: w.take,
    select: {
      id: true,
      name: true,
      slug: true,
      position: true,
      parent: { select: { name: true } },
      _count: { select: { articles: true } },
    },
  });
  return { rows, total, page: w.page, totalPages: w.totalPages };
}

export async function getCategory(id: number) {
  return db.category.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      parentId: true,
      position: true,
      _count: { select: { articles: true } },
    },
  });
}

/** Possible parents for the form (every category; the server refuses loops). */
export async function parentOptions() {
  return db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

function expire() {
  // Names and slugs appear in the navigation, listings and every article page.
  expireTags(tags.taxonomy, tags.articles);
}

export async function saveCategory(form: FormData): Promise<SavedResult> {
  const values = readForm(form, CATEGORY_FIELDS);
  const parsed = categoryInput.safeParse(values);
  if (!parsed.success) return invalid(t.errors.form, fieldErrors(parsed.error), values);
  const input = parsed.data;

  if (input.id !== null && !(await db.category.findUnique({ where: { id: input.id }, select: { id: true } })))
    return refused;
  if (input.parentId !== null) {
    const all = await db.category.findMany({ select: { id: true, parentId: true } });
    const parentOf = new Map(all.map((c) => [c.id, c.parentId]));
    if (!parentOf.has(input.parentId)) return invalid(t.errors.form, { parentId: t.errors.parent }, values);
    if (createsCycle(input.id, input.parentId, parentOf))
      return invalid(t.errors.form, { parentId: t.errors.parentCycle }, values);
  }
  const slug = await resolveSlug({
    typed: input.slug,
    name: input.name,
    fallback: `category-${Date.now().toString(36)}`,
    exceptId: input.id,
    find: (s) => db.category.findUnique({ where: { slug: s }, select: { id: true } }),
    suffix: true,
  });
  if (!slug) return invalid(t.errors.form, { slug: t.errors.slugTaken }, values);

  const data = {
    name: input.name,
    slug,
    description: input.description,
    parentId: input.parentId,
    position: input.position,
  };
  const saved = await unlessPrisma(
    input.id !== null
      ? db.category.update({ where: { id: input.id }, data, select: { id: true } })
      : db.category.create({ data, select: { id: true } }),
    { P2002: "taken", P2025: "gone" } as const, // a slug taken, or the category deleted, in the meantime
  );
  if (saved === "gone") return refused;
  if (saved === "taken") return invalid(t.errors.form, { slug: t.errors.slugTaken }, values);
  expire();
  return {
    ok: true,
    message: input.id === null ? t.created : t.saved,
    id: saved.id,
    values: {
      id: String(saved.id),
      name: data.name,
      slug,
      description: data.description ?? "",
      parentId: data.parentId ? String(data.parentId) : "",
      position: String(data.position),
    },
  };
}

/** Deletes an empty category; one that still has articles (any status) is refused with the reason. */
export async function deleteCategory(user: StaffUser, form: FormData): Promise<ActionResult> {
  const id = Number(form.get("id"));
  if (!Number.isInteger(id) || id <= 0) return refused;
  const category = await getCategory(id);
  if (!category) return refused;
  if (category._count.articles > 0) return { ok: false, message: t.errors.hasArticles(category._count.articles) };
  // An article added in between makes the delete fail on its foreign key: report it the same way.
  const deleted = await unlessPrisma(db.category.delete({ where: { id } }), { P2003: "used", P2025: "gone" } as const);
  if (deleted === "gone") return refused;
  if (deleted === "used") return { ok: false, message: t.errors.hasArticles(1) };
  await logActivity(user.id, "category.delete", { type: "category", id, summary: category.name });
  expire();
  return { ok: true, message: t.deleted };
}
