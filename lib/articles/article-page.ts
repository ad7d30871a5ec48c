import "server-only";
import { cache } from "react";
import { getApprovedComments, getReplyTarget } from "@/lib/comments/queries";
import { decodeSlug } from "@/lib/text/slug";
import { getArticle, getRelated } from "./queries";

/** Everything the article page shows; shared by generateMetadata and the page (cache() dedupes). */
export const loadArticlePage = cache(async (slugParam: string, replyToParam?: string) => {
  const article = await getArticle(decodeSlug(slugParam));
  if (!article) return null;
  const [related, comments] = await Promise.all([
    getRelated(article.id, article.category.slug, article.publishedAt),
    getApprovedComments(article.id),
  ]);
  // WordPress ignores a `replytocom` that does not point at an approved comment here.
  const replyId = replyToParam && /^[1-9]\d{0,9}$/.test(replyToParam) ? Number(replyToParam) : null;
  const target = replyId ? await getReplyTarget(article.id, replyId) : null;
  return { article, related, comments, replyTo: target ? { id: target.id, name: target.authorName } : null };
});
