import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PgPrismaClient } from "./generated-pg/client";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "./url";
import { config } from "../config";

// Private columns are left out of every query unless a staff-only query asks
// for them by name (`omit: { authorEmail: false }`), so a public page cannot
// leak a commenter's email or IP by forgetting a `select`.
const globalOmit = {
  comment: { authorEmail: true, authorIp: true, userAgent: true },
  user: { passwordHash: true },
} as const;

function sqliteClient(file: string) {
  // busy timeout: writers wait for the lock instead of failing at once.
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  return new PrismaClient({ adapter, omit: globalOmit });
}

/** The one client type the rest of lib/ uses: the models and API are the same on both engines. */
export type Db = ReturnType<typeof sqliteClient>;

function pgAdapter(url: string) {
  // `?schema=` as in Prisma's own URLs; node-postgres ignores it.
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const max = config().databasePoolSize; // undefined: node-postgres's default, 10
  return new PrismaPg({ connectionString: url, max }, schema ? { schema } : undefined);
}

function pgClient(url: string): Db {
  // A generated client is bound to its provider, hence the second client (lib/db/generated-pg).
  // Its API is a superset of the SQLite one, so it is typed as the SQLite client.
  const primary = new PgPrismaClient({ adapter: pgAdapter(url), omit: globalOmit });
  const replicaUrls = config().databaseReplicaUrls;
  if (replicaUrls.length === 0) return primary as unknown as Db;
  // Reads outside transactions go to a replica, writes and transactions to the primary (docs/operations.md, Scaling out).
  const replicas = replicaUrls.map((u) => new PgPrismaClient({ adapter: pgAdapter(u), omit: globalOmit }));
  return primary.$extends(readReplicas({ replicas })) as unknown as Db;
}

function createClient(): Db {
  const url = databaseUrl();
  if (isPostgresUrl(url)) return pgClient(url);
  const file = sqliteFilePath(url);
  if (!file)
    throw new Error(`Unsupported DATABASE_URL "${url}": expected file:… (SQLite) or postgres(ql)://… (PostgreSQL)`);
  return sqliteClient(file);
}

// One client per process; Next's dev server reloads modules, so keep it global.
const globalForDb = globalThis as unknown as { sahifaDb?: Db };
export const db: Db = globalForDb.sahifaDb ?? createClient();
globalForDb.sahifaDb = db;
