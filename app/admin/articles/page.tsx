import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, Notice, PageHeader } from "@/components/admin/admin-table";
import { Pagination } from "@/components/articles/pagination";
import { FilterSelect, SearchField } from "@/components/admin/filter-select";
import { ArticleDate } from "@/components/articles/article-date";
import { bulkArticlesAction } from "@/lib/articles/actions/bulk-articles";
import { editorOptions, listArticlesForStaff, type StaffArticleFilters } from "@/lib/articles/admin-queries";
import { listPageHref } from "@/lib/admin/list-page";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { firstValue } from "@/lib/site/boundary";
import { paths } from "@/lib/site/paths";

const a = ar.admin.articles;

export const metadata: Metadata = { title: a.title };

export default async function AdminArticles({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireStaff();
  const sp = await searchParams;
  const filters: StaffArticleFilters = {
    status: firstValue(sp.status),
    category: firstValue(sp.category),
    author: firstValue(sp.author),
    q: firstValue(sp.q),
    page: firstValue(sp.page),
  };
  const bulkDone = firstValue(sp.bulk);
  const [{ rows, page, totalPages, total }, options] = await Promise.all([
    listArticlesForStaff(user, filters),
    editorOptions(),
  ]);
  const href = listPageHref("/admin/articles", { ...filters, page: undefined });
  return (
    <>
      <PageHeader
        title={a.title}
        count={total}
        action={{ href: "/admin/articles/new", label: ar.admin.nav.newArticle }}
      />
      {bulkDone && /^\d+$/.test(bulkDone) && <Notice text={a.bulk.done(Number(bulkDone))} />}
      <form className="mt-4 flex flex-wrap items-end gap-2" role="search">
        <FilterSelect
          name="status"
          label={ar.admin.editor.status}
          all={a.allStatuses}
          value={filters.status}
          options={Object.entries(ar.admin.status).map(([value, label]) => ({ value, label }))}
        />
        <FilterSelect
          name="category"
          label={ar.admin.editor.category}
          all={a.allCategories}
          value={filters.category}
          options={options.categories.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          name="author"
          label={ar.admin.editor.author}
          all={a.allAuthors}
          value={filters.author}
          options={options.authors.map((c) => ({ value: c.id, label: c.name }))}
        />
        <SearchField label={a.search} value={filters.q ?? ""} submit={a.filter} />
      </form>
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">{a.empty}</p>
      ) : (
        <form action={bulkArticlesAction} className="mt-4">
          {Object.entries(filters).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
          <fieldset className="mb-3 flex flex-wrap items-end gap-2">
            <legend className="sr-only">{a.bulk.label}</legend>
            <label className="flex flex-col text-sm">
              {a.bulk.label}
              <select name="bulkAction" className="rounded border bg-white p-2">
                <option value="trash">{a.bulk.trash}</option>
                <option value="restore">{a.bulk.restore}</option>
                <option value="category">{a.bulk.category}</option>
              </select>
            </label>
            <label className="flex flex-col text-sm">
              {a.bulk.toCategory}
              <select name="bulkCategory" className="rounded border bg-white p-2">
                <option value="">—</option>
                {options.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded border bg-white px-4 py-2 hover:bg-gray-100">
              {a.bulk.apply}
            </button>
          </fieldset>
          <AdminTable columns={Object.values(a.columns)} select={a.select}>
            {rows.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">
                  <input
                    type="checkbox"
                    name="ids"
                    value={r.id}
                    aria-label={`${a.select}: ${r.headline}`}
                    className="size-5"
                  />
                </td>
                <td className="p-2">
                  <Link href={`/admin/articles/${r.id}`} className="font-bold hover:text-brand">
                    {r.headline}
                  </Link>
                  <div className="mt-1 flex gap-3 text-xs">
                    <Link href={`/admin/articles/${r.id}`} className="text-brand">
                      {a.edit}
                    </Link>
                    {r.status === "PUBLISHED" ? (
                      <Link href={paths.article(r.slug)} className="text-brand">
                        {a.view}
                      </Link>
                    ) : (
                      <Link href={`/admin/articles/${r.id}/preview`} className="text-brand">
                        {a.preview}
                      </Link>
                    )}
                  </div>
                </td>
                <td className="p-2" data-label={a.columns.author}>
                  {r.author.name}
                </td>
                <td className="p-2" data-label={a.columns.category}>
                  {r.category.name}
                </td>
                <td className="p-2" data-label={a.columns.status}>
                  {ar.admin.status[r.status]}
                </td>
                <td className="p-2" data-label={a.columns.date}>
                  {r.publishedAt ? (
                    <ArticleDate iso={r.publishedAt.toISOString()} />
                  ) : (
                    <>
                      {a.lastChange}: <ArticleDate iso={r.updatedAt.toISOString()} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </AdminTable>
        </form>
      )}
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}
