import { createHmac } from "node:crypto";

/**
 * The bearer token of the internal endpoints (/api/revalidate, /api/cron/…,
 * calls between instances): `INTERNAL_SECRET`. It is sent over the network
 * to other instances, so it must never be the key that signs staff sessions.
 * Without it, a key is derived from `AUTH_SECRET` one way (HMAC): the token
 * still works between instances that share `AUTH_SECRET`, and seeing it does
 * not reveal the session key.
 */
export function internalSecret(): string | undefined {
  const own = process.env.INTERNAL_SECRET?.trim();
  if (own) return own;
  const auth = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  return auth ? createHmac("sha256", auth).update("sahifa internal endpoints").digest("base64url") : undefined;
}
