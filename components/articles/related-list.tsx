import { SiteLink } from "@/components/site-link";
import type { ArticleSummary } from "@/lib/articles/types";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { ArticleImage } from "./article-image";

const short = (text: string | null, words = 24) => {
  if (!text) return null;
  const parts = text.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(" ")}…` : text;
};

export function RelatedList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className="mt-10 border-t-4 border-brand pt-4">
      <h2 id="related-title" className="mb-4 text-xl font-bold">
        {ar.related}
      </h2>
      <ul className="grid gap-4 md:grid-cols-3">
        {articles.map((a) => (
          <li key={a.id}>
            {a.image && (
              <SiteLink href={paths.article(a.slug)} tabIndex={-1} className="mb-2 block">
                <ArticleImage
                  image={a.image}
                  sizes="(min-width: 768px) 250px, 100vw"
                  fallbackWidth={320}
                  className="aspect-video h-auto w-full rounded bg-gray-100 object-cover"
                />
              </SiteLink>
            )}
            <h3 className="leading-normal font-bold">
              <SiteLink href={paths.article(a.slug)} className="hover:text-brand">
                {a.headline}
              </SiteLink>
            </h3>
            {a.excerpt && <p className="mt-1 text-sm text-muted">{short(a.excerpt)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
