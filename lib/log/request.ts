import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { logger } from "./logger";

/**
 * The id of the request being served: the `x-request-id` a reverse proxy set (nginx: `$request_id`), else a
 * fresh one. Logged with every event of the request and shown to staff as the reference of a failure.
 */
export async function requestId(): Promise<string> {
  let given: string | null = null;
  try {
    given = (await headers()).get("x-request-id");
  } catch {
    // Outside a request (a script, a timer): no headers to read.
  }
  return given && /^[\w-]{1,64}$/.test(given) ? given : randomUUID().slice(0, 8);
}

/** A child logger carrying the request id, and the id itself. */
export async function requestLogger() {
  const id = await requestId();
  return { id, log: logger.child({ requestId: id }) };
}
