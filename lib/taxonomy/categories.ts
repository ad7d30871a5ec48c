import "server-only";
import { loadListPage } from "@/lib/admin/list-page";
import { deleteRecord, writeRecord } from "@/lib/admin/records";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { readForm } from "@/lib/forms/form-data";
import { type ActionResult, type SavedResult, refused } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { CATEGORY_FIELDS, categoryInput, categoryValues, createsCycle } from "./category-input";

const t = ar.admin.manage.categories;
export const CATEGORY_PAGE_SIZE = 50;

/** The dashboard list: navigation order, with each category's parent and article count (all statuses). */
export async function listCategories(requestedPage: number) {
  return loadListPage(
    requestedPage,
    CATEGORY_PAGE_SIZE,
    () => db.category.count(),
    (window) =>
      db.category.findMany({
        orderBy: [{ position: "asc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          name: true,
          slug: true,
          position: true,
          parent: { select: { name: true } },
          _count: { select: { articles: true } },
        },
      }),
  );
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
  const data = {
    name: input.name,
    description: input.description,
    parentId: input.parentId,
    position: input.position,
  };
  const select = { id: true } as const;
  const saved = await writeRecord(
    input,
    {
      kind: "category",
      suffix: true,
      find: (slug) => db.category.findUnique({ where: { slug }, select }),
      create: (slug) => db.category.create({ data: { ...data, slug }, select }),
      update: (id, slug) => db.category.update({ where: { id }, data: { ...data, slug }, select }),
    },
    (field) => invalid(t.errors.form, { [field]: t.errors.slugTaken }, values),
  );
  if ("refused" in saved) return saved.refused;
  return {
    ok: true,
    message: input.id === null ? t.created : t.saved,
    id: saved.id,
    values: categoryValues({ ...data, id: saved.id, slug: saved.slug }),
  };
}

/** Deletes an empty category; one that still has articles (any status) is refused with the reason. */
export async function deleteCategory(user: StaffUser, form: FormData): Promise<ActionResult> {
  return deleteRecord(user, form, {
    kind: "category",
    find: getCategory,
    remove: (id) => db.category.delete({ where: { id } }),
    hasArticles: t.errors.hasArticles,
    deleted: t.deleted,
  });
}
