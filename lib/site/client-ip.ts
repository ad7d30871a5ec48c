import "server-only";
import { headers } from "next/headers";

/**
 * The client's address, used for flood control and kept for moderators.
 * `CLIENT_IP_HEADER` names the header a trusted reverse proxy sets (for
 * example `x-real-ip`); without one we fall back to the address Next.js
 * records for the connection in `x-forwarded-for`.
 */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  const name = process.env.CLIENT_IP_HEADER || "x-forwarded-for";
  const value = h.get(name)?.split(",")[0]?.trim();
  return value ? value.slice(0, 64) : null;
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent")?.slice(0, 255) ?? null;
}
