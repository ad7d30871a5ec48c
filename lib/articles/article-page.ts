import "server-only";
import { cache } from "react";
import { rowIdText } from "@/lib/site/boundary";
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
  // `?replytocom=` (its own cached page) must name an approved comment of this
  // article; any other value is not found, so strangers cannot mint pages.
  let target = null;
  if (replyToParam !== undefined) {
    const replyId = rowIdText.safeParse(replyToParam);
    target = replyId.success ? await getReplyTarget(article.id, replyId.data) : null;
    if (!target) return null;
  }
  return { article, related, comments, replyTo: target ? { id: target.id, name: target.authorName } : null };
});
