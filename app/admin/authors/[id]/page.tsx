import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/admin-table";
import { AuthorForm } from "@/components/admin/author-form";
import { DeleteButton } from "@/components/admin/delete-button";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { deleteAuthorAction } from "@/lib/people/actions/delete-author";
import { saveAuthorAction } from "@/lib/people/actions/save-author";
import { accountOptions, getAuthor } from "@/lib/people/authors";
import { canEditAuthorProfile, canManageAuthors } from "@/lib/people/rules";
import { parseRowId } from "@/lib/site/boundary";
import { paths } from "@/lib/site/paths";

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
  const { id } = await params;
  const rowId = parseRowId(id);
  const author = rowId ? await getAuthor(rowId) : null;
  // Someone else's profile looks the same as a missing one.
  if (!author || !canEditAuthorProfile(user, author)) notFound();
  const manages = canManageAuthors(user);
  const accounts = manages ? await accountOptions(author.id) : null;
  const values = {
    id: String(author.id),
    name: author.name,
    slug: author.slug,
    bio: author.bio ?? "",
    photo: author.photo ?? "",
    userId: author.userId ? String(author.userId) : "",
  };
  return (
    <>
      <PageHeader title={manages ? t.edit : m.nav.myProfile} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {manages && (
          <Link href="/admin/authors" className="text-brand underline">
            {m.backToList}
          </Link>
        )}
        <Link href={paths.author(author.slug)} className="text-brand underline">
          {m.view}
        </Link>
        <span>
          {m.articleCount}: {author._count.articles}
        </span>
      </p>
      <AuthorForm
        author={values}
        accounts={accounts}
        action={saveAuthorAction}
        notice={(await searchParams).saved ? t.created : undefined}
      />
      {manages && (
        <div className="mt-8 max-w-2xl border-t pt-4">
          <DeleteButton id={author.id} confirm={t.confirmDelete} action={deleteAuthorAction} />
        </div>
      )}
    </>
  );
}
