import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/admin-table";
import { CategoryForm } from "@/components/admin/category-form";
import { DeleteButton } from "@/components/admin/delete-button";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { deleteCategoryAction } from "@/lib/taxonomy/actions/delete-category";
import { saveCategoryAction } from "@/lib/taxonomy/actions/save-category";
import { parseRowId } from "@/lib/site/boundary";
import { getCategory, parentOptions } from "@/lib/taxonomy/categories";

const m = ar.admin.manage;
const t = m.categories;

export default async function EditCategory({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await requireStaff(canManageTaxonomy);
  const { id } = await params;
  const rowId = parseRowId(id);
  const category = rowId ? await getCategory(rowId) : null;
  if (!category) notFound();
  const parents = await parentOptions();
  const values = {
    id: String(category.id),
    name: category.name,
    slug: category.slug,
    description: category.description ?? "",
    parentId: category.parentId ? String(category.parentId) : "",
    position: String(category.position),
  };
  return (
    <>
      <PageHeader title={t.edit} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/admin/categories" className="text-brand underline">
          {m.backToList}
        </Link>
        <Link href={paths.category(category.slug)} className="text-brand underline">
          {m.view}
        </Link>
        <span>
          {m.articleCount}: {category._count.articles}
        </span>
      </p>
      <CategoryForm
        category={values}
        parents={parents}
        action={saveCategoryAction}
        notice={(await searchParams).saved ? t.created : undefined}
      />
      <div className="mt-8 max-w-2xl border-t pt-4">
        <DeleteButton id={category.id} confirm={t.confirmDelete} action={deleteCategoryAction} />
      </div>
    </>
  );
}
