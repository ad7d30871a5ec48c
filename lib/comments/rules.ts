/** Comments with more links than this wait for a moderator (WordPress's comment_max_links). */
export const MAX_LINKS = 2;

/** One comment per client per this many seconds (WordPress's flood interval). */
export const FLOOD_SECONDS = 15;

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

export type Moderation = "APPROVED" | "PENDING";

/**
 * Who the address belongs to, as far as the post can show it:
 * - "reader": not a staff member's address;
 * - "staff-address": a staff member's address, without that member's session;
 * - "staff": that member, signed in;
 * - "moderator": that member, signed in, and allowed to approve comments anyway.
 */
export type Poster = "reader" | "staff-address" | "staff" | "moderator";

/**
 * WordPress's rule, tightened: a comment is held unless the same name and email
 * already have an approved comment written from this very browser (the signed
 * commenter cookie), so knowing someone's name and email is not enough. A staff
 * member's address is never published at once without their session; a
 * moderator signed in is published as WordPress publishes its moderators. Too
 * many links hold anyone else's comment.
 */
export function decideStatus(input: { content: string; approvedBefore: boolean; poster?: Poster }): Moderation {
  const poster = input.poster ?? "reader";
  if (poster === "moderator") return "APPROVED";
  if (poster === "staff-address") return "PENDING";
  if (countLinks(input.content) > MAX_LINKS) return "PENDING";
  return input.approvedBefore ? "APPROVED" : "PENDING";
}

/** Same text from the same person on the same article counts as a duplicate, whitespace aside. */
export function normalizeForDuplicate(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
