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
 * WordPress's rule: a comment is held unless the same name and email already
 * have an approved comment; too many links hold it regardless.
 */
export function decideStatus(input: { content: string; approvedBefore: boolean }): Moderation {
  if (countLinks(input.content) > MAX_LINKS) return "PENDING";
  return input.approvedBefore ? "APPROVED" : "PENDING";
}

/** Same text from the same person on the same article counts as a duplicate, whitespace aside. */
export function normalizeForDuplicate(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
