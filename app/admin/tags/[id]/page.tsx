import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/admin-table";
import { DeleteButton } from "@/components/admin/delete-button";
import { TagForm } from "@/components/admin/tag-form";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { deleteTagAction } from "@/lib/taxonomy/actions/delete-tag";
import { saveTagAction } from "@/lib/taxonomy/actions/save-tag";
import { parseRowId } from "@/lib/site/boundary";
import { getTag } from "@/lib/taxonomy/tags";

const m = ar.admin.manage;
const t = m.tags;

export default async function EditTag({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(canManageTaxonomy);
  const { id } = await params;
  const rowId = parseRowId(id);
  const tag = rowId ? await getTag(rowId) : null;
  if (!tag) notFound();
  return (
    <>
      <PageHeader title={t.edit} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/admin/tags" className="text-brand underline">
          {m.backToList}
        </Link>
        <Link href={paths.tag(tag.slug)} className="text-brand underline">
          {m.view}
        </Link>
        <span>
          {m.articleCount}: {tag._count.articles}
        </span>
      </p>
      <TagForm tag={{ id: String(tag.id), name: tag.name, slug: tag.slug }} action={saveTagAction} />
      <div className="mt-8 max-w-2xl border-t pt-4">
        <DeleteButton id={tag.id} confirm={t.confirmDelete} action={deleteTagAction} />
      </div>
    </>
  );
}
