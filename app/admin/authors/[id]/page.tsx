import type { Metadata } from "next";
import { AuthorForm } from "@/components/admin/author-form";
import { RecordEditor } from "@/components/admin/record-page";
import { rowOr404 } from "@/lib/admin/path-row";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { deleteAuthorAction } from "@/lib/people/actions/delete-author";
import { saveAuthorAction } from "@/lib/people/actions/save-author";
import { authorValues } from "@/lib/people/author-input";
import { accountOptions, getAuthor } from "@/lib/people/authors";
import { canEditAuthorProfile, canManageAuthors } from "@/lib/people/rules";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: ar.admin.manage.authors.edit };

const m = ar.admin.manage;
const t = m.authors;

export default async function EditAuthor({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireStaff();
  // Someone else's profile looks the same as a missing one.
  const author = await rowOr404(params, getAuthor, (a) => canEditAuthorProfile(user, a));
  const manages = canManageAuthors(user);
  return (
    <RecordEditor
      title={manages ? t.edit : m.nav.myProfile}
      list={manages ? "/admin/authors" : undefined}
      view={paths.author(author.slug)}
      articles={author._count.articles}
      remove={manages ? { id: author.id, confirm: t.confirmDelete, action: deleteAuthorAction } : undefined}
    >
      <AuthorForm
        author={authorValues(author)}
        accounts={manages ? await accountOptions(author.id) : null}
        action={saveAuthorAction}
        notice={(await searchParams).saved ? t.created : undefined}
      />
    </RecordEditor>
  );
}
