import { Pagination } from "@/components/articles/pagination";
import { ar } from "@/lib/i18n/ar";
import { type SearchPageData, searchHref } from "@/lib/search/page";
import { SearchForm } from "./search-form";
import { SearchHit } from "./search-hit";

export function SearchView({ query, results, page }: SearchPageData) {
  const t = ar.searchPage;
  const q = query.text;
  return (
    <section>
      <header className="mb-6 border-b-4 border-brand pb-2">
        <h1 className="text-3xl font-bold">
          {q ? (
            <>
              {t.heading} <bdi>«{q}»</bdi>
            </>
          ) : (
            t.title
          )}
          {page > 1 && <span className="ms-2 text-lg font-normal text-muted">— {ar.pageN(page)}</span>}
        </h1>
      </header>
      <SearchForm query={q} />
      {query.truncated && <p className="mb-4 text-muted">{t.truncated}</p>}
      {!results ? (
        <p className="text-muted">{q ? t.noTerms : t.empty}</p>
      ) : results.total === 0 ? (
        <p className="text-muted">{t.noResults}</p>
      ) : (
        <>
          <p className="mb-4 text-sm text-muted">
            {results.more ? t.countMore(results.total) : t.count(results.total)}
          </p>
          <ol className="flex flex-col gap-6">
            {results.hits.map((hit) => (
              <li key={hit.id} className="border-b pb-4">
                <SearchHit hit={hit} />
              </li>
            ))}
          </ol>
          <Pagination page={results.page} totalPages={results.totalPages} href={(n) => searchHref(q, n)} />
        </>
      )}
    </section>
  );
}
