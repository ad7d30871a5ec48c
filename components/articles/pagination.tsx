import { SiteLink } from "@/components/site-link";
import { ar } from "@/lib/i18n/ar";

/** Newer/older links plus the page numbers; `href(n)` builds each page's URL. */
export function Pagination({
  page,
  totalPages,
  href,
}: {
  page: number;
  totalPages: number;
  href: (n: number) => string;
}) {
  if (totalPages <= 1) return null;
  const numbers = Array.from({ length: totalPages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === totalPages || Math.abs(n - page) <= 2,
  );
  return (
    <nav aria-label={ar.pagination} className="mt-8 flex flex-wrap items-center gap-2 border-t pt-4">
      {page > 1 && (
        <SiteLink rel="prev" href={href(page - 1)} className="rounded border px-3 py-1 hover:bg-gray-100">
          {ar.newer}
        </SiteLink>
      )}
      {numbers.map((n, i) => (
        <span key={n} className="flex items-center gap-2">
          {i > 0 && n - numbers[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {n === page ? (
            <span aria-current="page" className="rounded bg-brand px-3 py-1 text-white">
              {n}
            </span>
          ) : (
            <SiteLink href={href(n)} className="rounded border px-3 py-1 hover:bg-gray-100" aria-label={ar.pageN(n)}>
              {n}
            </SiteLink>
          )}
        </span>
      ))}
      {page < totalPages && (
        <SiteLink rel="next" href={href(page + 1)} className="rounded border px-3 py-1 hover:bg-gray-100">
          {ar.older}
        </SiteLink>
      )}
    </nav>
  );
}
