import type { Metadata } from "next";
import { RecordCells, RecordList } from "@/components/admin/record-page";
import { listPage, listPageHref } from "@/lib/admin/list-page";
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
    <RecordList
      title={t.title}
      total={total}
      action={{ href: "/admin/categories/new", label: t.new }}
      notice={sp.deleted ? t.deleted : undefined}
      columns={[t.name, t.slug, t.parent, t.position, m.articleCount]}
      empty={t.empty}
      page={page}
      totalPages={totalPages}
      href={listPageHref("/admin/categories")}
    >
      {rows.map((c) => (
        <tr key={c.id} className="border-b align-top">
          <RecordCells href={`/admin/categories/${c.id}`} view={paths.category(c.slug)} name={c.name} slug={c.slug} />
          <td className="p-2">{c.parent?.name ?? m.none}</td>
          <td className="p-2">{c.position}</td>
          <td className="p-2">{c._count.articles}</td>
        </tr>
      ))}
    </RecordList>
  );
}
