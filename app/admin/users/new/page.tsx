import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/admin-table";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { canManageStaff } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { createUserAction } from "@/lib/people/actions/create-user";

export const metadata: Metadata = { title: ar.admin.manage.users.new };

export default async function NewUser() {
  await requireStaff(canManageStaff);
  return (
    <>
      <PageHeader title={ar.admin.manage.users.new} />
      <UserCreateForm action={createUserAction} />
    </>
  );
}
