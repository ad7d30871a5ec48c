import "server-only";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import type { ActivityAction } from "./activity";
import { loadListPage } from "./list-page";

export const ACTIVITY_PAGE_SIZE = 30;

// Typed against ActivityAction: a new action without an Arabic label fails the type check.
export const ACTIVITY_LABELS: Record<ActivityAction, string> = ar.admin.manage.activity.actions;
export const ACTIVITY_ACTIONS = Object.keys(ACTIVITY_LABELS) as ActivityAction[];

const isAction = (v: string | undefined): v is ActivityAction => !!v && Object.hasOwn(ACTIVITY_LABELS, v);

/** The label of a stored action; an action recorded under a name since retired shows as stored. */
export const activityLabel = (action: string) => (isAction(action) ? ACTIVITY_LABELS[action] : action);

/** Where the dashboard shows a logged target, when it has a page of its own. */
export function activityTargetHref(type: string, id: number | null): string | null {
  if (id === null) return null;
  switch (type) {
    case "article":
      return `/admin/articles/${id}`;
    case "user":
      return `/admin/users/${id}`;
    case "comment":
      return "/admin/comments";
    default:
      return null; // categories, tags and authors are logged when deleted: no page left
  }
}

/** The log, newest first, optionally one kind of action. */
export async function listActivity(requestedPage: number, action?: string) {
  const kept = isAction(action) ? action : undefined;
  const where = kept ? { action: kept } : {};
  const list = await loadListPage(
    requestedPage,
    ACTIVITY_PAGE_SIZE,
    () => db.activityLog.count({ where }),
    (window) =>
      db.activityLog.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          action: true,
          targetType: true,
          targetId: true,
          summary: true,
          createdAt: true,
          user: { select: { id: true, name: true } },
        },
      }),
  );
  return { ...list, action: kept };
}

const timeFormatter = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: SITE_TIMEZONE,
});

/** `HH:mm` in the newsroom's timezone (Latin digits, no direction marks), beside the dd/mm/yyyy date. */
export const formatTime = (d: Date) => timeFormatter.format(d).replace(/[\u200e\u200f\u061c]/g, "");
