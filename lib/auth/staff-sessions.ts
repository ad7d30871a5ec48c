import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

/** How long a sign-in lasts (the session cookie's token expires at the same time). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Records a new sign-in and returns its id, which goes into the session
 * token. The token alone is not enough: every staff request looks the id up,
 * so deleting the row (signing out) ends the session even for a copied cookie.
 */
export async function startStaffSession(userId: number): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = Date.now();
  // Expired rows of anyone are cleared here: a sign-in needs the right password, so this stays bounded.
  await db.staffSession.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  await db.staffSession.create({
    data: { id, userId, expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return id;
}

export async function endStaffSession(id: unknown) {
  if (typeof id === "string" && id) await db.staffSession.deleteMany({ where: { id } });
}

/** Every session of a member (a password reset ends them all). */
export async function endAllStaffSessions(userId: number) {
  await db.staffSession.deleteMany({ where: { userId } });
}
