import type { Metadata } from "next";
import Link from "next/link";
import { Notice, PageHeader } from "@/components/admin/admin-table";
import { ActiveForm, PasswordForm, RoleForm } from "@/components/admin/user-account-forms";
import { rowOr404 } from "@/lib/admin/path-row";
import { canManageStaff } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { changeRoleAction } from "@/lib/people/actions/change-role";
import { resetPasswordAction } from "@/lib/people/actions/reset-password";
import { setActiveAction } from "@/lib/people/actions/set-active";
import { getUser } from "@/lib/people/users";
import { formatDate } from "@/lib/site/format-date";

export const metadata: Metadata = { title: ar.admin.manage.users.edit };

const m = ar.admin.manage;
const t = m.users;

export default async function EditUser({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const me = await requireStaff(canManageStaff);
  const user = await rowOr404(params, getUser);
  return (
    <>
      <PageHeader title={t.edit} />
      <Notice text={(await searchParams).created ? t.created : undefined} />
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border bg-white p-4">
        <dt className="font-bold">{t.name}</dt>
        <dd>
          <bdi>{user.name}</bdi> {user.id === me.id && t.you}
        </dd>
        <dt className="font-bold">{t.email}</dt>
        <dd dir="ltr" className="text-end">
          {user.email}
        </dd>
        <dt className="font-bold">{t.role}</dt>
        <dd>{ar.admin.roles[user.role]}</dd>
        <dt className="font-bold">{t.status}</dt>
        <dd>{user.active ? t.active : t.inactive}</dd>
        <dt className="font-bold">{t.byline}</dt>
        <dd>
          {user.author ? (
            <Link href={`/admin/authors/${user.author.id}`} className="text-brand underline">
              <bdi>{user.author.name}</bdi>
            </Link>
          ) : (
            m.none
          )}
        </dd>
        <dt className="font-bold">{t.since}</dt>
        <dd>
          <time dateTime={user.createdAt.toISOString()}>{formatDate(user.createdAt)}</time>
        </dd>
      </dl>
      <div className="grid max-w-4xl gap-4 lg:grid-cols-3">
        <RoleForm userId={user.id} role={user.role} action={changeRoleAction} />
        <ActiveForm userId={user.id} active={user.active} action={setActiveAction} />
        <PasswordForm userId={user.id} action={resetPasswordAction} />
      </div>
      <p className="mt-6">
        <Link href="/admin/users" className="text-brand underline">
          {m.backToList}
        </Link>
      </p>
    </>
  );
}
