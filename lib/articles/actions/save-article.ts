"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/auth/action";
import { saveArticle } from "../save-article";

/** The editor's form action: every intent (save, submit, publish, unpublish, trash, restore) goes through here. */
export const saveArticleAction = staffAction(
  () => true,
  async (user, _previous: unknown, form: FormData) => {
    const result = await saveArticle(user, form);
    // A new article gets its own address once saved (also when an autosave gave it its id first).
    if (result.ok && result.id && (!form.get("id") || form.get("fromNew") === "1"))
      redirect(`/admin/articles/${result.id}?saved=${result.notice}`);
    // The editor's status and buttons come from the server: show the new ones.
    if (result.ok) refresh();
    return result;
  },
);
