import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminTable, Notice, PageHeader } from "@/components/admin/admin-table";
import { Pagination } from "@/components/articles/pagination";
import { listPage } from "@/lib/admin/list-page";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { listAuthors } from "@/lib/people/authors";
import { canManageAuthors } from "@/lib/people/rules";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: ar.admin.manage.authors.title };

const m = ar.admin.manage;
const t = m.authors;

export default async function AdminAuthors({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; q?: string; deleted?: string }>;
}) {
  const user = await requireStaff();
  // Writers have one profile here: their own.
  if (!canManageAuthors(user)) {
    if (user.authorId) redirect(`/admin/authors/${user.authorId}`);
    return (
      <>
        <PageHeader title={m.nav.myProfile} />
        <p className="text-muted">{t.noProfile}</p>
      </>
    );
  }
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q : "";
  const { rows, total, page, totalPages } = await listAuthors(listPage(sp.page), q);
  const href = (n: number) => `/admin/authors?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return (
    <>
      <PageHeader title={t.title} count={total} action={{ href: "/admin/authors/new", label: t.new }} />
      <Notice text={sp.deleted ? t.deleted : undefined} />
      <form role="search" className="mb-3 flex items-end gap-2">
        <label className="flex flex-col text-sm">
          {m.search}
          <input name="q" type="search" defaultValue={q} className="rounded border bg-white p-2" />
        </label>
        <button type="submit" className="rounded bg-ink px-4 py-2 text-white">
          {m.search}
        </button>
      </form>
      <AdminTable columns={[t.name, t.slug, t.account, m.articleCount]} empty={t.empty}>
        {rows.map((a) => (
          <tr key={a.id} className="border-b align-top">
            <td className="p-2">
              <Link href={`/admin/authors/${a.id}`} className="font-bold hover:text-brand">
                <bdi>{a.name}</bdi>
              </Link>
              <div className="mt-1 flex gap-3 text-xs">
                <Link href={`/admin/authors/${a.id}`} className="text-brand">
                  {m.edit}
                </Link>
                <Link href={paths.author(a.slug)} className="text-brand">
                  {m.view}
                </Link>
              </div>
            </td>
            <td className="p-2">
              <bdi>{a.slug}</bdi>
            </td>
            <td className="p-2">{a.user ? <bdi>{a.user.name}</bdi> : m.none}</td>
            <td className="p-2">{a._count.articles}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}
