import { SiteLink } from "@/components/site-link";
import { ArticleDate } from "@/components/articles/article-date";
import type { SearchHit as Hit } from "@/lib/search/queries";
import { paths } from "@/lib/site/paths";
import { MarkedText } from "./marked-text";

export function SearchHit({ hit }: { hit: Hit }) {
  return (
    <article className="flex flex-col gap-1">
      <SiteLink
        href={paths.category(hit.category.slug)}
        className="inline-flex min-h-6 items-center self-start text-sm font-bold text-brand hover:underline"
      >
        {hit.category.name}
      </SiteLink>
      {hit.kicker && (
        <p className="text-sm text-muted">
          <MarkedText segments={hit.kicker} />
        </p>
      )}
      <h2 className="text-xl leading-normal font-bold">
        <SiteLink href={paths.article(hit.slug)} className="hover:text-brand">
          <MarkedText segments={hit.headline} />
        </SiteLink>
      </h2>
      {hit.snippet.length > 0 && (
        <p className="text-muted" data-testid="search-snippet">
          <MarkedText segments={hit.snippet} />
        </p>
      )}
      <p className="text-sm text-muted">
        <SiteLink href={paths.author(hit.author.slug)} className="inline-block min-h-6 hover:underline">
          {hit.author.name}
        </SiteLink>
        <span aria-hidden="true"> · </span>
        <ArticleDate iso={hit.publishedAt} />
      </p>
    </article>
  );
}
