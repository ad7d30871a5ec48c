import type { Metadata } from "next";
import { PageForm } from "@/components/admin/page-form";
import { RecordEditor } from "@/components/admin/record-page";
import { rowOr404 } from "@/lib/admin/path-row";
import { canManagePages } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { deletePageAction, savePageAction } from "@/lib/pages/actions/page-actions";
import { loadPageEditor } from "@/lib/pages/editor-page";
import { getPageForStaff } from "@/lib/pages/queries";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: ar.admin.manage.pages.edit };

const t = ar.admin.manage.pages;

export default async function EditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; autosave?: string }>;
}) {
  const user = await requireStaff(canManagePages);
  const page = await rowOr404(params, getPageForStaff);
  const query = await searchParams;
  const editor = await loadPageEditor(user.id, page, query.autosave === "1");
  return (
    <RecordEditor
      title={t.edit}
      list="/admin/pages"
      view={page.published ? paths.page(page.slug) : undefined}
      remove={{ id: page.id, confirm: t.confirmDelete, action: deletePageAction }}
    >
      <PageForm
        // The autosaved version is another set of starting values: a fresh form (kept across its save).
        key={query.autosave === "1" ? "autosave" : "page"}
        page={editor.page}
        session={editor.session}
        action={savePageAction}
        notice={query.saved ? t.created : undefined}
      />
    </RecordEditor>
  );
}
