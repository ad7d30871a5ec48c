import { SiteLink } from "@/components/site-link";
import type { HomePage } from "@/lib/articles/queries";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import type { MostRead } from "@/lib/views/queries";
import { MostReadBox } from "../frontpage/most-read";
import { ArticleCard } from "./article-card";

export function HomeView({ home, mostRead }: { home: HomePage; mostRead: MostRead }) {
  if (!home.lead) return <p className="text-muted">{ar.noArticles}</p>;
  return (
    <div className="flex flex-col gap-10">
      <h1 className="sr-only">
        {ar.siteName} — {ar.siteTagline}
      </h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="lead-title" className="lg:col-span-2">
          <h2 id="lead-title" className="sr-only">
            {ar.leadStory}
          </h2>
          <ArticleCard article={home.lead} size="lead" />
        </section>
        <section aria-labelledby="latest-title" className="lg:border-s lg:ps-6">
          <h2 id="latest-title" className="mb-3 border-b-2 border-brand pb-1 text-xl font-bold">
            {ar.latest}
          </h2>
          <ul className="flex flex-col gap-4">
            {home.latest.map((a) => (
              <li key={a.id} className="border-b pb-3">
                <ArticleCard article={a} size="compact" />
              </li>
            ))}
          </ul>
          <MostReadBox mostRead={mostRead} className="mt-8" />
        </section>
      </div>
      {home.blocks.map((block) => (
        <section key={block.category.slug} aria-labelledby={`block-${block.category.slug}`} className="below-fold">
          <h2 id={`block-${block.category.slug}`} className="mb-4 border-b-2 border-brand pb-1 text-xl font-bold">
            <SiteLink href={paths.category(block.category.slug)} className="hover:text-brand">
              {block.category.name}
            </SiteLink>
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {block.articles.map((a) => (
              <li key={a.id}>
                <ArticleCard
                  article={a}
                  showCategory={false}
                  sizes="(min-width: 1152px) 270px, (min-width: 1024px) 23vw, (min-width: 640px) 50vw, 100vw"
                />
              </li>
            ))}
          </ul>
          <SiteLink
            href={paths.category(block.category.slug)}
            className="mt-3 inline-flex min-h-6 items-center text-sm font-bold text-brand hover:underline"
          >
            {ar.moreIn(block.category.name)}
          </SiteLink>
        </section>
      ))}
    </div>
  );
}
