import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, PageHeader } from "@/components/admin/admin-table";
import { FilterSelect } from "@/components/admin/filter-select";
import { Pagination } from "@/components/articles/pagination";
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_LABELS,
  activityLabel,
  activityTargetHref,
  formatTime,
  listActivity,
} from "@/lib/admin/activity-log";
import { listPage, listPageHref } from "@/lib/admin/list-page";
import { canViewActivity } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { formatDate } from "@/lib/site/format-date";

export const metadata: Metadata = { title: ar.admin.manage.activity.title };

const m = ar.admin.manage;
const t = m.activity;
const targetLabel = (type: string) => (t.targets as Record<string, string>)[type] ?? type;

export default async function AdminActivity({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; action?: string }>;
}) {
  await requireStaff(canViewActivity);
  const sp = await searchParams;
  const { rows, total, page, totalPages, action } = await listActivity(
    listPage(sp.page),
    typeof sp.action === "string" ? sp.action : undefined,
  );
  return (
    <>
      <PageHeader title={t.title} count={total} />
      <form className="mb-3 flex items-end gap-2">
        <FilterSelect
          name="action"
          label={t.action}
          all={t.allActions}
          value={action}
          options={ACTIVITY_ACTIONS.map((a) => ({ value: a, label: ACTIVITY_LABELS[a] }))}
        />
        <button type="submit" className="rounded bg-ink px-4 py-2 text-white">
          {t.filter}
        </button>
      </form>
      <AdminTable columns={[t.columns.who, t.columns.what, t.columns.target, t.columns.date]} empty={t.empty}>
        {rows.map((r) => {
          const target = activityTargetHref(r.targetType, r.targetId);
          const text = (
            <>
              {targetLabel(r.targetType)}
              {r.targetId !== null && ` #${r.targetId}`}
              {r.summary && (
                <>
                  {": "}
                  <bdi>{r.summary}</bdi>
                </>
              )}
            </>
          );
          return (
            <tr key={r.id} className="border-b align-top">
              <td className="p-2">{r.user ? <bdi>{r.user.name}</bdi> : t.removedUser}</td>
              <td className="p-2">{activityLabel(r.action)}</td>
              <td className="p-2">
                {target ? (
                  <Link href={target} className="text-brand hover:underline">
                    {text}
                  </Link>
                ) : (
                  text
                )}
              </td>
              <td className="p-2 whitespace-nowrap">
                <time dateTime={r.createdAt.toISOString()}>
                  {formatDate(r.createdAt)} <span className="text-muted">{formatTime(r.createdAt)}</span>
                </time>
              </td>
            </tr>
          );
        })}
      </AdminTable>
      <Pagination page={page} totalPages={totalPages} href={listPageHref("/admin/activity", { action })} />
    </>
  );
}
