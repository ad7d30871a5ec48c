import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordEditor } from "@/components/admin/record-page";
import { TagForm } from "@/components/admin/tag-form";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { deleteTagAction } from "@/lib/taxonomy/actions/delete-tag";
import { saveTagAction } from "@/lib/taxonomy/actions/save-tag";
import { parseRowId } from "@/lib/site/boundary";
import { getTag } from "@/lib/taxonomy/tags";

export const metadata: Metadata = { title: ar.admin.manage.tags.edit };

const t = ar.admin.manage.tags;

export default async function EditTag({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(canManageTaxonomy);
  const rowId = parseRowId((await params).id);
  const tag = rowId ? await getTag(rowId) : null;
  if (!tag) notFound();
  return (
    <RecordEditor
      title={t.edit}
      list="/admin/tags"
      view={paths.tag(tag.slug)}
      articles={tag._count.articles}
      remove={{ id: tag.id, confirm: t.confirmDelete, action: deleteTagAction }}
    >
      <TagForm tag={{ id: String(tag.id), name: tag.name, slug: tag.slug }} action={saveTagAction} />
    </RecordEditor>
  );
}
