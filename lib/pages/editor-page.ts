import "server-only";
import { config } from "@/lib/config";
import { editVersion } from "@/lib/forms/edit-version";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { utcToWallTime } from "@/lib/site/zoned-time";
import { newerPageAutosave } from "./autosave";
import type { PageFormValues } from "./save-page";

type Loaded = {
  id: number;
  title: string;
  slug: string;
  body: string;
  published: boolean;
  position: number;
  updatedAt: Date;
};

/**
 * What the page editor needs (components/admin/page-form.tsx), strings only. `restoreAutosave` fills the
 * form with this person's autosave of a published page instead of the public version.
 */
export async function loadPageEditor(userId: number, page: Loaded | null, restoreAutosave = false) {
  const value: PageFormValues = page
    ? {
        id: String(page.id),
        title: page.title,
        slug: page.slug,
        body: page.body,
        published: page.published ? "on" : "",
        position: String(page.position),
      }
    : { id: "", title: "", slug: "", body: "", published: "on", position: "0" };
  const autosave = page ? await newerPageAutosave(userId, page) : null;
  const restored = !!autosave && restoreAutosave;
  if (autosave && restored) {
    const { id: _id, ...saved } = autosave.values;
    Object.assign(value, saved);
  }
  const savedAt = autosave ? utcToWallTime(autosave.savedAt, SITE_TIMEZONE) : null;
  return {
    page: value,
    session: {
      timeZone: SITE_TIMEZONE,
      autosaveMs: config().autosaveIntervalMs,
      published: page?.published ?? false,
      version: page ? editVersion(page.updatedAt, page.published ? autosave?.savedAt : null) : "",
      newerAutosave:
        savedAt && !restored
          ? { time: `${savedAt.date} ${savedAt.time}`, restoreHref: `/admin/pages/${page!.id}?autosave=1` }
          : null,
      restoredAutosave: restored,
    },
  };
}
