import type { Role } from "@/lib/db/generated/enums";
import { type StaffUser, canManageTaxonomy } from "@/lib/auth/roles";

/** Bylines are part of the newsroom's taxonomy: editors and administrators manage every author profile. */
export const canManageAuthors = canManageTaxonomy;

/** Anyone may keep their own byline up to date; editors and up may edit any. */
export function canEditAuthorProfile(user: StaffUser, author: { id: number }): boolean {
  return canManageAuthors(user) || user.authorId === author.id;
}

export const OWN_PROFILE_FIELDS = ["name", "bio"] as const;

/**
 * Whether a change to one account would leave the site with no active
 * administrator (nobody could then manage staff). `otherActiveAdministrators`
 * counts the active administrators other than the account being changed.
 */
export function removesLastAdministrator(
  current: { role: Role; active: boolean },
  next: { role: Role; active: boolean },
  otherActiveAdministrators: number,
): boolean {
  const isActiveAdmin = current.role === "ADMINISTRATOR" && current.active;
  const staysActiveAdmin = next.role === "ADMINISTRATOR" && next.active;
  return isActiveAdmin && !staysActiveAdmin && otherActiveAdministrators === 0;
}
