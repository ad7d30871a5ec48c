// The PostgreSQL benchmark generator on a tiny dataset, when PG_TEST_URL names a server: what it
// writes, and that its search index rows are exactly those the site's own indexing writes.
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase, pgTestUrl } from "@/lib/db/test-database";
import { SEARCH_TABLE } from "@/lib/search/tables";
import { fillPostgres } from "./pg-fill";

describe.skipIf(!pgTestUrl())("the PostgreSQL benchmark generator", () => {
  let database: TestDatabase;
  let client: Client;
  let indexed = 0;
  let indexesBefore: string[] = [];
  const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;
  const indexes = async () =>
    (
      await client.query<{ def: string }>(
        `SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
      )
    ).rows.map((r) => r.def);

  beforeAll(async () => {
    database = await createTestDatabase("postgresql", "benchfill");
    process.env.DATABASE_URL = database.url; // before lib/db/client is first imported
    (await import("@/lib/config")).reloadConfig();
    const { db } = await import("@/lib/db/client");
    for (const slug of ["وطنية", "دولية"]) await db.category.create({ data: { name: slug, slug } });
    await db.author.create({ data: { name: "يوسف هناني", slug: "يوسف-هناني" } });
    await (await import("@/lib/search/backend")).searchBackend().create();
    client = new Client({ connectionString: database.url });
    await client.connect();
    indexesBefore = await indexes();
    indexed = await fillPostgres(client, {
      articles: 60,
      comments: 300,
      pools: { paragraphs: 50, headlines: 40, excerpts: 40, kickers: 20, comments: 30 },
    });
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await (await import("@/lib/db/client")).db.$disconnect();
    await database?.drop();
  });

  it("writes the articles, one in twenty a draft, with tags and comments on published stories", async () => {
    expect(await one(`SELECT count(*)::int AS n FROM "Article"`)).toEqual({ n: 60 });
    expect(await one(`SELECT count(*)::int AS n FROM "Article" WHERE status = 'DRAFT'`)).toEqual({ n: 3 });
    expect(await one(`SELECT count(*)::int AS n FROM "Tag"`)).toEqual({ n: 200 });
    const body = await one<{ lo: number; hi: number }>(
      `SELECT min(array_length(regexp_split_to_array(body, '</p>'), 1) - 1) AS lo,
              max(array_length(regexp_split_to_array(body, '</p>'), 1) - 1) AS hi FROM "Article"`,
    );
    expect(body.lo).toBeGreaterThanOrEqual(3);
    expect(body.hi).toBeLessThanOrEqual(7);
    // Newest first from one date, ten minutes apart, in slug order.
    const dates = await one<{ n: number }>(
      `SELECT count(DISTINCT "publishedAt")::int AS n FROM "Article" WHERE "publishedAt" = timestamp '2026-11-27 12:00:00' - (substr(slug, 7)::int * interval '10 minutes')`,
    );
    expect(dates).toEqual({ n: 60 });
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM "ArticleTag"`)).n).toBeGreaterThan(0);
    expect(await one(`SELECT count(*)::int AS n FROM "Comment"`)).toEqual({ n: 300 });
    expect(
      await one(
        `SELECT count(*)::int AS n FROM "Comment" c JOIN "Article" a ON a.id = c."articleId" WHERE a.status <> 'PUBLISHED'`,
      ),
    ).toEqual({ n: 0 });
  });

  it("leaves every index as the migrations made it", async () => {
    expect(await indexes()).toEqual(indexesBefore);
  });

  it("indexes for search exactly what the site's own indexing does", async () => {
    expect(indexed).toBe(57);
    await client.query(`CREATE TABLE generated AS SELECT * FROM ${SEARCH_TABLE}`);
    const { rebuildSearchIndex } = await import("@/lib/search/index");
    expect(await rebuildSearchIndex()).toBe(57);
    const differ = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM generated g FULL JOIN ${SEARCH_TABLE} s USING (id) WHERE g.doc IS DISTINCT FROM s.doc`,
    );
    expect(differ).toEqual({ n: 0 });
    // Not vacuous: the rows hold every field's words, with their weights.
    const weights = await one<{ w: string }>(
      `SELECT string_agg(DISTINCT w, '' ORDER BY w) AS w FROM generated, unnest(doc) u, unnest(u.weights) w`,
    );
    expect(weights.w).toBe("ABCD");
  });
});
