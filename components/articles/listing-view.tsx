import type { ArticleSummary } from "@/lib/articles/types";
import { ar } from "@/lib/i18n/ar";
import { ArticleCard } from "./article-card";
import { Pagination } from "./pagination";

type Props = {
  title: string;
  intro?: string | null;
  items: ArticleSummary[];
  page: number;
  totalPages: number;
  href: (page: number) => string;
  showCategory?: boolean;
};

export function ListingView({ title, intro, items, page, totalPages, href, showCategory = true }: Props) {
  return (
    <section>
      <header className="mb-6 border-b-4 border-brand pb-2">
        <h1 className="text-3xl font-bold">
          <bdi>{title}</bdi>
          {page > 1 && <span className="ms-2 text-lg font-normal text-muted">— {ar.pageN(page)}</span>}
        </h1>
        {intro && <p className="mt-2 text-muted">{intro}</p>}
      </header>
      {items.length === 0 ? (
        <p className="text-muted">{ar.noArticles}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2">
          {items.map((a) => (
            <li key={a.id} className="border-b pb-4">
              <ArticleCard article={a} showCategory={showCategory} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={totalPages} href={href} />
    </section>
  );
}
