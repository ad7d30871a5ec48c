import { SiteLink } from "@/components/site-link";
import { ArticleDate } from "@/components/articles/article-date";
import { ArticleImage } from "@/components/articles/article-image";
import type { SearchHit as Hit } from "@/lib/search/queries";
import { paths } from "@/lib/site/paths";
import { MarkedText } from "./marked-text";

export function SearchHit({ hit }: { hit: Hit }) {
  return (
    <div className="flex items-start gap-4">
      <article className="flex min-w-0 flex-1 flex-col gap-1">
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
      {hit.image && (
        <ArticleImage
          image={hit.image}
          sizes="(min-width: 640px) 160px, 96px"
          fallbackWidth={320}
          className="aspect-[4/3] h-auto w-24 shrink-0 rounded bg-gray-100 object-cover sm:w-40"
        />
      )}
    </div>
  );
}
