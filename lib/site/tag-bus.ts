// Cache-tag expiry between app instances, through PostgreSQL's LISTEN / NOTIFY.
//
// Each instance keeps its own copy of Next's cache (and of finished pages,
// lib/site/page-cache.mjs), so a change made on one must expire the same tags
// on all. The instance that made it sends one NOTIFY on CHANNEL (from any pooled
// connection: it is part of the database's own protocol), and every instance
// holds one dedicated connection that LISTENs and expires the tags it hears.
// No list of peers to keep; an instance that starts or reconnects expires the
// tags that cover every page (it may have missed messages while away).
// docs/operations.md, "Several instances", says why this over a shared cache.
import { randomUUID } from "node:crypto";
import { Client, type ClientConfig } from "pg";
import { z } from "zod";

export const CHANNEL = "sahifa_cache_tags";
/** This process, so it can tell its own messages from the others'. */
export const INSTANCE_ID = randomUUID();
// NOTIFY payloads must stay under 8000 bytes.
const MAX_PAYLOAD = 7000;

const message = z.object({ from: z.string().max(64), tags: z.array(z.string().max(256)).max(50) });
export type TagMessage = z.infer<typeof message>;

/** The payloads announcing these tags, split so each fits in one NOTIFY. */
export function encodeMessages(tags: string[], from: string = INSTANCE_ID): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  const encode = (t: string[]) => JSON.stringify({ from, tags: t });
  for (const tag of new Set(tags)) {
    if (Buffer.byteLength(encode([tag])) > MAX_PAYLOAD) continue; // no real tag is this long
    if (Buffer.byteLength(encode([...batch, tag])) > MAX_PAYLOAD || batch.length === 50) {
      out.push(encode(batch));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length) out.push(encode(batch));
  return out;
}

/** A payload heard on the channel, or null when it is not one of ours. */
export function decodeMessage(payload: string | undefined): TagMessage | null {
  try {
    const parsed = message.safeParse(JSON.parse(payload ?? ""));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type Subscription = { stop(): Promise<void>; connected(): boolean };

type Log = { info(msg: string): void; error(msg: string, error?: unknown): void };

/**
 * Listens on CHANNEL with a connection of its own, for as long as the process
 * runs: a lost connection is reopened after 0.5 s, then 1 s, 2 s… up to 30 s,
 * and each failure is logged. `onConnect` runs after every (re)connection,
 * `onTags` for each message another instance sent.
 */
export function subscribe(options: {
  connection: ClientConfig;
  onTags: (tags: string[], from: string) => void;
  onConnect?: (reconnected: boolean) => void;
  log?: Log;
  minDelayMs?: number;
  maxDelayMs?: number;
}): Subscription {
  const { onTags, onConnect, minDelayMs = 500, maxDelayMs = 30_000 } = options;
  const log = options.log ?? {
    info: (msg: string) => console.log(msg),
    error: (msg: string, error?: unknown) => console.error(msg, error ?? ""),
  };
  let stopped = false;
  let client: Client | undefined;
  let live = false;
  let delay = minDelayMs;
  let timer: NodeJS.Timeout | undefined;
  let attempts = 0;

  const retry = (why: string, error?: unknown) => {
    live = false;
    client = undefined;
    if (stopped) return;
    log.error(`cache tags: ${why}; listening again in ${delay} ms`, error);
    timer = setTimeout(connect, delay);
    timer.unref();
    delay = Math.min(delay * 2, maxDelayMs);
  };

  async function connect() {
    if (stopped) return;
    const c = new Client(options.connection);
    client = c;
    let failed = false;
    const fail = (why: string, error?: unknown) => {
      if (failed || client !== c) return;
      failed = true;
      c.removeAllListeners("notification");
      c.end().catch(() => {});
      retry(why, error);
    };
    c.on("error", (error) => fail("the listening connection failed", error));
    c.on("end", () => fail("the listening connection closed"));
    c.on("notification", (n) => {
      if (n.channel !== CHANNEL) return;
      const m = decodeMessage(n.payload);
      if (!m) log.error("cache tags: ignored a malformed message");
      else if (m.from !== INSTANCE_ID) onTags(m.tags, m.from);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      return fail("could not listen for changes made on other instances", error);
    }
    if (stopped || client !== c) return void c.end().catch(() => {});
    live = true;
    delay = minDelayMs;
    if (attempts++ > 0) log.info("cache tags: listening again");
    onConnect?.(attempts > 1);
  }

  void connect();
  return {
    connected: () => live,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      live = false;
      await c?.end().catch(() => {});
    },
  };
}

/** node-postgres settings for a Prisma-style URL (its `?schema=` is Prisma's, not a connection setting). */
export function listenerConnection(url: string): ClientConfig {
  const u = new URL(url);
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), keepAlive: true, application_name: "sahifa cache tags" };
}
