// Listing pages on PostgreSQL, when PG_TEST_URL names a server: every page of a category, an
// author and a tag listing, whether read from the newest end or (past the middle) from the oldest
// and turned round, holds what a plain OFFSET query gives. SQLite: query-plans.test.ts.
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase, createTestDatabase, pgTestUrl } from "@/lib/db/test-database";

// unstable_cache needs Next's request context; here each call goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

describe.skipIf(!pgTestUrl())("listing pages on PostgreSQL", () => {
  let database: TestDatabase;
  let client: Client;
  let q: typeof import("./queries");

  beforeAll(async () => {
    database = await createTestDatabase("postgresql", "listings");
    process.env.DATABASE_URL = database.url; // before lib/db/client is first imported
    (await import("@/lib/config")).reloadConfig();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`INSERT INTO "Category" (name, slug) VALUES ('وطنية', 'وطنية'), ('دولية', 'دولية')`);
    await client.query(`INSERT INTO "Author" (name, slug) VALUES ('كاتب', 'author-1'), ('كاتبة', 'author-2')`);
    await client.query(`INSERT INTO "Tag" (name, slug) VALUES ('وسم', 'tag-1')`);
    // Two articles to an hour, so the id decides the order of a pair; one in seven is a draft.
    await client.query(
      `INSERT INTO "Article" (slug, headline, body, status, "publishedAt", "updatedAt", "authorId", "categoryId")
       SELECT 'a-' || i, 'خبر ' || i, '<p>نص</p>',
         (CASE WHEN i % 7 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus",
         timestamp '2026-01-01' + (i / 2) * interval '1 hour', now(),
         (SELECT id FROM "Author" ORDER BY id OFFSET i % 2 LIMIT 1), (SELECT id FROM "Category" ORDER BY id OFFSET i % 3 % 2 LIMIT 1)
       FROM generate_series(1, 450) i`,
    );
    await client.query(
      `INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT id, (SELECT id FROM "Tag") FROM "Article" WHERE id % 2 = 0`,
    );
    q = await import("./queries");
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await (await import("@/lib/db/client")).db.$disconnect();
    await database?.drop();
  });

  it("every page of each listing holds what a plain OFFSET query does", async () => {
    const cases = [
      [
        (page: number) => q.getCategoryListing("وطنية", page),
        `JOIN "Category" o ON o.id = a."categoryId" AND o.slug = 'وطنية'`,
      ],
      [
        (page: number) => q.getAuthorListing("author-1", page),
        `JOIN "Author" o ON o.id = a."authorId" AND o.slug = 'author-1'`,
      ],
      [
        (page: number) => q.getTagListing("tag-1", page),
        `JOIN "ArticleTag" t ON t."articleId" = a.id JOIN "Tag" o ON o.id = t."tagId" AND o.slug = 'tag-1'`,
      ],
    ] as const;
    for (const [listingPage, join] of cases) {
      const expected = (
        await client.query<{ slug: string }>(
          `SELECT a.slug FROM "Article" a ${join} WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" DESC, a.id DESC`,
        )
      ).rows.map((r) => r.slug);
      const pages = Math.ceil(expected.length / 10);
      expect(pages).toBeGreaterThan(10);
      for (let page = 1; page <= pages; page++) {
        const listing = await listingPage(page);
        expect(
          listing?.items.map((a) => a.slug),
          `${join}, page ${page}`,
        ).toEqual(expected.slice((page - 1) * 10, page * 10));
        expect(listing?.totalPages).toBe(pages);
      }
      expect(await listingPage(pages + 1)).toBeNull();
    }
  });
});
