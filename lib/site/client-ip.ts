import "server-only";
import { headers } from "next/headers";
import { config } from "@/lib/config";
import { firstValue } from "./boundary";

/**
 * Where scripts/serve.mjs writes the connection's own address. It replaces
 * any value the client sent, so nobody can choose their flood-control key.
 */
export const CLIENT_ADDRESS_HEADER = "x-sahifa-client-ip";

/**
 * The client's address, used for flood control and kept for moderators.
 * By default the connection's address (CLIENT_ADDRESS_HEADER). Behind a
 * trusted reverse proxy every connection comes from the proxy, so
 * `CLIENT_IP_HEADER` names the header it sets (for example `x-real-ip`) and
 * that one is read instead; forwarded headers are never trusted otherwise.
 */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return clientIpFrom((name) => h.get(name));
}

/** The same rule for code that only has raw request headers (next-auth's authorize). */
export function clientIpFrom(header: (name: string) => string | string[] | null | undefined): string | null {
  const raw = header(config().clientIpHeader ?? CLIENT_ADDRESS_HEADER);
  const value = firstValue(raw)?.split(",")[0]?.trim();
  return value ? value.slice(0, 64) : null;
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent")?.slice(0, 255) ?? null;
}
