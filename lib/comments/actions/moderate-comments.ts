"use server";

import { refresh } from "next/cache";
import { staffAction } from "@/lib/auth/action";
import { canModerateComments } from "@/lib/auth/roles";
import { ar } from "@/lib/i18n/ar";
import { parseRowId } from "@/lib/site/boundary";
import {
  MODERATION_ACTIONS,
  type ModerationAction,
  editComment,
  moderate,
  replyAsStaff,
  undoModeration,
  undoToken,
} from "../moderation";
import { cleanLine, cleanText } from "@/lib/text/clean";

const isAction = (v: unknown): v is ModerationAction => typeof v === "string" && v in MODERATION_ACTIONS;
const ids = (values: FormDataEntryValue[]) =>
  values
    .map(parseRowId)
    .filter((n) => n !== null)
    .slice(0, 200);
const done = () => {
  refresh();
  return { ok: true, message: ar.admin.comments.done };
};
const invalid = { ok: false, message: ar.admin.refused };

/**
 * A row button (`single` = "<id>:<action>") or the bulk form (checked `ids` + `bulkAction`).
 * `undo` is what puts the comments back (undoModerationAction).
 */
export const moderateCommentsAction = staffAction(canModerateComments, async (user, form: FormData) => {
  const single = form.get("single");
  if (typeof single === "string") {
    const [id, action] = single.split(":");
    if (!isAction(action)) return invalid;
    return { ...done(), undo: undoToken(await moderate(user, ids([id ?? ""]), action)) };
  }
  const action = form.get("bulkAction");
  if (!isAction(action)) return invalid;
  return { ...done(), undo: undoToken(await moderate(user, ids(form.getAll("ids")), action)) };
});

/** `تراجع`: the comments of the last action back to where they were. */
export const undoModerationAction = staffAction(canModerateComments, async (user, form: FormData) => {
  const token = form.get("undo");
  if (typeof token !== "string") return invalid;
  await undoModeration(user, token);
  return done();
});

export const replyAsStaffAction = staffAction(canModerateComments, async (user, form: FormData) => {
  const [parentId] = ids([form.get("parentId") ?? ""]);
  const content = cleanText(String(form.get("content") ?? "")).slice(0, 65525);
  if (!parentId || !content) return invalid;
  return (await replyAsStaff(user, parentId, content)) ? done() : invalid;
});

export const editCommentAction = staffAction(canModerateComments, async (_user, form: FormData) => {
  const [id] = ids([form.get("id") ?? ""]);
  const content = cleanText(String(form.get("content") ?? "")).slice(0, 65525);
  const authorName = cleanLine(String(form.get("authorName") ?? "")).slice(0, 245);
  if (!id || !content || !authorName) return invalid;
  return (await editComment(id, { authorName, content })) ? done() : invalid;
});
