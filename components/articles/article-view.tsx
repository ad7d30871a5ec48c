import Image from "next/image";
import { SiteLink } from "@/components/site-link";
import type { ArticleFull, ArticleSummary } from "@/lib/articles/types";
import { submitCommentAction } from "@/lib/comments/actions/submit-comment";
import { buildThread } from "@/lib/comments/thread";
import { emptyCommentState, type PublicComment } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { publicAssetUrl } from "@/lib/site/public-asset";
import { CommentForm } from "../comments/comment-form";
import { CommentList } from "../comments/comment-list";
import { ArticleDate } from "./article-date";
import { RelatedList } from "./related-list";

type Props = {
  article: ArticleFull;
  related: ArticleSummary[];
  comments: PublicComment[];
  replyTo: { id: number; name: string } | null;
  /** Staff preview of unpublished work: no comment form. */
  preview?: boolean;
};

/** The article page, top to bottom in the order the newspaper's layout fixes. */
export function ArticleView({ article, related, comments, replyTo, preview = false }: Props) {
  return (
    <article className="mx-auto max-w-3xl">
      <SiteLink href={paths.category(article.category.slug)} className="font-bold text-brand hover:underline">
        {article.category.name}
      </SiteLink>
      {article.kicker && <p className="mt-2 text-lg text-muted">{article.kicker}</p>}
      <h1 className="mt-1 text-3xl leading-snug font-bold md:text-4xl">{article.headline}</h1>
      {article.excerpt && <p className="mt-3 text-xl leading-relaxed text-muted">{article.excerpt}</p>}

      {article.featuredImage && (
        <figure className="mt-5">
          <Image
            src={article.featuredImage}
            alt={article.imageCaption ?? article.headline}
            width={1200}
            height={675}
            sizes="(min-width: 768px) 768px, 100vw"
            className="h-auto w-full rounded"
            priority
          />
          {article.imageCaption && <figcaption className="mt-1 text-sm text-muted">{article.imageCaption}</figcaption>}
        </figure>
      )}

      <div className="mt-5 flex flex-col gap-1 border-y py-2 text-sm text-muted sm:flex-row sm:gap-6">
        <p>
          {ar.authorLine}
          <SiteLink
            href={paths.author(article.author.slug)}
            rel="author"
            className="font-bold text-ink hover:text-brand"
          >
            {article.author.name}
          </SiteLink>
        </p>
        <p>
          <ArticleDate iso={article.publishedAt} withLabel />
        </p>
      </div>

      <div className="prose-ar mt-6 text-lg" dangerouslySetInnerHTML={{ __html: article.body }} />

      {article.tags.length > 0 && (
        <nav aria-label={ar.tags} className="mt-6 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-bold">{ar.tags}:</span>
          {article.tags.map((tag) => (
            <SiteLink
              key={tag.slug}
              href={paths.tag(tag.slug)}
              rel="tag"
              className="rounded bg-gray-100 px-2 py-0.5 hover:bg-gray-200"
            >
              {tag.name}
            </SiteLink>
          ))}
        </nav>
      )}

      <RelatedList articles={related} />

      <CommentList thread={buildThread(comments)} count={comments.length} articleSlug={article.slug} />
      {!preview && (
        <>
          <CommentForm
            key={replyTo?.id ?? "new"}
            action={submitCommentAction.bind(null, article.id)}
            initial={emptyCommentState}
            replyTo={replyTo}
            articlePath={paths.article(article.slug)}
          />
          <script src={publicAssetUrl("comments.js")} defer />
        </>
      )}
    </article>
  );
}
