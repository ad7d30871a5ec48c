import type { Metadata } from "next";
import { RecordEditor } from "@/components/admin/record-page";
import { TagForm } from "@/components/admin/tag-form";
import { rowOr404 } from "@/lib/admin/path-row";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { deleteTagAction } from "@/lib/taxonomy/actions/delete-tag";
import { saveTagAction } from "@/lib/taxonomy/actions/save-tag";
import { getTag } from "@/lib/taxonomy/tags";

export const metadata: Metadata = { title: ar.admin.manage.tags.edit };

const t = ar.admin.manage.tags;

export default async function EditTag({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(canManageTaxonomy);
  const tag = await rowOr404(params, getTag);
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
