import "server-only";
import { pageWindow } from "@/lib/admin/list-page";
import { type StaffUser, canManageAllMedia, canUseMedia } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { type MediaItem, mediaSelect, toMediaItem } from "./library";

export const LIBRARY_PAGE_SIZE = 48;
export const PICKER_PAGE_SIZE = 24;

/** The pictures a staff member sees: editors every one, others their own uploads. */
function visibleTo(user: StaffUser) {
  return canManageAllMedia(user) ? {} : { uploaderId: user.id };
}

/** A search over alt text and caption (Arabic has no letter case; LIKE on both engines). */
function matching(q: string) {
  const term = q.trim().slice(0, 100);
  return term ? { OR: [{ alt: { contains: term } }, { caption: { contains: term } }] } : {};
}

export async function listLibrary(
  user: StaffUser,
  opts: { q: string; page: number; size?: number },
): Promise<{ items: MediaItem[]; total: number; page: number; totalPages: number }> {
  const where = { ...visibleTo(user), ...matching(opts.q) };
  const total = await db.media.count({ where });
  const { page, totalPages, skip, take } = pageWindow(opts.page, total, opts.size ?? LIBRARY_PAGE_SIZE);
  const rows = await db.media.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: mediaSelect,
  });
  return { items: rows.map(toMediaItem), total, page, totalPages };
}

/** One picture when this staff member may use it; null when it does not exist, "refused" when it is not theirs. */
export async function usableMedia(user: StaffUser, id: number) {
  const row = await db.media.findUnique({ where: { id }, select: mediaSelect });
  if (!row) return null;
  return canUseMedia(user, row) ? row : ("refused" as const);
}

/**
 * The library picture an article form points at (`mediaId`), checked against
 * who is saving: null when none was picked, "refused" for a picture that is not
 * theirs to use or does not exist.
 */
export async function pickedMedia(user: StaffUser, value: FormDataEntryValue | null) {
  if (typeof value !== "string" || value === "") return null;
  if (!/^[1-9]\d{0,9}$/.test(value)) return "refused" as const;
  return (await usableMedia(user, Number(value))) ?? ("refused" as const);
}

/**
 * The articles that show a picture: as their featured image, or in their body
 * (any of its widths). Trashed articles count: restoring one would bring the
 * picture back.
 */
export async function mediaUsage(media: { id: number; url: string }) {
  const stem = media.url.replace(/\.webp$/, "");
  return db.article.findMany({
    where: { OR: [{ mediaId: media.id }, { featuredImage: media.url }, { body: { contains: stem } }] },
    select: { id: true, headline: true },
    orderBy: { id: "desc" },
    take: 20,
  });
}

/** How many articles use each picture of a page of the library, for the grid's warnings. */
export async function usageCounts(items: { id: number; url: string }[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (items.length === 0) return counts;
  const featured = await db.article.groupBy({
    by: ["mediaId"],
    where: { mediaId: { in: items.map((i) => i.id) } },
    _count: { _all: true },
  });
  for (const f of featured) if (f.mediaId !== null) counts.set(f.mediaId, f._count._all);
  return counts;
}
