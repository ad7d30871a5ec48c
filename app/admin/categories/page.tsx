import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, Notice, PageHeader } from "@/components/admin/admin-table";
import { Pagination } from "@/components/articles/pagination";
import { listPage } from "@/lib/admin/list-page";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { listCategories } from "@/lib/taxonomy/categories";

export const metadata: Metadata = { title: ar.admin.manage.categories.title };

const m = ar.admin.manage;
const t = m.categories;

export default async function AdminCategories({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; deleted?: string }>;
}) {
  await requireStaff(canManageTaxonomy);
  const sp = await searchParams;
  const { rows, total, page, totalPages } = await listCategories(listPage(sp.page));
  return (
    <>
      <PageHeader title={t.title} count={total} action={{ href: "/admin/categories/new", label: t.new }} />
      <Notice text={sp.deleted ? t.deleted : undefined} />
      <AdminTable columns={[t.name, t.slug, t.parent, t.position, m.articleCount]} empty={t.empty}>
        {rows.map((c) => (
          <tr key={c.id} className="border-b align-top">
            <td className="p-2">
              <Link href={`/admin/categories/${c.id}`} className="font-bold hover:text-brand">
                {c.name}
              </Link>
              <div className="mt-1 flex gap-3 text-xs">
                <Link href={`/admin/categories/${c.id}`} className="text-brand">
                  {m.edit}
                </Link>
                <Link href={paths.category(c.slug)} className="text-brand">
                  {m.view}
                </Link>
              </div>
            </td>
            <td className="p-2">
              <bdi>{c.slug}</bdi>
            </td>
            <td className="p-2">{c.parent?.name ?? m.none}</td>
            <td className="p-2">{c.position}</td>
            <td className="p-2">{c._count.articles}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination page={page} totalPages={totalPages} href={(n) => `/admin/categories?page=${n}`} />
    </>
  );
}
