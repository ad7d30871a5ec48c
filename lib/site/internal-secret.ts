import { createHmac } from "node:crypto";
import { config } from "@/lib/config";

/**
 * The bearer token of the internal endpoints (/api/revalidate, /api/cron/…,
 * calls between instances): `INTERNAL_SECRET`. It is sent over the network
 * to other instances, so it must never be the key that signs staff sessions.
 * Without it, a key is derived from `AUTH_SECRET` one way (HMAC): the token
 * still works between instances that share `AUTH_SECRET`, and seeing it does
 * not reveal the session key.
 */
export function internalSecret(): string | undefined {
  const { internalSecret: own, authSecret } = config();
  if (own) return own;
  return authSecret
    ? createHmac("sha256", authSecret).update("sahifa internal endpoints").digest("base64url")
    : undefined;
}
