import Link from "next/link";
import { Pagination } from "@/components/articles/pagination";
import type { ActionResult } from "@/lib/auth/action";
import { ar } from "@/lib/i18n/ar";
import { AdminTable, Notice, PageHeader } from "./admin-table";
import { DeleteButton } from "./delete-button";
import { SearchField } from "./filter-select";

// The page shells of the dashboard's named records (bylines, categories, tags; static pages use the edit page too):
// a searchable, paged list whose rows open an edit page, and the edit page with its links, its form and its delete
// button.

const m = ar.admin.manage;

/** A list page: heading with the count and the "new" link, a notice, `intro` (e.g. a form), the search, the table. */
export function RecordList({
  title,
  total,
  action,
  notice,
  intro,
  search,
  columns,
  empty,
  page,
  totalPages,
  href,
  children,
}: {
  title: string;
  total: number;
  action?: { href: string; label: string };
  notice?: string;
  intro?: React.ReactNode;
  /** What the search field holds; without it, the list has no search. */
  search?: string;
  columns: string[];
  empty: string;
  page: number;
  totalPages: number;
  href: (page: number) => string;
  children: React.ReactNode[];
}) {
  return (
    <>
      <PageHeader title={title} count={total} action={action} />
      <Notice text={notice} />
      {intro}
      {search !== undefined && (
        <form role="search" className="mb-3 flex items-end gap-2">
          <SearchField label={m.search} value={search} submit={m.search} />
        </form>
      )}
      <AdminTable columns={columns} empty={empty}>
        {children}
      </AdminTable>
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}

/** A row's first two cells: the name (opening the edit page) with its edit and view links, then the slug. */
export function RecordCells({ href, view, name, slug }: { href: string; view: string; name: string; slug: string }) {
  return (
    <>
      <td className="p-2">
        <Link href={href} className="font-bold hover:text-brand">
          <bdi>{name}</bdi>
        </Link>
        <div className="mt-1 flex gap-3 text-xs">
          <Link href={href} className="text-brand">
            {m.edit}
          </Link>
          <Link href={view} className="text-brand">
            {m.view}
          </Link>
        </div>
      </td>
      <td className="p-2">
        <bdi>{slug}</bdi>
      </td>
    </>
  );
}

/**
 * An edit page: heading, the way back to the list, the public page (when there is one), the article count (for
 * records that have articles), the form, the delete.
 */
export function RecordEditor({
  title,
  list,
  view,
  articles,
  remove,
  children,
}: {
  title: string;
  /** The list's address; absent for someone who only ever sees this one record. */
  list?: string;
  view?: string;
  articles?: number;
  remove?: { id: number; confirm: string; action: (state: ActionResult, form: FormData) => Promise<ActionResult> };
  children: React.ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {list && (
          <Link href={list} className="text-brand underline">
            {m.backToList}
          </Link>
        )}
        {view && (
          <Link href={view} className="text-brand underline">
            {m.view}
          </Link>
        )}
        {articles !== undefined && (
          <span>
            {m.articleCount}: {articles}
          </span>
        )}
      </p>
      {children}
      {remove && (
        <div className="mt-8 max-w-2xl border-t pt-4">
          <DeleteButton {...remove} />
        </div>
      )}
    </>
  );
}
