import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/admin-table";
import { CategoryForm } from "@/components/admin/category-form";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { saveCategoryAction } from "@/lib/taxonomy/actions/save-category";
import { parentOptions } from "@/lib/taxonomy/categories";

export const metadata: Metadata = { title: ar.admin.manage.categories.new };

export default async function NewCategory() {
  await requireStaff(canManageTaxonomy);
  const parents = await parentOptions();
  return (
    <>
      <PageHeader title={ar.admin.manage.categories.new} />
      <CategoryForm
        category={{ id: "", name: "", slug: "", description: "", parentId: "", position: "0" }}
        parents={parents}
        action={saveCategoryAction}
      />
    </>
  );
}
