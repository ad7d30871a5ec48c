import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/admin/admin-table";
import { RecordCells, RecordList } from "@/components/admin/record-page";
import { listPage, listPageHref } from "@/lib/admin/list-page";
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
  return (
    <RecordList
      title={t.title}
      total={total}
      action={{ href: "/admin/authors/new", label: t.new }}
      notice={sp.deleted ? t.deleted : undefined}
      search={q}
      columns={[t.name, t.slug, t.account, m.articleCount]}
      empty={t.empty}
      page={page}
      totalPages={totalPages}
      href={listPageHref("/admin/authors", { q })}
    >
      {rows.map((a) => (
        <tr key={a.id} className="border-b align-top">
          <RecordCells href={`/admin/authors/${a.id}`} view={paths.author(a.slug)} name={a.name} slug={a.slug} />
          <td className="p-2">{a.user ? <bdi>{a.user.name}</bdi> : m.none}</td>
          <td className="p-2">{a._count.articles}</td>
        </tr>
      ))}
    </RecordList>
  );
}
