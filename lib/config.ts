// The site's configuration: every environment variable the server reads, typed and checked in one place.
// Read once (the first call to config(), which instrumentation.ts makes at boot), so a wrong value stops the
// server at start with a message naming the variable, instead of surfacing on some later request.
// Plain TypeScript with no Next.js import: the tsx scripts (seed, backup, reset, import) read it too.
// Left outside on purpose: scripts/serve.mjs reads PORT, HOSTNAME and PAGE_CACHE_MB itself (Node runs it uncompiled, so it
// cannot import TypeScript; Next.js reads the same two), next.config.js reads NEXT_DIST_DIR (loaded by Next
// before any of the site's code), scripts/db/migrate.ts reads DATABASE_URL alone (a migration must not fail on
// an unrelated setting), and test and benchmark scripts read their own variables (PG_TEST_URL, E2E_*).
import { z } from "zod";
import { AUTOSAVE_INTERVAL_MS } from "./articles/editor-timing";

const DEFAULT_DATABASE_URL = "file:./data/sahifa.db";

const list = z.string().transform((value) => value.split(/[\s,]+/).filter(Boolean));
const positiveInt = z.coerce.number().int().positive();
const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http:// or https:// URL" });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^(?:file:.+|postgres(?:ql)?:\/\/.+)$/i, "expected file:… (SQLite) or postgresql://… (PostgreSQL)")
      .default(DEFAULT_DATABASE_URL),
    DATABASE_REPLICA_URL: list
      .pipe(z.array(z.string().regex(/^postgres(?:ql)?:\/\//i, "expected postgresql://… URLs, comma separated")))
      .default([]),
    DATABASE_POOL_SIZE: positiveInt.max(1000).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SITE_URL: httpUrl.optional(),
    NEXTAUTH_URL: httpUrl.optional(),
    AUTH_SECRET: z.string().optional(),
    NEXTAUTH_SECRET: z.string().optional(),
    INTERNAL_SECRET: z.string().optional(),
    ADMIN_EMAIL: z.email().default("admin@sahifa.local"),
    ADMIN_PASSWORD: z.string().default("sahifa-admin"),
    ADMIN_NAME: z.string().default("مدير الموقع"),
    SITE_TIMEZONE: z
      .string()
      .refine(isTimeZone, "not an IANA timezone (e.g. Africa/Casablanca)")
      .default("Africa/Casablanca"),
    CLIENT_IP_HEADER: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9-]+$/, "expected a header name such as x-real-ip")
      .optional(),
    MEDIA_DIR: z.string().default("uploads"),
    SCHEDULER: z.enum(["on", "off"]).default("on"),
    SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000, "at least 1000 (one second)").default(20_000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Test-only: the e2e suite cannot wait 30 s per autosave check.
    AUTOSAVE_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1000, "at least 1000 (one second)")
      .max(600_000, "at most 600000 (ten minutes)")
      .default(AUTOSAVE_INTERVAL_MS),
    SITEMAP_CHUNK_SIZE: positiveInt.max(50_000, "at most 50000 (what search engines read)").default(50_000),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_REPLICA_URL.length > 0 && !/^postgres/i.test(env.DATABASE_URL))
      ctx.addIssue({ code: "custom", path: ["DATABASE_REPLICA_URL"], message: "needs a PostgreSQL DATABASE_URL" });
  });

export type Config = {
  databaseUrl: string;
  databaseReplicaUrls: string[];
  /** PostgreSQL connections per instance; undefined: node-postgres's default (10). */
  databasePoolSize: number | undefined;
  port: number;
  /** The public origin, without a trailing slash. */
  siteUrl: string;
  nextAuthUrl: string | undefined;
  /** Signs staff sessions; AUTH_SECRET, or NEXTAUTH_SECRET. */
  authSecret: string | undefined;
  /** Bearer token of the internal endpoints, when set apart (lib/site/internal-secret.ts has the fallback). */
  internalSecret: string | undefined;
  admin: { email: string; password: string; name: string };
  siteTimezone: string;
  /** Lower-cased header a trusted reverse proxy sets; undefined: the connection's own address. */
  clientIpHeader: string | undefined;
  mediaDir: string;
  scheduler: { enabled: boolean; intervalMs: number };
  sitemapChunkSize: number;
  /** The article editor's autosave pace (30 s; shorter only in tests). */
  autosaveIntervalMs: number;
  /** pino's level: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
};

/** A configuration value the server cannot run with. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment (process.env by default); throws a ConfigError naming every wrong variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as `VAR= npm start` and an empty line in .env intend.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "configuration");
      const value = given[name];
      const shown = value === undefined || /SECRET|PASSWORD|URL/.test(name) ? "" : ` (got "${value}")`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration, fix these environment variables:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    port: e.PORT,
    siteUrl: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    nextAuthUrl: e.NEXTAUTH_URL,
    authSecret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    internalSecret: e.INTERNAL_SECRET?.trim() || undefined,
    admin: { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD, name: e.ADMIN_NAME },
    siteTimezone: e.SITE_TIMEZONE,
    clientIpHeader: e.CLIENT_IP_HEADER,
    mediaDir: e.MEDIA_DIR,
    scheduler: { enabled: e.SCHEDULER === "on", intervalMs: e.SCHEDULER_INTERVAL_MS },
    sitemapChunkSize: e.SITEMAP_CHUNK_SIZE,
    autosaveIntervalMs: e.AUTOSAVE_INTERVAL_MS,
    logLevel: e.LOG_LEVEL,
  };
}

let current: Config | undefined;

/** The configuration of this process, read from the environment on first use. */
export function config(): Config {
  return (current ??= loadConfig());
}

/** For tests that change process.env between cases: the next config() reads it again. */
export function reloadConfig(): Config {
  current = undefined;
  return config();
}
