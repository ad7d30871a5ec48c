// Fresh, migrated databases for unit tests that need a real one: a temporary SQLite file, or a
// new PostgreSQL database on the server PG_TEST_URL names (scripts/test/pg-server.sh starts one).
// The migrations' SQL is applied as is, in order (what `migrate.ts deploy` does, without its bookkeeping).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";

export type TestEngine = "sqlite" | "postgresql";
export type TestDatabase = { url: string; drop(): Promise<void> };

/** The engines this machine can test: SQLite always, PostgreSQL when PG_TEST_URL is set. */
export const pgTestUrl = () => process.env.PG_TEST_URL || undefined;

function migrationScripts(dir: string): string[] {
  const root = path.join(process.cwd(), dir);
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((d) => readFileSync(path.join(root, d, "migration.sql"), "utf8"));
}

export async function createTestDatabase(engine: TestEngine, label = "test"): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), `sahifa-${label}-`));
    const file = path.join(dir, "test.db");
    const sqlite = new Database(file);
    for (const sql of migrationScripts("prisma/migrations")) sqlite.exec(sql);
    sqlite.close();
    return { url: `file:${file}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = pgTestUrl();
  if (!server) throw new Error("PostgreSQL tests need PG_TEST_URL");
  const name = `sahifa_${label}_${process.pid}_${Date.now().toString(36)}`.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  for (const sql of migrationScripts("prisma/postgres/migrations")) await client.query(sql);
  await client.end();
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
    },
  };
}
