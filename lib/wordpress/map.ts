import type { WxrComment, WxrItem } from "./wxr";

export type ArticleStatus = "PUBLISHED" | "DRAFT" | "PENDING" | "SCHEDULED";
export type CommentStatus = "APPROVED" | "PENDING" | "SPAM" | "TRASH";

const POST_STATUS: Record<string, ArticleStatus> = {
  publish: "PUBLISHED",
  draft: "DRAFT",
  pending: "PENDING",
  future: "SCHEDULED",
  private: "DRAFT",
};

/**
 * The article status for a post, or why it is not imported. A post without a title is
 * imported all the same (WordPress lists it as "(no title)"); the importer names it.
 */
export function mapPost(item: WxrItem): { status: ArticleStatus } | { skip: string } {
  if (item.type !== "post") return { skip: `post type "${item.type || "?"}" is not imported` };
  const status = POST_STATUS[item.status];
  if (!status) return { skip: `status "${item.status || "?"}" is not imported` };
  return { status };
}

/** A WordPress page: published or not (a draft page stays unpublished here), or why it is not imported. */
export function mapPage(item: WxrItem): { published: boolean } | { skip: string } {
  const status = POST_STATUS[item.status];
  if (!status) return { skip: `status "${item.status || "?"}" is not imported` };
  return { published: status === "PUBLISHED" };
}

const COMMENT_STATUS: Record<string, CommentStatus> = {
  "1": "APPROVED",
  "0": "PENDING",
  spam: "SPAM",
  trash: "TRASH",
  "post-trashed": "TRASH",
};

export function mapComment(c: WxrComment): { status: CommentStatus } | { skip: string } {
  if (c.type && c.type !== "comment") return { skip: `${c.type} is not imported` };
  const status = COMMENT_STATUS[c.approved];
  return status ? { status } : { skip: `comment status "${c.approved}" is not imported` };
}

const EMPTY_DATE = /^0000-00-00/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

function parseUtc(value: string): Date | null {
  const m = DATE.exec(value.trim());
  if (!m || EMPTY_DATE.test(value)) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * The moment of a post or comment. wp:*_date_gmt is authoritative; drafts
 * often have it empty (0000-…), and then the local date is read in the site's
 * offset (minutes east of UTC), learned from posts that carry both.
 */
export function wordpressDate(local: string, gmt: string, offsetMinutes: number): Date | null {
  const utc = parseUtc(gmt);
  if (utc) return utc;
  const l = parseUtc(local);
  return l && new Date(l.getTime() - offsetMinutes * 60_000);
}

/** Minutes east of UTC implied by a local/GMT pair, or null. */
export function offsetOf(local: string, gmt: string): number | null {
  const l = parseUtc(local);
  const g = parseUtc(gmt);
  return l && g ? Math.round((l.getTime() - g.getTime()) / 60_000) : null;
}

/** WordPress stores non-Latin post_name percent-encoded (%d8%a7…). */
export function decodePostName(name: string): string {
  try {
    return decodeURIComponent(name).normalize("NFC");
  } catch {
    return name;
  }
}
