import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, PageHeader } from "@/components/admin/admin-table";
import { Pagination } from "@/components/articles/pagination";
import { listPage, listPageHref } from "@/lib/admin/list-page";
import { canManageStaff } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { listUsers } from "@/lib/people/users";
import { formatDate } from "@/lib/site/format-date";

export const metadata: Metadata = { title: ar.admin.manage.users.title };

const m = ar.admin.manage;
const t = m.users;

export default async function AdminUsers({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const me = await requireStaff(canManageStaff);
  const { rows, total, page, totalPages } = await listUsers(listPage((await searchParams).page));
  return (
    <>
      <PageHeader title={t.title} count={total} action={{ href: "/admin/users/new", label: t.new }} />
      <AdminTable columns={[t.name, t.email, t.role, t.status, t.byline, t.since]}>
        {rows.map((u) => (
          <tr key={u.id} className={`border-b align-top ${u.active ? "" : "bg-gray-50 text-muted"}`}>
            <td className="p-2">
              <Link href={`/admin/users/${u.id}`} className="font-bold hover:text-brand">
                <bdi>{u.name}</bdi>
              </Link>{" "}
              {u.id === me.id && <span className="text-xs">{t.you}</span>}
            </td>
            <td className="p-2" dir="ltr">
              {u.email}
            </td>
            <td className="p-2">{ar.admin.roles[u.role]}</td>
            <td className="p-2">{u.active ? t.active : t.inactive}</td>
            <td className="p-2">
              {u.author ? (
                <Link href={`/admin/authors/${u.author.id}`} className="text-brand">
                  <bdi>{u.author.name}</bdi>
                </Link>
              ) : (
                m.none
              )}
            </td>
            <td className="p-2">
              <time dateTime={u.createdAt.toISOString()}>{formatDate(u.createdAt)}</time>
            </td>
          </tr>
        ))}
      </AdminTable>
      <Pagination page={page} totalPages={totalPages} href={listPageHref("/admin/users")} />
    </>
  );
}
