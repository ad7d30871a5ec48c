import "server-only";
import { timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

/** The server's own address, for the calls it makes to itself (scheduler, follow-up revalidation). */
export function internalUrl(path: string): string {
  return `http://127.0.0.1:${config().port}${path}`;
}

export function internalSecret(): string | undefined {
  return config().authSecret || undefined;
}

/** True when a request carries `Authorization: Bearer <site secret>`. */
export function isInternalRequest(request: Request): boolean {
  const secret = internalSecret();
  if (!secret) return false;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
