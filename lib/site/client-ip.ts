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
  return clientIpFrom((name) => h.get(name));
}

/** The same rule for code that only has raw request headers (next-auth's authorize). */
export function clientIpFrom(header: (name: string) => string | string[] | null | undefined): string | null {
  const raw = header(process.env.CLIENT_IP_HEADER || "x-forwarded-for");
  const value = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return value ? value.slice(0, 64) : null;
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent")?.slice(0, 255) ?? null;
}
