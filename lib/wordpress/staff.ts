// Staff accounts for imported WordPress authors (`--create-staff`). A WXR
// export carries each author's login, name and e-mail but neither their role
// nor their password, so the account is made with the least publishing role
// that still lets them own their articles (AUTHOR), switched off, and with a
// random password nobody knows: an administrator switches it on and sets a
// password in /admin/users, or changes the role, before anyone signs in.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createUserInput } from "@/lib/people/user-input";
import type { WxrAuthor } from "./wxr";

export type StaffOutcome = "created" | "linked" | "unchanged" | { skip: string };

/** Gives the author profile `authorId` a staff account, once: a second run finds it linked and changes nothing. */
export async function staffAccountFor(authorId: number, author: WxrAuthor): Promise<StaffOutcome> {
  const profile = await db.author.findUniqueOrThrow({ where: { id: authorId }, select: { userId: true } });
  if (profile.userId) return "unchanged";
  const email = createUserInput.shape.email.safeParse(author.email);
  if (!email.success)
    return {
      skip: author.email
        ? `e-mail "${author.email}" is not valid, no staff account`
        : "no e-mail in the export, no staff account",
    };
  const existing = await db.user.findUnique({
    where: { email: email.data },
    select: { id: true, author: { select: { id: true } } },
  });
  if (existing?.author) return { skip: `${email.data} already has another author profile, no staff account` };
  // The same address already signs in here: that person is this author.
  if (existing) {
    await db.author.update({ where: { id: authorId }, data: { userId: existing.id } });
    return "linked";
  }
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: email.data, name: author.displayName, role: "AUTHOR", active: false, passwordHash },
      select: { id: true },
    });
    await tx.author.update({ where: { id: authorId }, data: { userId: user.id } });
  });
  return "created";
}
