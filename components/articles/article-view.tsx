import { SiteLink } from "@/components/site-link";
import type { ArticleFull, ArticleSummary } from "@/lib/articles/types";
import { submitCommentAction } from "@/lib/comments/actions/submit-comment";
import { buildThread } from "@/lib/comments/thread";
import { emptyCommentState, type PublicComment } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/ar";
import { absoluteUrl } from "@/lib/site/config";
import { formatDate, formatTime } from "@/lib/site/format-date";
import { paths } from "@/lib/site/paths";
import { publicAssetUrl } from "@/lib/site/public-asset";
import { CommentForm } from "../comments/comment-form";
import { CommentList } from "../comments/comment-list";
import { ArticleDate } from "./article-date";
import { ArticleImage } from "./article-image";
import { RelatedList } from "./related-list";
import { ShareLinks } from "./share-links";

type Props = {
  article: ArticleFull;
  related: ArticleSummary[];
  comments: PublicComment[];
  replyTo: { id: number; name: string } | null;
  /** This browser's own comments awaiting moderation (only on the per-request page that shows them). */
  held?: PublicComment[];
  /** Staff preview of unpublished work: no comment form. */
  preview?: boolean;
};

/** The article page, top to bottom in the order the newspaper's layout fixes. */
export function ArticleView({ article, related, comments, replyTo, held = [], preview = false }: Props) {
  const shown = held.length
    ? [...comments, ...held].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id)
    : comments;
  return (
    <article className="mx-auto max-w-3xl">
      <SiteLink
        href={paths.category(article.category.slug)}
        className="font-bold text-brand hover:underline print:hidden"
      >
        {article.category.name}
      </SiteLink>
      {article.kicker && <p className="mt-2 text-lg text-muted">{article.kicker}</p>}
      <h1 className="mt-1 text-3xl leading-snug font-bold md:text-4xl">{article.headline}</h1>
      {article.excerpt && <p className="mt-3 text-xl leading-relaxed text-muted">{article.excerpt}</p>}

      {article.image && (
        <figure className="mt-5">
          <ArticleImage
            image={article.image}
            alt={
              article.image.alt === article.headline && article.imageCaption ? article.imageCaption : article.image.alt
            }
            sizes="(min-width: 800px) 768px, 100vw"
            priority
            fallbackWidth={960}
            className="h-auto w-full rounded bg-gray-100"
          />
          {article.imageCaption && <figcaption className="mt-1 text-sm text-muted">{article.imageCaption}</figcaption>}
        </figure>
      )}

      <div className="mt-5 flex flex-col gap-x-6 gap-y-1 border-y py-2 text-sm text-muted sm:flex-row sm:flex-wrap">
        <p>
          {ar.authorLine}
          <SiteLink
            href={paths.author(article.author.slug)}
            rel="author"
            className="inline-block min-h-6 font-bold text-ink hover:text-brand"
          >
            {article.author.name}
          </SiteLink>
        </p>
        <p>
          <ArticleDate iso={article.publishedAt} withLabel />
        </p>
        <p>
          {ar.timeLine}
          <time dateTime={article.publishedAt}>{formatTime(article.publishedAt)}</time>
        </p>
        {article.editedAt && (
          <p>
            {ar.updatedLine}
            <time dateTime={article.editedAt}>
              {formatDate(article.editedAt)} {ar.at} {formatTime(article.editedAt)}
            </time>
          </p>
        )}
      </div>

      <div className="prose-ar mt-6 text-lg" dangerouslySetInnerHTML={{ __html: article.body }} />

      <ShareLinks url={absoluteUrl(paths.article(article.slug))} title={article.headline} />

      {article.tags.length > 0 && (
        <nav aria-label={ar.tags} className="mt-6 flex flex-wrap items-center gap-2 text-sm print:hidden">
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

      {/* Printed: headline, byline, date, picture and body; the rest is for the screen. */}
      <div className="print:hidden">
        <RelatedList articles={related} />

        <CommentList
          thread={buildThread(shown)}
          count={comments.length}
          articleSlug={article.slug}
          heldIds={held.map((c) => c.id)}
          replies={article.commentsOpen}
        />
        {!preview && !article.commentsOpen && (
          <section id="respond" className="mt-10 rounded border-t-4 border-gray-300 bg-gray-50 p-4">
            <p className="font-bold">{ar.comments.closed}</p>
          </section>
        )}
        {!preview && article.commentsOpen && (
          <>
            <CommentForm
              key={replyTo?.id ?? "new"}
              action={submitCommentAction.bind(null, article.id)}
              initial={emptyCommentState}
              replyTo={replyTo}
              articleId={article.id}
              articlePath={paths.article(article.slug)}
              // The page a refused comment comes back in, scrolled to the form.
              permalink={replyTo ? paths.replyTo(article.slug, replyTo.id) : `${paths.article(article.slug)}#respond`}
            />
            <script src={publicAssetUrl("comments.js")} defer />
          </>
        )}
      </div>
    </article>
  );
}
