// Sign-in throttling against a real, migrated database (SQLite; PostgreSQL too with PG_TEST_URL).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase, type TestEngine, createTestDatabase, pgTestUrl } from "@/lib/db/test-database";
import { CLIENT_FAILURES, PAIR_FAILURES, loginThrottle } from "./throttle";

type Db = typeof import("@/lib/db/client").db;

/** A database client of its own, as another instance of the site (or the same one after a restart) has. */
async function newInstance(): Promise<Db> {
  delete (globalThis as { sahifaDb?: Db }).sahifaDb;
  vi.resetModules();
  return (await import("@/lib/db/client")).db;
}

// Each attempt is a few database writes; a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const engines: TestEngine[] = pgTestUrl() ? ["sqlite", "postgresql"] : ["sqlite"];

describe.each(engines)("sign-in throttling (%s)", (engine) => {
  let database: TestDatabase;
  let first: Db;
  let second: Db;

  beforeAll(async () => {
    database = await createTestDatabase(engine, "throttle");
    process.env.DATABASE_URL = database.url;
    first = await newInstance();
    second = await newInstance();
  }, 60_000);

  afterAll(async () => {
    await Promise.all([first?.$disconnect(), second?.$disconnect()]);
    await database?.drop();
  });

  it("failures from another client never lock the member out of their own", async () => {
    const t = loginThrottle(first);
    const admin = "admin@sahifa.local";
    for (let i = 0; i < PAIR_FAILURES * 3; i++) await t.failed(admin, "203.0.113.66");
    expect(await t.blocked(admin, "203.0.113.66")).toBe("pair");
    // The member's own client: not refused, the right password goes through.
    expect(await t.blocked(admin, "198.51.100.7")).toBeNull();
    // Another attacker address starts from nothing too, and is refused after its own failures.
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await t.failed(admin, "203.0.113.67");
    expect(await t.blocked(admin, "203.0.113.67")).toBeNull();
    await t.failed(admin, "203.0.113.67");
    expect(await t.blocked(admin, "203.0.113.67")).toBe("pair");
  });

  it("the right password clears that client's failures on that account only", async () => {
    const t = loginThrottle(first);
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await t.failed("editor@sahifa.test", "10.0.0.1");
    await t.succeeded("editor@sahifa.test", "10.0.0.1");
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await t.failed("editor@sahifa.test", "10.0.0.1");
    expect(await t.blocked("editor@sahifa.test", "10.0.0.1")).toBeNull();
  });

  it("one client trying many accounts is refused for all of them after the slower per-client limit", async () => {
    const t = loginThrottle(first);
    for (let i = 0; i < CLIENT_FAILURES; i++) await t.failed(`guess-${i}@sahifa.test`, "192.0.2.9");
    expect(await t.blocked("someone-else@sahifa.test", "192.0.2.9")).toBe("client");
    expect(await t.blocked("someone-else@sahifa.test", "192.0.2.10")).toBeNull();
  }, 60_000);

  it("the counts are in the database: a restarted or second instance sees them, and they add up", async () => {
    const a = loginThrottle(first);
    for (let i = 0; i < PAIR_FAILURES / 2; i++) await a.failed("author@sahifa.test", "10.9.9.9");
    const b = loginThrottle(second); // new limiter objects, another connection: nothing held in memory
    expect(await b.blocked("author@sahifa.test", "10.9.9.9")).toBeNull();
    for (let i = 0; i < PAIR_FAILURES / 2; i++) await b.failed("author@sahifa.test", "10.9.9.9");
    expect(await b.blocked("author@sahifa.test", "10.9.9.9")).toBe("pair");
    expect(await loginThrottle(first).blocked("author@sahifa.test", "10.9.9.9")).toBe("pair");
    const rows = await second.rateLimit.findMany({ where: { key: { contains: "author@sahifa.test" } } });
    expect(rows.map((r) => r.points)).toEqual([PAIR_FAILURES]);
  });

  it("keeps the two parts of the pair apart whatever the address contains", async () => {
    const t = loginThrottle(first);
    for (let i = 0; i < PAIR_FAILURES; i++) await t.failed('a@x.test","b', "c");
    expect(await t.blocked("a@x.test", 'b","c')).toBeNull();
  });
});
