import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl, sqliteFilePath } from "./url";

// Private columns are left out of every query unless a staff-only query asks
// for them by name (`omit: { authorEmail: false }`), so a public page cannot
// leak a commenter's email or IP by forgetting a `select`.
const globalOmit = {
  comment: { authorEmail: true, authorIp: true, userAgent: true },
  user: { passwordHash: true },
} as const;

function createClient() {
  const url = databaseUrl();
  const file = sqliteFilePath(url);
  if (!file) {
    throw new Error(`Unsupported DATABASE_URL "${url}": expected file:… (SQLite)`);
  }
  // busy timeout: writers wait for the lock instead of failing at once.
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  return new PrismaClient({ adapter, omit: globalOmit });
}

export type Db = ReturnType<typeof createClient>;

// One client per process; Next's dev server reloads modules, so keep it global.
const globalForDb = globalThis as unknown as { sahifaDb?: Db };
export const db: Db = globalForDb.sahifaDb ?? createClient();
globalForDb.sahifaDb = db;
