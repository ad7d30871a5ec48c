import "server-only";
import { timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";
import { internalSecret } from "./internal-secret";

export { internalSecret };

/** The server's own address, for the calls it makes to itself (scheduler, follow-up revalidation). */
export function internalUrl(path: string): string {
  return `http://127.0.0.1:${config().port}${path}`;
}

/** True when a request carries `Authorization: Bearer <internal secret>` (lib/site/internal-secret.ts). */
export function isInternalRequest(request: Request): boolean {
  const secret = internalSecret();
  if (!secret) return false;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks an instance (this one, through 127.0.0.1) to expire tags; true when it answered that it did. */
export async function postExpiry(url: string, secret: string, tags: string[]): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    return res.ok;
  } catch {
    return false; // the server is starting or stopping: callers retry, and log when they give up
  }
}
