import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

/**
 * A short keyed fingerprint of the password hash, carried in the session
 * token. Sessions are stateless JWTs, so this is what ends them when a
 * password is reset: the stamp no longer matches and the token is refused
 * (the same idea as Django's session auth hash).
 */
export function credentialStamp(passwordHash: string): string {
  const secret = config().authSecret ?? "";
  return createHmac("sha256", secret).update(passwordHash).digest("base64url").slice(0, 22);
}

export function stampMatches(stamp: unknown, passwordHash: string): boolean {
  if (typeof stamp !== "string") return false;
  const expected = Buffer.from(credentialStamp(passwordHash));
  const given = Buffer.from(stamp);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
