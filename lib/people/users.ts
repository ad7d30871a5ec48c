import "server-only";
import { logActivity } from "@/lib/admin/activity";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { readForm } from "@/lib/forms/form-data";
import { loadListPage } from "@/lib/admin/list-page";
import { type ActionResult, type SavedResult, refused } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import type { StaffUser } from "@/lib/auth/roles";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { ar } from "@/lib/i18n/ar";
import { removesLastAdministrator } from "./rules";
import { USER_FIELDS, activeInput, createUserInput, passwordInput, roleInput } from "./user-input";
import { unlessPrisma } from "@/lib/db/errors";

const t = ar.admin.manage.users;
const roles = ar.admin.roles;
export const USER_PAGE_SIZE = 30;

/** What the dashboard shows of an account, in the list and on its page. */
const userRow = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

/** Staff accounts, active ones first. */
export async function listUsers(requestedPage: number) {
  return loadListPage(
    requestedPage,
    USER_PAGE_SIZE,
    () => db.user.count(),
    (window) =>
      db.user.findMany({
        orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
        ...window,
        select: userRow,
      }),
  );
}

export async function getUser(id: number) {
  return db.user.findUnique({
    where: { id },
    select: userRow,
  });
}

class LastAdministrator extends Error {}

/**
 * Applies a role or active-state change unless it would leave no active
 * administrator. The check and the write share one transaction, so two
 * administrators demoting each other at once cannot both succeed.
 */
async function changeAccount(id: number, change: { role?: Role; active?: boolean }) {
  try {
    return await db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({
        where: { id },
        select: { id: true, name: true, role: true, active: true },
      });
      if (!target) return null;
      const next = { role: change.role ?? target.role, active: change.active ?? target.active };
      const others = await tx.user.count({ where: { role: "ADMINISTRATOR", active: true, id: { not: id } } });
      if (removesLastAdministrator(target, next, others)) throw new LastAdministrator();
      await tx.user.update({ where: { id }, data: next });
      return { before: target, after: next };
    });
  } catch (error) {
    if (error instanceof LastAdministrator) return "last-admin" as const;
    throw error;
  }
}

export async function createUser(actor: StaffUser, form: FormData): Promise<SavedResult> {
  const values = readForm(form, USER_FIELDS);
  const kept = { ...values, password: "" }; // a password is never sent back to the page
  const parsed = createUserInput.safeParse(values);
  if (!parsed.success) return invalid(t.errors.form, fieldErrors(parsed.error), kept);
  const input = parsed.data;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return invalid(t.errors.form, { email: t.errors.emailTaken }, kept);
  }
  const passwordHash = await hashPassword(input.password);
  const user = await unlessPrisma(
    db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true },
    }),
    { P2002: null }, // the same address created in the meantime
  );
  if (!user) return invalid(t.errors.form, { email: t.errors.emailTaken }, kept);
  await logActivity(actor.id, "user.create", {
    type: "user",
    id: user.id,
    summary: `${input.name} (${roles[input.role]})`,
  });
  return { ok: true, message: t.created, id: user.id };
}

export async function changeRole(actor: StaffUser, form: FormData): Promise<ActionResult> {
  const parsed = roleInput.safeParse(readForm(form, ["id", "role"]));
  if (!parsed.success) return invalid(t.errors.form, fieldErrors(parsed.error));
  const result = await changeAccount(parsed.data.id, { role: parsed.data.role });
  if (result === null) return refused;
  if (result === "last-admin") return { ok: false, message: t.errors.lastAdmin };
  const { before, after } = result;
  if (before.role !== after.role) {
    await logActivity(actor.id, "user.role", {
      type: "user",
      id: before.id,
      summary: t.roleSummary(before.name, roles[before.role], roles[after.role]),
    });
  }
  return { ok: true, message: t.roleChanged };
}

export async function setActive(actor: StaffUser, form: FormData): Promise<ActionResult> {
  const parsed = activeInput.safeParse(readForm(form, ["id", "active"]));
  if (!parsed.success) return refused;
  const result = await changeAccount(parsed.data.id, { active: parsed.data.active });
  if (result === null) return refused;
  if (result === "last-admin") return { ok: false, message: t.errors.lastAdmin };
  const { before, after } = result;
  if (before.active !== after.active) {
    await logActivity(actor.id, after.active ? "user.reactivate" : "user.deactivate", {
      type: "user",
      id: before.id,
      summary: before.name,
    });
  }
  return { ok: true, message: after.active ? t.reactivated : t.deactivated };
}

export async function resetPassword(actor: StaffUser, form: FormData): Promise<ActionResult> {
  const parsed = passwordInput.safeParse(readForm(form, ["id", "password"]));
  if (!parsed.success) return invalid(t.errors.form, fieldErrors(parsed.error));
  const passwordHash = await hashPassword(parsed.data.password);
  const user = await unlessPrisma(
    db.user.update({ where: { id: parsed.data.id }, data: { passwordHash }, select: { id: true, name: true } }),
    { P2025: null }, // no such account
  );
  if (!user) return refused;
  await endAllStaffSessions(user.id);
  await logActivity(actor.id, "user.password", { type: "user", id: user.id, summary: user.name });
  return { ok: true, message: t.passwordReset };
}
