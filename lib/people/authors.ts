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
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { resolveSlug } from "@/lib/text/slug";
import { AUTHOR_FIELDS, authorInput } from "./author-input";
import { canEditAuthorProfile, canManageAuthors } from "./rules";
import { unlessPrisma } from "@/lib/db/errors";

const t = ar.admin.manage.authors;
export const AUTHOR_PAGE_SIZE = 30;

export type SavedAuthor = ActionResult & { id?: number };

export async function listAuthors(requestedPage: number, q?: string) {
  const query = q?.trim().slice(0, 100);
  const where: Prisma.AuthorWhereInput = query
    ? { OR: [{ name: containsText(query) }, { slug: containsText(query) }] }
    : {};
  const total = await db.author.count({ where });
  const w = pageWindow(requestedPage, total, AUTHOR_PAGE_SIZE);
  const rows = await db.author.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: w.skip,
    take: w.take,
    select: {
      id: true,
      name: true,
      slug: true,
      user: { select: { name: true, active: true } },
      _count: { select: { articles: true } },
    },
  });
  return { rows, total, page: w.page, totalPages: w.totalPages };
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

function expire() {
  // Bylines appear on article pages and author listings.
  expireTags(tags.taxonomy, tags.articles);
}

export async function saveAuthor(user: StaffUser, form: FormData): Promise<SavedAuthor> {
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
    expire();
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
  const slug = await resolveSlug({
    typed: input.slug,
    name: input.name,
    fallback: `author-${Date.now().toString(36)}`,
    exceptId: input.id,
    find: (s) => db.author.findUnique({ where: { slug: s }, select: { id: true } }),
    suffix: true,
  });
  if (!slug) return invalid(t.errors.form, { slug: t.errors.slugTaken }, values);

  const data = { name: input.name, slug, bio: input.bio, photo: input.photo, userId: input.userId };
  const saved = await unlessPrisma(
    existing
      ? db.author.update({ where: { id: existing.id }, data, select: { id: true } })
      : db.author.create({ data, select: { id: true } }),
    { P2002: "taken", P2025: "gone" } as const, // slug or account taken, or the byline deleted, in the meantime
  );
  if (saved === "gone") return refused;
  if (saved === "taken") return invalid(t.errors.form, { slug: t.errors.slugTaken }, values);
  expire();
  return {
    ok: true,
    message: existing ? t.saved : t.created,
    id: saved.id,
    values: {
      id: String(saved.id),
      name: data.name,
      slug,
      bio: data.bio ?? "",
      photo: data.photo ?? "",
      userId: data.userId ? String(data.userId) : "",
    },
  };
}

/** Deletes a byline that signs no article (any status); otherwise says why not. */
export async function deleteAuthor(user: StaffUser, form: FormData): Promise<ActionResult> {
  const id = Number(form.get("id"));
  if (!Number.isInteger(id) || id <= 0) return refused;
  const author = await getAuthor(id);
  if (!author) return refused;
  if (author._count.articles > 0) return { ok: false, message: t.errors.hasArticles(author._count.articles) };
  // An article signed in between makes the delete fail on its foreign key: report it the same way.
  const deleted = await unlessPrisma(db.author.delete({ where: { id } }), { P2003: "used", P2025: "gone" } as const);
  if (deleted === "gone") return refused;
  if (deleted === "used") return { ok: false, message: t.errors.hasArticles(1) };
  await logActivity(user.id, "author.delete", { type: "author", id, summary: author.name });
  expire();
  return { ok: true, message: t.deleted };
}
