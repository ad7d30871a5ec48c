import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/admin-table";
import { AuthorForm } from "@/components/admin/author-form";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { saveAuthorAction } from "@/lib/people/actions/save-author";
import { accountOptions } from "@/lib/people/authors";
import { canManageAuthors } from "@/lib/people/rules";

export const metadata: Metadata = { title: ar.admin.manage.authors.new };

export default async function NewAuthor() {
  await requireStaff(canManageAuthors);
  const accounts = await accountOptions(null);
  return (
    <>
      <PageHeader title={ar.admin.manage.authors.new} />
      <AuthorForm
        author={{ id: "", name: "", slug: "", bio: "", photo: "", userId: "" }}
        accounts={accounts}
        action={saveAuthorAction}
      />
    </>
  );
}
