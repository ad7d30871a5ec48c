import "server-only";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, type SavedResult, refused, staffAction } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { containsText } from "@/lib/db/contains-text";
import { unlessPrisma } from "@/lib/db/errors";
import { parseRowId } from "@/lib/site/boundary";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { resolveSlug } from "@/lib/text/slug";
import { logActivity } from "./activity";

// The steps the dashboard's named records (bylines, categories, tags) share: each has a name, a unique slug and
// articles, and is listed, saved and deleted the same way. The queries stay with each record's module; these
// take them as functions.

type Kind = "author" | "category" | "tag";

/** A record's name and slug appear in the navigation, the listings and every article page. */
export function expireRecords() {
  expireTags(tags.taxonomy, tags.articles);
}

/** A list's search: the name or the slug contains what was typed (its first 100 characters), in any case. */
export function nameOrSlugContains(q?: string) {
  const query = q?.trim().slice(0, 100);
  return query ? { OR: [{ name: containsText(query) }, { slug: containsText(query) }] } : {};
}

/**
 * The end of a save: the slug (the one typed, or one made from the name), then the create or the update, and the
 * pages expired. With `suffix`, a slug made from the name that is taken gets a number (-2, -3…); otherwise a taken
 * slug is refused, at the `takenAt` field. A slug taken, or the record deleted, between the check and the write is
 * answered the same way as before it.
 */
export async function writeRecord(
  input: { id: number | null; name: string; slug: string },
  record: {
    kind: Kind;
    suffix: boolean;
    takenAt?: "slug" | "name";
    find: (slug: string) => Promise<{ id: number } | null>;
    create: (slug: string) => Promise<{ id: number }>;
    update: (id: number, slug: string) => Promise<{ id: number }>;
  },
  slugTaken: (field: "slug" | "name") => ActionResult,
): Promise<{ id: number; slug: string } | { refused: ActionResult }> {
  const slug = await resolveSlug({
    typed: input.slug,
    name: input.name,
    fallback: `${record.kind}-${Date.now().toString(36)}`,
    exceptId: input.id,
    find: record.find,
    suffix: record.suffix,
  });
  if (!slug) return { refused: slugTaken(record.takenAt ?? "slug") };
  const saved = await unlessPrisma(input.id !== null ? record.update(input.id, slug) : record.create(slug), {
    P2002: "taken",
    P2025: "gone",
  } as const);
  if (saved === "gone") return { refused };
  if (saved === "taken") return { refused: slugTaken("slug") };
  expireRecords();
  return { id: saved.id, slug };
}

/**
 * Deletes the record a delete button names, logged for the administrators. With `hasArticles`, a record that
 * still has articles (any status) is kept and the reason given; without it, its articles simply lose it.
 */
export async function deleteRecord(
  user: StaffUser,
  form: FormData,
  record: {
    kind: Kind;
    find: (id: number) => Promise<{ name: string; _count: { articles: number } } | null>;
    remove: (id: number) => Promise<unknown>;
    hasArticles?: (count: number) => string;
    deleted: string;
  },
): Promise<ActionResult> {
  const id = parseRowId(form.get("id"));
  if (id === null) return refused;
  const found = await record.find(id);
  if (!found) return refused;
  const { hasArticles } = record;
  if (hasArticles && found._count.articles > 0) return { ok: false, message: hasArticles(found._count.articles) };
  // An article filed under it in between makes the delete fail on its foreign key: report it the same way.
  const deleted = await unlessPrisma(record.remove(id), { P2003: "used", P2025: "gone" } as const);
  if (deleted === "gone") return refused;
  if (deleted === "used") return hasArticles ? { ok: false, message: hasArticles(1) } : refused;
  await logActivity(user.id, `${record.kind}.delete`, { type: record.kind, id, summary: found.name });
  expireRecords();
  return { ok: true, message: record.deleted };
}

/** A delete button's server action: `remove` decides; once the record is gone, back to `list` with its notice. */
export function deleteRecordAction(
  rule: (user: StaffUser) => boolean,
  remove: (user: StaffUser, form: FormData) => Promise<ActionResult>,
  list: string,
) {
  return staffAction(rule, async (user, _previous: ActionResult, form: FormData) => {
    const result = await remove(user, form);
    if (result.ok) redirect(`${list}?deleted=1`);
    return result;
  });
}

/**
 * A record form's server action: a new record gets its own page once saved (`<list>/<id>?saved=1`, its notice); an
 * edited one stays where it is, refreshed.
 */
export function saveRecordAction(
  rule: (user: StaffUser) => boolean,
  save: (user: StaffUser, form: FormData) => Promise<SavedResult>,
  list: string,
) {
  return staffAction(rule, async (user, _previous: ActionResult, form: FormData) => {
    const result = await save(user, form);
    if (result.ok && result.id && !form.get("id")) redirect(`${list}/${result.id}?saved=1`);
    if (result.ok) refresh();
    return result;
  });
}
