import type { Metadata } from "next";
import { CategoryForm } from "@/components/admin/category-form";
import { RecordEditor } from "@/components/admin/record-page";
import { rowOr404 } from "@/lib/admin/path-row";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";
import { deleteCategoryAction } from "@/lib/taxonomy/actions/delete-category";
import { saveCategoryAction } from "@/lib/taxonomy/actions/save-category";
import { getCategory, parentOptions } from "@/lib/taxonomy/categories";
import { categoryValues } from "@/lib/taxonomy/category-input";

export const metadata: Metadata = { title: ar.admin.manage.categories.edit };

const t = ar.admin.manage.categories;

export default async function EditCategory({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await requireStaff(canManageTaxonomy);
  const category = await rowOr404(params, getCategory);
  return (
    <RecordEditor
      title={t.edit}
      list="/admin/categories"
      view={paths.category(category.slug)}
      articles={category._count.articles}
      remove={{ id: category.id, confirm: t.confirmDelete, action: deleteCategoryAction }}
    >
      <CategoryForm
        category={categoryValues(category)}
        parents={await parentOptions()}
        action={saveCategoryAction}
        notice={(await searchParams).saved ? t.created : undefined}
      />
    </RecordEditor>
  );
}
