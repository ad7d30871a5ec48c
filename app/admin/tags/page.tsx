import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, Notice, PageHeader } from "@/components/admin/admin-table";
import { TagForm } from "@/components/admin/tag-form";
import { Pagination } from "@/components/articles/pagination";
import { listPage } from "@/lib/admin/list-page";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { saveTagAction } from "@/lib/taxonomy/actions/save-tag";
import { listTags } from "@/lib/taxonomy/tags";

export const metadata: Metadata = { title: ar.admin.manage.tags.title };

const m = ar.admin.manage;
const t = m.tags;

export default async function AdminTags({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; q?: string; deleted?: string }>;
}) {
  await requireStaff(canManageTaxonomy);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q : "";
  const { rows, total, page, totalPages } = await listTags(listPage(sp.page), q);
  const href = (n: number) => `/admin/tags?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return (
    <>
      <PageHeader title={t.title} count={total} />
      <Notice text={sp.deleted ? t.deleted : undefined} />
      <section aria-labelledby="new-tag" className="mb-6 rounded border bg-gray-50 p-4">
        <h2 id="new-tag" className="mb-2 text-lg font-bold">
          {t.new}
        </h2>
        <TagForm tag={{ id: "", name: "", slug: "" }} action={saveTagAction} idPrefix="new-tag-" />
      </section>
      <form role="search" className="mb-3 flex items-end gap-2">
        <label className="flex flex-col text-sm">
          {m.search}
          <input name="q" type="search" defaultValue={q} className="rounded border bg-white p-2" />
        </label>
        <button type="submit" className="rounded bg-ink px-4 py-2 text-white">
          {m.search}
        </button>
      </form>
      <AdminTable columns={[t.name, t.slug, m.articleCount]} empty={t.empty}>
        {rows.map((tag) => (
          <tr key={tag.id} className="border-b align-top">
            <td className="p-2">
              <Link href={`/admin/tags/${tag.id}`} className="font-bold hover:text-brand">
                {tag.name}
              </Link>
              <div className="mt-1 flex gap-3 text-xs">
                <Link href={`/admin/tags/${tag.id}`} className="text-brand">
                  {m.edit}
                </Link>
                <Link href={paths.tag(tag.slug)} className="text-brand">
                  {m.view}
                </Link>
              </div>
            </td>
            <td className="p-2">
              <bdi>{tag.slug}</bdi>
            </td>
            <td className="p-2">{tag._count.articles}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}
