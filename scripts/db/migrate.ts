// Offline Prisma migrations through the WebAssembly schema engine.
//
//   npx tsx scripts/db/migrate.ts deploy        apply pending migrations (like `prisma migrate deploy`)
//   npx tsx scripts/db/migrate.ts dev <name>    apply pending, then create + apply a new migration
//   npx tsx scripts/db/migrate.ts status        list applied/pending; non-zero exit if pending or drift
//
// Why: Prisma 7's CLI only runs migrations through the native schema engine, which it downloads
// at run time (impossible offline), and its config has no adapter option. So this script drives
// @prisma/schema-engine-wasm (pinned to prisma 7.10.0's engine hash) over driver adapters itself.
// Migrations stay in Prisma's standard format (<ts>_<name>/migration.sql + migration_lock.toml) and
// are recorded in the standard _prisma_migrations table, so the real CLI could take over later.
//
// DATABASE_URL: `file:<path>` (SQLite, default file:./data/sahifa.db) or `postgres(ql)://…`.
// For PostgreSQL, prisma/postgres/schema.prisma is regenerated from prisma/schema.prisma on each
// run (scripts/db/postgres-schema.ts) and migrations live in prisma/postgres/migrations.
import fs from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import prismaConfig from "../../prisma.config";
import { writePostgresSchema } from "./postgres-schema";

const root = process.cwd();
const url = process.env.DATABASE_URL ?? "file:./data/sahifa.db";
const isPg = /^postgres(ql)?:\/\//.test(url);
const schemaPath = path.join(root, isPg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma");
const migrationsDir = path.join(root, isPg ? "prisma/postgres/migrations" : "prisma/migrations");
const provider = isPg ? "postgresql" : "sqlite";
// Tables managed outside Prisma (prisma.config.ts > tables.external: the search index, lib/search/tables.ts).
// PostgreSQL names them with their schema.
const external = prismaConfig.tables?.external ?? [];
const pgSchema = isPg ? (new URL(url).searchParams.get("schema") ?? "public") : "";
const filters = { externalTables: isPg ? external.map((t) => `${pgSchema}.${t}`) : external, externalEnums: [] };
const rel = (p: string) => path.relative(root, p);

class Fatal extends Error {}

/** The part of adapter-pg's queryable (internal, untyped) that fixChar below patches. */
type PgQueryable = {
  performIO(query: unknown): Promise<{ fields?: { dataTypeID: number }[] } | undefined>;
  startTransaction?(...args: unknown[]): Promise<object>;
};

/** Same shape the Prisma CLI builds: sorted <dir>/migration.sql entries plus the lockfile. */
function readMigrations(): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const file = path.join(migrationsDir, d, "migration.sql");
      const content = fs.existsSync(file)
        ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
        : { tag: "error" as const, value: `${rel(file)} not found` };
      return { path: d, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

// ---- driver adapters -------------------------------------------------------------------------
const opened: SqlDriverAdapter[] = []; // every connection we hand out, disposed before exit

/** Make dispose idempotent (the engine may dispose the shadow DB itself) and remember the adapter. */
function track<T extends SqlDriverAdapter>(a: T): T {
  const dispose = a.dispose.bind(a);
  let done: Promise<void> | undefined;
  a.dispose = () => (done ??= dispose());
  opened.push(a);
  return a;
}

function sqliteFactory(): SqlMigrationAwareDriverAdapterFactory {
  const file = url.replace(/^file:/, "");
  fs.mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
  const base = new PrismaBetterSqlite3({ url });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(await base.connect()),
    // The engine replays each migration on the in-memory shadow DB with executeRaw(<whole script>);
    // better-sqlite3's prepare() rejects multi-statement SQL ("more than one statement", P3006).
    // Parameterless executeRaw therefore goes through executeScript (db.exec) instead.
    connectToShadowDb: async () => {
      const shadow = track(await base.connectToShadowDb());
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (q) => (q.args.length === 0 ? (await shadow.executeScript(q.sql), 0) : executeRaw(q));
      return shadow;
    },
  };
}

/** Discrete fields, not {connectionString}: adapter-pg builds pools as {...config, database}, and
 *  node-postgres lets a connectionString's database win, so the "shadow" would be the main DB. */
function pgConfig() {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
  };
}

/** Like the Prisma CLI, create a missing PostgreSQL database before deploy/dev. */
async function ensurePgDatabase() {
  const cfg = pgConfig();
  const probe = new Client(cfg);
  const missing = await probe.connect().then(
    () => false,
    (e) => e?.code === "3D000",
  ); // invalid_catalog_name
  await probe.end().catch(() => {});
  if (!missing) return; // reachable, or an error the engine will report properly
  const admin = new Client({ ...cfg, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${cfg.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  console.log(`Created database ${cfg.database}`);
}

function pgFactory(): SqlMigrationAwareDriverAdapterFactory {
  const u = new URL(url);
  const cfg = pgConfig();
  const options = u.searchParams.get("schema") ? { schema: u.searchParams.get("schema")! } : undefined;
  // The engine's catalog queries return OID 18 ("char"), which adapter-pg cannot map
  // ("Column type 'char' could not be deserialized"); report it as 25 (text), in transactions too.
  const fixChar = <T extends object>(q: T): T => {
    const queryable = q as unknown as PgQueryable;
    const io = queryable.performIO.bind(q);
    queryable.performIO = async (query) => {
      const res = await io(query);
      for (const f of res?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return res;
    };
    const start = queryable.startTransaction?.bind(q);
    if (start) queryable.startTransaction = async (...a) => fixChar(await start(...a));
    return q;
  };
  const connect = async (database = cfg.database) =>
    fixChar(await new PrismaPg({ ...cfg, database }, options).connect());
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => track(await connect()),
    // adapter-pg's own connectToShadowDb drops the shadow DB before closing its pool ("is being
    // accessed by other users") and leaves it behind. Ours closes the pool first, then drops it.
    connectToShadowDb: async () => {
      const admin = await connect();
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await connect(name);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        try {
          await dispose();
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        } finally {
          await admin.dispose();
        }
      };
      return track(shadow);
    },
  };
}

// ---- engine ----------------------------------------------------------------------------------
let bound: ReturnType<typeof bindMigrationAwareSqlAdapterFactory> | undefined;

async function loadEngine(schema: string): Promise<SchemaEngine> {
  // The .wasm is not in the package's "exports" (ERR_PACKAGE_PATH_NOT_EXPORTED), so resolve the JS
  // glue and read the binary next to it; then wire it up as the package's own entry point does.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const { instance } = await WebAssembly.instantiate(
    fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")),
    { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports },
  );
  (bg as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
  bound = bindMigrationAwareSqlAdapterFactory(isPg ? pgFactory() : sqliteFactory());
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bound);
}

/** Like `migrate deploy`'s pre-check: refuse on failed/edited migrations or unknown applied ones. */
async function checkHistory(engine: SchemaEngine, list: MigrationList) {
  // A fresh DB has no _prisma_migrations table yet (P1014): nothing applied, so no drift possible.
  const d = await engine
    .diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters })
    .catch((e) => {
      if (e?.code === "P1014") return null;
      throw e;
    });
  if (!d) return list.migrationDirectories.map((m) => m.path);
  const problems: string[] = [];
  for (const m of d.failedMigrationNames)
    problems.push(
      `migration ${m} failed (see _prisma_migrations.logs); repair the DB by hand, then ` +
        `UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = '${m}'`,
    );
  for (const m of d.editedMigrationNames) problems.push(`migration ${m} was modified after it was applied`);
  const h = d.history;
  if (h && h.diagnostic !== "databaseIsBehind")
    for (const m of h.unpersistedMigrationNames)
      problems.push(`migration ${m} is applied to the database but missing from ${rel(migrationsDir)}`);
  if (problems.length) throw new Fatal(`Drift detected:\n  - ${problems.join("\n  - ")}`);
  return h?.diagnostic === "databaseIsBehind" || h?.diagnostic === "historiesDiverge" ? h.unappliedMigrationNames : [];
}

async function apply(engine: SchemaEngine) {
  const { appliedMigrationNames: names } = await engine.applyMigrations({ migrationsList: readMigrations(), filters });
  console.log(names.length ? `Applied:\n${names.map((n) => `  ✔ ${n}`).join("\n")}` : "No pending migrations.");
}

async function main() {
  const [cmd, name] = process.argv.slice(2);
  if (!["deploy", "dev", "status"].includes(cmd ?? "") || (cmd === "dev" && !name))
    throw new Fatal("usage: migrate.ts deploy | dev <name> [--accept-data-loss] | status");
  if (isPg) writePostgresSchema(root);
  const list = readMigrations();
  const where = isPg ? url.replace(/\/\/[^@/]*@/, "//***@") : url;
  console.log(`${provider} ${where} · ${rel(migrationsDir)} (${list.migrationDirectories.length} migrations)`);

  const sqliteFile = isPg ? null : path.resolve(root, url.replace(/^file:/, ""));
  if (cmd === "status" && sqliteFile && !fs.existsSync(sqliteFile)) {
    // don't create a DB just to look
    console.log(`Database ${rel(sqliteFile)} does not exist; pending:`);
    for (const m of list.migrationDirectories) console.log(`  … ${m.path}`);
    return list.migrationDirectories.length ? 1 : 0;
  }

  if (isPg && cmd !== "status") await ensurePgDatabase();
  const engine = await loadEngine(fs.readFileSync(schemaPath, "utf8"));
  const pending = await checkHistory(engine, list);
  if (cmd === "status") {
    for (const m of list.migrationDirectories)
      console.log(`  ${pending.includes(m.path) ? "… pending" : "✔ applied"}  ${m.path}`);
    console.log(pending.length ? `${pending.length} pending migration(s).` : "Database is up to date.");
    return pending.length ? 1 : 0;
  }
  // On a fresh DB devDiagnostic fails with P1014 (no _prisma_migrations), so apply first; this
  // also brings the DB up to date before diffing, as `prisma migrate dev` does.
  await apply(engine);
  if (cmd === "deploy") return 0;

  // dev: same order as the Prisma CLI: devDiagnostic → evaluateDataLoss → createMigration → apply.
  const diag = await engine.devDiagnostic({ migrationsList: readMigrations(), filters });
  if (diag.action.tag === "reset") throw new Fatal(`Refusing to create a migration. ${diag.action.reason}`);
  const schema = { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }] };
  const loss = await engine.evaluateDataLoss({ migrationsList: readMigrations(), schema, filters });
  if (loss.unexecutableSteps.length)
    throw new Fatal(
      `Cannot create this migration:\n  - ${loss.unexecutableSteps.map((s) => s.message).join("\n  - ")}`,
    );
  if (loss.warnings.length && !process.argv.includes("--accept-data-loss"))
    throw new Fatal(
      `Data loss warnings (rerun with --accept-data-loss):\n  - ${loss.warnings.map((w) => w.message).join("\n  - ")}`,
    );

  // Slugified like the Prisma CLI does (`Add Tags!` → add_tags); the engine adds the timestamp.
  const slug =
    name!
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 200) || "migration";
  const migrationsList = readMigrations();
  const out = await engine.createMigration({ draft: false, migrationName: slug, migrationsList, schema, filters });
  if (out.migrationScript === null) {
    console.log("Schema unchanged: no new migration created.");
    return 0;
  }
  const dir = path.join(migrationsDir, out.generatedMigrationName);
  if (fs.existsSync(dir)) throw new Fatal(`${rel(dir)} already exists`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
  if (migrationsList.lockfile.content === null)
    // same text as the Prisma CLI writes
    fs.writeFileSync(
      path.join(migrationsDir, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    );
  console.log(`Created ${rel(dir)}/migration.${out.extension}`);
  await apply(engine);
  return 0;
}

/** Engine errors only say "External error id#N"; the adapter's registry holds the real JS error. */
function describe(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const msg = code
    ? `${String(code)}: ${(e as Error).message}`
    : e instanceof Error
      ? e.message
      : typeof e === "object"
        ? JSON.stringify(e)
        : String(e);
  return msg.replace(/External error id#(\d+)/g, (m, id: string) => {
    const registry = bound?.errorRegistry as { registeredErrors?: Record<number, { error: unknown }> } | undefined;
    const rec = registry?.registeredErrors?.[Number(id)]?.error;
    return rec ? `${m} (${rec instanceof Error ? rec.message : String(rec)})` : m;
  });
}

main()
  .catch((e) => {
    console.error(`\n✘ ${e instanceof Fatal ? e.message : `Schema engine error: ${describe(e)}`}`);
    return 1;
  })
  .then(async (code) => {
    // Close every connection: an undisposed better-sqlite3 handle leaves a -journal file (the engine
    // sets locking_mode=EXCLUSIVE), and open pg pools keep Node alive.
    for (const a of opened.reverse()) await a.dispose().catch(() => {});
    // The wasm engine leaves a ~60 s timer behind after createMigration; exit explicitly.
    process.exit(code);
  });
