import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, Notice, PageHeader } from "@/components/admin/admin-table";
import { canManagePages } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { listPagesForStaff } from "@/lib/pages/queries";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: ar.admin.manage.pages.title };

const m = ar.admin.manage;
const t = m.pages;

export default async function AdminPages({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  await requireStaff(canManagePages);
  const pages = await listPagesForStaff();
  return (
    <>
      <PageHeader title={t.title} count={pages.length} action={{ href: "/admin/pages/new", label: t.new }} />
      <Notice text={(await searchParams).deleted ? t.deleted : undefined} />
      <AdminTable columns={[t.pageTitle, t.slug, t.status, t.position]} empty={t.empty}>
        {pages.map((p) => (
          <tr key={p.id} className="border-b align-top">
            <td className="p-2">
              <Link href={`/admin/pages/${p.id}`} className="font-bold hover:text-brand">
                {p.title}
              </Link>
              {p.published && (
                <Link href={paths.page(p.slug)} className="ms-3 text-xs text-brand">
                  {m.view}
                </Link>
              )}
            </td>
            <td className="p-2" dir="auto" data-label={t.slug}>
              /{p.slug}
            </td>
            <td className="p-2" data-label={t.status}>
              {p.published ? t.isPublished : t.isDraft}
            </td>
            <td className="p-2" data-label={t.position}>
              {p.position}
            </td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
