// DATABASE_REPLICA_URL on PostgreSQL: reads go to the replica, writes and transactions to the
// primary. Two separate databases stand in for primary and replica so the test can tell which
// one answered (a real replica would hold the same rows, a little later).
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase, pgTestUrl } from "./test-database";

describe.skipIf(!pgTestUrl())("read replicas (PostgreSQL)", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let db: typeof import("./client").db;

  const names = async (url: string) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<{ name: string }>('SELECT name FROM "Category" ORDER BY id')).rows.map((r) => r.name);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    [primary, replica] = await Promise.all([
      createTestDatabase("postgresql", "primary"),
      createTestDatabase("postgresql", "replica"),
    ]);
    const c = new Client({ connectionString: replica.url });
    await c.connect();
    await c.query(`INSERT INTO "Category" (name, slug, position) VALUES ('من النسخة', 'replica-only', 0)`);
    await c.end();
    process.env.DATABASE_URL = primary.url;
    process.env.DATABASE_REPLICA_URL = replica.url;
    (await import("@/lib/config")).reloadConfig();
    db = (await import("./client")).db;
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  it("reads from the replica, writes to the primary", async () => {
    expect((await db.category.findMany({ select: { name: true } })).map((c) => c.name)).toEqual(["من النسخة"]);
    await db.category.create({ data: { name: "جديد", slug: "new" } });
    expect(await names(primary.url)).toEqual(["جديد"]);
    expect(await names(replica.url)).toEqual(["من النسخة"]);
  });

  it("keeps a transaction on the primary, reads included (read-your-writes)", async () => {
    const seen = await db.$transaction(async (tx) => tx.category.findMany({ select: { name: true } }));
    expect(seen.map((c) => c.name)).toEqual(["جديد"]);
  });
});
