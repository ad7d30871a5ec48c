import { z } from "zod";
import { rowIdText } from "@/lib/site/boundary";
import { requiredLine } from "@/lib/forms/fields";
import { cleanLine } from "@/lib/text/clean";
import { Role } from "@/lib/db/generated/enums";
import { ar } from "@/lib/i18n/ar";

const e = ar.admin.manage.users.errors;
const chars = (s: string) => Array.from(s).length;

export const PASSWORD_MIN = 12;

export const USER_FIELDS = ["email", "name", "role", "password"] as const;

// Passwords are taken as typed (no trimming): spaces may be part of them.
// 200 is where sign-in stops reading.
const password = z.string().refine((s) => chars(s) >= PASSWORD_MIN && chars(s) <= 200, e.password);
const role = z.enum(Role, { error: e.role });
const userId = rowIdText;

export const createUserInput = z.object({
  // Sign-in lowercases the address, so it is stored lowercased.
  email: z
    .string()
    .transform((s) => cleanLine(s).toLowerCase())
    .pipe(z.string().max(100, e.email).pipe(z.email(e.email))),
  name: requiredLine(100, e.name),
  role,
  password,
});

export const roleInput = z.object({ id: userId, role });
export const activeInput = z.object({ id: userId, active: z.enum(["0", "1"]).transform((v) => v === "1") });
export const passwordInput = z.object({ id: userId, password });
