import type { Role } from "@/lib/db/generated/enums";

/** The staff member every check is made against, reloaded from the database per request. */
export type StaffUser = { id: number; email: string; name: string; role: Role; authorId: number | null };

export const ROLES: Role[] = ["ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"];

// Access rules, WordPress's meaning of each role, one named function per question.
const isEditorial = (u: StaffUser) => u.role === "ADMINISTRATOR" || u.role === "EDITOR";

export const canManageStaff = (u: StaffUser) => u.role === "ADMINISTRATOR";
export const canViewActivity = (u: StaffUser) => u.role === "ADMINISTRATOR";
export const canModerateComments = isEditorial;
export const canManageTaxonomy = isEditorial;
/** The paper's own pages (about, contact…). */
export const canManagePages = isEditorial;
/** Editors and up see and edit everyone's articles; others only their own. */
export const canEditOthersArticles = isEditorial;
/** Contributors may write but never publish (nor schedule). */
export const canPublish = (u: StaffUser) => u.role !== "CONTRIBUTOR";

/** Editors and up manage every picture in the library; others see, use, edit and delete their own uploads. */
export const canManageAllMedia = isEditorial;

export function canUseMedia(u: StaffUser, media: { uploaderId: number | null }): boolean {
  return isEditorial(u) || (media.uploaderId !== null && media.uploaderId === u.id);
}

type ArticleOwnership = { authorId: number; status: string };

export function canEditArticle(u: StaffUser, article: ArticleOwnership): boolean {
  if (isEditorial(u)) return true;
  if (article.authorId !== u.authorId) return false;
  // A contributor's piece leaves their hands once it is published.
  return u.role === "AUTHOR" || article.status === "DRAFT" || article.status === "PENDING";
}

export function canPublishArticle(u: StaffUser, article: ArticleOwnership | null): boolean {
  return canPublish(u) && (article === null || canEditArticle(u, article));
}
