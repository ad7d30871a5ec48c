import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/admin-table";
import { PageForm } from "@/components/admin/page-form";
import { canManagePages } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { savePageAction } from "@/lib/pages/actions/page-actions";
import { loadPageEditor } from "@/lib/pages/editor-page";

export const metadata: Metadata = { title: ar.admin.manage.pages.new };

export default async function NewPage() {
  const user = await requireStaff(canManagePages);
  const editor = await loadPageEditor(user.id, null);
  return (
    <>
      <PageHeader title={ar.admin.manage.pages.new} />
      <p className="mb-4 text-sm">
        <Link href="/admin/pages" className="text-brand underline">
          {ar.admin.manage.backToList}
        </Link>
      </p>
      <PageForm page={editor.page} session={editor.session} action={savePageAction} />
    </>
  );
}
