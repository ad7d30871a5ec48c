import "server-only";
import { loadListPage } from "@/lib/admin/list-page";
import { deleteRecord, nameOrSlugContains, writeRecord } from "@/lib/admin/records";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { readForm } from "@/lib/forms/form-data";
import { type ActionResult, type SavedResult, refused } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ar } from "@/lib/i18n/ar";
import { TAG_FIELDS, tagInput } from "./tag-input";

const t = ar.admin.manage.tags;
export const TAG_PAGE_SIZE = 30;

/** Tags with the number of articles carrying each, most used first; `q` filters by name. */
export async function listTags(requestedPage: number, q?: string) {
  const where: Prisma.TagWhereInput = nameOrSlugContains(q);
  return loadListPage(
    requestedPage,
    TAG_PAGE_SIZE,
    () => db.tag.count({ where }),
    (window) =>
      db.tag.findMany({
        where,
        orderBy: [{ articles: { _count: "desc" } }, { name: "asc" }, { id: "asc" }],
        ...window,
        select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
      }),
  );
}

export async function getTag(id: number) {
  return db.tag.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
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

  const select = { id: true } as const;
  const saved = await writeRecord(
    input,
    {
      kind: "tag",
      suffix: false,
      takenAt: input.slug ? "slug" : "name",
      find: (slug) => db.tag.findUnique({ where: { slug }, select }),
      create: (slug) => db.tag.create({ data: { name: input.name, slug }, select }),
      update: (id, slug) => db.tag.update({ where: { id }, data: { name: input.name, slug }, select }),
    },
    (field) => invalid(t.errors.form, { [field]: t.errors.slugTaken }, values),
  );
  if ("refused" in saved) return saved.refused;
  return {
    ok: true,
    message: input.id === null ? t.created : t.saved,
    id: saved.id,
    values: { id: String(saved.id), name: input.name, slug: saved.slug },
  };
}

/** Deletes a tag; its articles simply lose it (as in WordPress). */
export async function deleteTag(user: StaffUser, form: FormData): Promise<ActionResult> {
  return deleteRecord(user, form, {
    kind: "tag",
    find: getTag,
    remove: (id) => db.tag.delete({ where: { id } }),
    deleted: t.deleted,
  });
}
