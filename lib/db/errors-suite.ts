// unlessPrisma against a real database built from the project's migrations: SQLite in errors.test.ts,
// PostgreSQL in errors.pg.test.ts. The codes must be the ones each driver adapter really raises.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type TestDatabase, type TestEngine, createTestDatabase } from "./test-database";

type Modules = { db: typeof import("./client").db; errors: typeof import("./errors") };

export function prismaErrorSuite(engine: TestEngine) {
  let m: Modules;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(engine, "errors");
    process.env.DATABASE_URL = database.url; // before lib/db/client is first imported
    (await import("@/lib/config")).reloadConfig();
    m = { db: (await import("./client")).db, errors: await import("./errors") };
  }, 60_000);

  afterAll(async () => {
    await m?.db.$disconnect();
    await database?.drop();
  });

  it("answers a unique violation (P2002) with the value given for it", async () => {
    await m.db.tag.create({ data: { name: "اقتصاد", slug: "economy" } });
    const again = await m.errors.unlessPrisma(m.db.tag.create({ data: { name: "اقتصاد", slug: "economy" } }), {
      P2002: "taken",
    });
    expect(again).toBe("taken");
  });

  it("answers a missing row (P2025) and a row still referenced (P2003)", async () => {
    expect(
      await m.errors.unlessPrisma(m.db.tag.update({ where: { id: 999_999 }, data: { name: "x" } }), { P2025: null }),
    ).toBeNull();
    const category = await m.db.category.create({ data: { name: "رياضة", slug: "sport" } });
    const author = await m.db.author.create({ data: { name: "كاتب", slug: "writer" } });
    await m.db.article.create({
      data: { slug: "match", headline: "مباراة", body: "<p>نص</p>", authorId: author.id, categoryId: category.id },
    });
    expect(await m.errors.unlessPrisma(m.db.category.delete({ where: { id: category.id } }), { P2003: "used" })).toBe(
      "used",
    );
  });

  it("throws every other error on, the expected codes included when not listed", async () => {
    await expect(
      m.errors.unlessPrisma(m.db.tag.create({ data: { name: "اقتصاد", slug: "economy" } }), { P2025: null }),
    ).rejects.toMatchObject({ code: "P2002" });
    await expect(m.errors.unlessPrisma(Promise.reject(new Error("disk full")), { P2002: null })).rejects.toThrow(
      "disk full",
    );
    // A failure without a Prisma code, as a locked or unreachable database gives, is never taken for a refusal.
    await expect(
      m.errors.unlessPrisma(m.db.$executeRawUnsafe("INSERT INTO no_such_table VALUES (1)"), {
        P2002: null,
        P2003: null,
        P2025: null,
      }),
    ).rejects.toThrow();
  });
}
