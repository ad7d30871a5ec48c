import { SiteLink } from "@/components/site-link";
import type { ArticleSummary } from "@/lib/articles/types";
import { paths } from "@/lib/site/paths";
import { ArticleDate } from "./article-date";

type Props = { article: ArticleSummary; size?: "lead" | "normal" | "compact"; showCategory?: boolean };

export function ArticleCard({ article, size = "normal", showCategory = true }: Props) {
  const Heading = size === "lead" ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-1">
      {showCategory && (
        // min-h-6: a 24 px touch target, clear of the headline link below (Lighthouse target-size).
        <SiteLink
          href={paths.category(article.category.slug)}
          className="inline-flex min-h-6 items-center self-start text-sm font-bold text-brand hover:underline"
        >
          {article.category.name}
        </SiteLink>
      )}
      {article.kicker && size !== "compact" && <p className="text-sm text-muted">{article.kicker}</p>}
      <Heading
        className={
          size === "lead"
            ? "text-2xl leading-snug font-bold md:text-3xl"
            : size === "compact"
              ? "text-base leading-normal font-bold"
              : "text-lg leading-normal font-bold"
        }
      >
        <SiteLink href={paths.article(article.slug)} className="hover:text-brand">
          {article.headline}
        </SiteLink>
      </Heading>
      {article.excerpt && size !== "compact" && (
        <p className={size === "lead" ? "text-lg text-muted" : "line-clamp-3 text-muted"}>{article.excerpt}</p>
      )}
      <p className="text-sm text-muted">
        <SiteLink href={paths.author(article.author.slug)} className="inline-block min-h-6 hover:underline">
          {article.author.name}
        </SiteLink>
        <span aria-hidden="true"> · </span>
        <ArticleDate iso={article.publishedAt} />
      </p>
    </article>
  );
}
