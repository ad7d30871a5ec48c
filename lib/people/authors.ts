import "server-only";
import { loadListPage } from "@/lib/admin/list-page";
import { deleteRecord, expireRecords, nameOrSlugContains, writeRecord } from "@/lib/admin/records";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { readForm } from "@/lib/forms/form-data";
import { type ActionResult, type SavedResult, refused } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ar } from "@/lib/i18n/ar";
import { AUTHOR_FIELDS, authorInput, authorValues } from "./author-input";
import { canEditAuthorProfile, canManageAuthors } from "./rules";

const t = ar.admin.manage.authors;
export const AUTHOR_PAGE_SIZE = 30;

export async function listAuthors(requestedPage: number, q?: string) {
  const where: Prisma.AuthorWhereInput = nameOrSlugContains(q);
  return loadListPage(
    requestedPage,
    AUTHOR_PAGE_SIZE,
    () => db.author.count({ where }),
    (window) =>
      db.author.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          name: true,
          slug: true,
          user: { select: { name: true, active: true } },
          _count: { select: { articles: true } },
        },
      }),
  );
}

export async function getAuthor(id: number) {
  return db.author.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      bio: true,
      photo: true,
      userId: true,
      _count: { select: { articles: true } },
    },
  });
}

/** Staff accounts that can be linked to this profile: those without a byline, plus its current one. */
export async function accountOptions(authorId: number | null) {
  return db.user.findMany({
    where: { OR: [{ author: null }, ...(authorId ? [{ author: { id: authorId } }] : [])] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

export async function saveAuthor(user: StaffUser, form: FormData): Promise<SavedResult> {
  const values = readForm(form, AUTHOR_FIELDS);
  const parsed = authorInput.safeParse(values);
  if (!parsed.success) return invalid(t.errors.form, fieldErrors(parsed.error), values);
  const input = parsed.data;

  const existing = input.id !== null ? await getAuthor(input.id) : null;
  if (input.id !== null && !existing) return refused;
  if (existing ? !canEditAuthorProfile(user, existing) : !canManageAuthors(user)) return refused;

  // Writers keep their own name and bio up to date; slug, photo and account stay as the editors set them.
  if (!canManageAuthors(user)) {
    await db.author.update({ where: { id: existing!.id }, data: { name: input.name, bio: input.bio } });
    expireRecords();
    return {
      ok: true,
      message: t.saved,
      id: existing!.id,
      values: { ...values, name: input.name, bio: input.bio ?? "" },
    };
  }

  if (input.userId !== null) {
    const account = await db.user.findUnique({
      where: { id: input.userId },
      select: { author: { select: { id: true } } },
    });
    if (!account || (account.author && account.author.id !== input.id))
      return invalid(t.errors.form, { userId: t.errors.account }, values);
  }
  const data = { name: input.name, bio: input.bio, photo: input.photo, userId: input.userId };
  const select = { id: true } as const;
  // An account linked to another byline in the meantime fails on its unique index: reported as a taken slug is.
  const saved = await writeRecord(
    input,
    {
      kind: "author",
      suffix: true,
      find: (slug) => db.author.findUnique({ where: { slug }, select }),
      create: (slug) => db.author.create({ data: { ...data, slug }, select }),
      update: (id, slug) => db.author.update({ where: { id }, data: { ...data, slug }, select }),
    },
    (field) => invalid(t.errors.form, { [field]: t.errors.slugTaken }, values),
  );
  if ("refused" in saved) return saved.refused;
  return {
    ok: true,
    message: existing ? t.saved : t.created,
    id: saved.id,
    values: authorValues({ ...data, id: saved.id, slug: saved.slug }),
  };
}

/** Deletes a byline that signs no article (any status); otherwise says why not. */
export async function deleteAuthor(user: StaffUser, form: FormData): Promise<ActionResult> {
  return deleteRecord(user, form, {
    kind: "author",
    find: getAuthor,
    remove: (id) => db.author.delete({ where: { id } }),
    hasArticles: t.errors.hasArticles,
    deleted: t.deleted,
  });
}
