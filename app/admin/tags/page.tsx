import type { Metadata } from "next";
import { RecordCells, RecordList } from "@/components/admin/record-page";
import { TagForm } from "@/components/admin/tag-form";
import { listPage, listPageHref } from "@/lib/admin/list-page";
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
  return (
    <RecordList
      title={t.title}
      total={total}
      notice={sp.deleted ? t.deleted : undefined}
      intro={
        <section aria-labelledby="new-tag" className="mb-6 rounded border bg-gray-50 p-4">
          <h2 id="new-tag" className="mb-2 text-lg font-bold">
            {t.new}
          </h2>
          <TagForm tag={{ id: "", name: "", slug: "" }} action={saveTagAction} idPrefix="new-tag-" />
        </section>
      }
      search={q}
      columns={[t.name, t.slug, m.articleCount]}
      empty={t.empty}
      page={page}
      totalPages={totalPages}
      href={listPageHref("/admin/tags", { q })}
    >
      {rows.map((tag) => (
        <tr key={tag.id} className="border-b align-top">
          <RecordCells href={`/admin/tags/${tag.id}`} view={paths.tag(tag.slug)} name={tag.name} slug={tag.slug} />
          <td className="p-2">{tag._count.articles}</td>
        </tr>
      ))}
    </RecordList>
  );
}
