import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/admin-table";
import { DeleteButton } from "@/components/admin/delete-button";
import { PageForm } from "@/components/admin/page-form";
import { rowOr404 } from "@/lib/admin/path-row";
import { canManagePages } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { deletePageAction, savePageAction } from "@/lib/pages/actions/page-actions";
import { loadPageEditor } from "@/lib/pages/editor-page";
import { getPageForStaff } from "@/lib/pages/queries";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: ar.admin.manage.pages.edit };

const m = ar.admin.manage;
const t = m.pages;

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
    <>
      <PageHeader title={t.edit} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/admin/pages" className="text-brand underline">
          {m.backToList}
        </Link>
        {page.published && (
          <Link href={paths.page(page.slug)} className="text-brand underline">
            {m.view}
          </Link>
        )}
      </p>
      <PageForm
        // The autosaved version is another set of starting values: a fresh form (kept across its save).
        key={query.autosave === "1" ? "autosave" : "page"}
        page={editor.page}
        session={editor.session}
        action={savePageAction}
        notice={query.saved ? t.created : undefined}
      />
      <div className="mt-8 max-w-2xl border-t pt-4">
        <DeleteButton id={page.id} confirm={t.confirmDelete} action={deletePageAction} />
      </div>
    </>
  );
}
