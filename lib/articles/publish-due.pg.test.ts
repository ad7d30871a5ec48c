// Several instances on one PostgreSQL database each run the scheduler: while one holds the
// advisory lock, the others publish nothing (and do not wait).
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { type TestDatabase, createTestDatabase, pgTestUrl } from "@/lib/db/test-database";
import type * as PublishDue from "./publish-due";

// Cache expiry and the search index are other modules' business (and need a running Next).
vi.mock("@/lib/site/revalidate", () => ({ expireTags: vi.fn() }));
vi.mock("@/lib/search/index", () => ({ indexNewlyPublished: vi.fn(async () => {}) }));

describe.skipIf(!pgTestUrl())("scheduled publishing across instances (PostgreSQL)", () => {
  let database: TestDatabase;
  let other: Client;
  let mod: typeof PublishDue;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase("postgresql", "publish_due");
    process.env.DATABASE_URL = database.url;
    db = (await import("@/lib/db/client")).db;
    mod = await import("./publish-due");
    other = new Client({ connectionString: database.url });
    await other.connect();
    const author = await db.author.create({ data: { name: "كاتب", slug: "katib" } });
    const category = await db.category.create({ data: { name: "قسم", slug: "qism", position: 0 } });
    await db.article.create({
      data: {
        slug: "due",
        headline: "خبر مجدول",
        body: "<p>نص</p>",
        status: "SCHEDULED",
        publishedAt: new Date(Date.now() - 60_000),
        authorId: author.id,
        categoryId: category.id,
      },
    });
  }, 60_000);

  afterAll(async () => {
    await other?.end();
    await db?.$disconnect();
    await database?.drop();
  });

  const status = async () => (await db.article.findUniqueOrThrow({ where: { slug: "due" } })).status;

  it("skips its turn while another instance holds the lock, and publishes once it is free", async () => {
    await other.query("SELECT pg_advisory_lock(hashtext($1))", [mod.PUBLISH_DUE_LOCK]);
    const started = Date.now();
    expect(await mod.publishDueArticles()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000); // did not wait for the lock
    expect(await status()).toBe("SCHEDULED");

    await other.query("SELECT pg_advisory_unlock(hashtext($1))", [mod.PUBLISH_DUE_LOCK]);
    expect(await mod.publishDueArticles()).toBe(1);
    expect(await status()).toBe("PUBLISHED");
    expect(await mod.publishDueArticles()).toBe(0);
  });

  it("does not keep the lock after its turn (a pooled connection must not hold it)", async () => {
    await mod.publishDueArticles();
    const { rows } = await other.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [
      mod.PUBLISH_DUE_LOCK,
    ]);
    expect(rows[0]!.locked).toBe(true);
    await other.query("SELECT pg_advisory_unlock(hashtext($1))", [mod.PUBLISH_DUE_LOCK]);
  });
});
