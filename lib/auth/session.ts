import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { stampMatches } from "./credential-stamp";
import { authOptions } from "./options";
import type { StaffUser } from "./roles";

/**
 * The signed-in staff member, reloaded from the database (null when signed
 * out, on this browser or with a copy of its cookie; deactivated; or the
 * password was reset since signing in).
 */
export const currentStaff = cache(async (): Promise<StaffUser | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; stamp?: string; sid?: string } | null;
  const id = Number(session?.userId);
  if (!Number.isInteger(id) || id <= 0 || typeof session?.sid !== "string") return null;
  const row = await db.staffSession.findUnique({
    where: { id: session.sid },
    select: {
      userId: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          passwordHash: true,
          author: { select: { id: true } },
        },
      },
    },
  });
  const user = row?.user;
  if (!row || row.userId !== id || row.expiresAt <= new Date() || !user?.active) return null;
  if (!stampMatches(session.stamp, user.passwordHash)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, authorId: user.author?.id ?? null };
});

/** For admin pages: the staff member, or off to the sign-in page. */
export async function requireStaff(check?: (u: StaffUser) => boolean): Promise<StaffUser> {
  const user = await currentStaff();
  if (!user) redirect("/login");
  if (check && !check(user)) redirect("/admin?denied=1");
  return user;
}
