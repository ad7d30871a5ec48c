// Every public read runs on an index: the site's own query functions are
// called against a real SQLite database built from the migrations, each SQL
// statement Prisma sends is caught on its way to the driver, and SQLite's
// EXPLAIN QUERY PLAN for it must not scan the Article or Comment table, nor
// sort a listing in a temporary b-tree (a listing page then costs the same at
// any dataset size: scripts/bench/run.ts measures it).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// unstable_cache needs Next's request context; here each call goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const dir = mkdtempSync(path.join(tmpdir(), "sahifa-plans-"));
const file = path.join(dir, "plans.db");
process.env.DATABASE_URL = `file:${file}`;

type Plan = { sql: string; plan: string[] };
let recording: Plan[] | null = null;

// Watch the statements the Prisma adapter prepares (it binds the arguments
// right after): the plan is asked for with the same SQL and the same values.
type Prepare = (this: Database.Database, sql: string) => { bind: (...args: unknown[]) => unknown };
const prepare = Database.prototype.prepare as unknown as Prepare;
(Database.prototype as unknown as { prepare: Prepare }).prepare = function (sql) {
  const stmt = prepare.call(this, sql);
  if (recording && /^\s*SELECT/i.test(sql)) {
    const bind = stmt.bind;
    const explain = prepare.call(this, `EXPLAIN QUERY PLAN ${sql}`) as unknown as Database.Statement<
      unknown[],
      { detail: string }
    >;
    stmt.bind = function (this: unknown, ...args: unknown[]) {
      recording?.push({ sql, plan: explain.all(...args).map((r) => r.detail) });
      return bind.apply(this, args);
    };
  }
  return stmt;
};

async function plansOf(run: () => Promise<unknown>): Promise<Plan[]> {
  recording = [];
  try {
    await run();
    return recording;
  } finally {
    recording = null;
  }
}

/**
 * Plan lines that read a whole table, walk nearly all of it, or sort a
 * listing outside an index. `status=?` alone matches almost every article: an
 * ordered walk of it under a small LIMIT is fine (home), but not for a count
 * or with a per-article subquery test.
 */
function badSteps(plans: Plan[], { sortAllowed = false } = {}) {
  return plans.flatMap(({ sql, plan }) =>
    plan
      .filter(
        (step) =>
          /^SCAN (main\.)?(Article|Comment)\b(?! USING (COVERING )?INDEX)/.test(step) ||
          (/^SEARCH \S+ USING (COVERING )?INDEX Article_\w+ \(status=\?\)$/.test(step) &&
            (/COUNT\(/.test(sql) || plan.some((p) => p.startsWith("CORRELATED")))) ||
          (!sortAllowed && /TEMP B-TREE FOR ORDER BY/.test(step) && /FROM `?main`?\.`?Article`?/.test(sql)),
      )
      .map((step) => `${step}  ←  ${sql.replace(/\s+/g, " ").slice(0, 160)}`),
  );
}

type Q = typeof import("./queries");
let q: Q;
let ids: { article: number; categorySlug: string; authorSlug: string; tagSlug: string; publishedAt: string };

beforeAll(async () => {
  const sqlite = new Database(file);
  const migrations = path.join(process.cwd(), "prisma/migrations");
  for (const d of readdirSync(migrations, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    sqlite.exec(readFileSync(path.join(migrations, d, "migration.sql"), "utf8"));
  }
  // Enough rows that a scan and an index walk are told apart; no ANALYZE, as on a live site.
  const cat = (slug: string, position: number) =>
    Number(
      sqlite.prepare("INSERT INTO Category (name, slug, position) VALUES (?, ?, ?)").run(slug, slug, position)
        .lastInsertRowid,
    );
  const cats = [cat("وطنية", 0), cat("دولية", 1), cat("رياضة", 2)];
  const authors = [1, 2].map((i) =>
    Number(
      sqlite
        .prepare("INSERT INTO Author (name, slug, createdAt) VALUES (?, ?, ?)")
        .run(`كاتب ${i}`, `author-${i}`, new Date().toISOString()).lastInsertRowid,
    ),
  );
  const tag = Number(sqlite.prepare("INSERT INTO Tag (name, slug) VALUES ('وسم', 'tag-1')").run().lastInsertRowid);
  const article = sqlite.prepare(
    "INSERT INTO Article (slug, headline, body, status, publishedAt, createdAt, updatedAt, authorId, categoryId) VALUES (?, ?, '<p>نص الخبر</p>', ?, ?, ?, ?, ?, ?)",
  );
  const comment = sqlite.prepare(
    "INSERT INTO Comment (articleId, authorName, authorEmail, content, status, createdAt, updatedAt) VALUES (?, 'قارئ', 'r@example.com', 'تعليق', ?, ?, ?)",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 600; i++) {
      const date = new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toISOString();
      const id = Number(
        article.run(
          `a-${i}`,
          `خبر ${i}`,
          i % 7 === 0 ? "DRAFT" : "PUBLISHED",
          date,
          date,
          date,
          authors[i % 2],
          cats[i % 3],
        ).lastInsertRowid,
      );
      if (i % 2 === 0) sqlite.prepare("INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)").run(id, tag);
      for (let c = 0; c < 3; c++) comment.run(id, c === 2 ? "PENDING" : "APPROVED", date, date);
    }
  })();
  const row = sqlite.prepare("SELECT id, publishedAt FROM Article WHERE slug = 'a-301'").get() as {
    id: number;
    publishedAt: string;
  };
  sqlite.close();
  ids = {
    article: row.id,
    publishedAt: new Date(row.publishedAt).toISOString(),
    categorySlug: "وطنية",
    authorSlug: "author-1",
    tagSlug: "tag-1",
  };
  q = await import("./queries");
}, 120_000);

afterAll(async () => {
  await (await import("@/lib/db/client")).db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("query plans of the public pages", () => {
  const cases: [string, () => Promise<unknown>, { sortAllowed?: boolean }?][] = [
    ["home", () => q.getHomePage()],
    ["article by slug", () => q.getArticle("a-301")],
    ["related articles", () => q.getRelated(ids.article, ids.categorySlug, ids.publishedAt)],
    ["category listing, page 1", () => q.getCategoryListing(ids.categorySlug, 1)],
    ["category listing, page 15", () => q.getCategoryListing(ids.categorySlug, 15)],
    ["author listing, page 20", () => q.getAuthorListing(ids.authorSlug, 20)],
    // Many-to-many: the tag's articles are found through ArticleTag's index and sorted
    // by date, a cost that follows the tag's size, not the site's.
    ["tag listing, page 10", () => q.getTagListing(ids.tagSlug, 10), { sortAllowed: true }],
    [
      "approved comments of an article",
      async () => (await import("@/lib/comments/queries")).getApprovedComments(ids.article),
    ],
    // proxy.ts asks this for every unknown one-segment path and every dated path.
    [
      "old WordPress links",
      async () => {
        const { resolveLegacyUrl } = await import("@/lib/wordpress/legacy");
        await resolveLegacyUrl("/no-such-post/", new URLSearchParams());
        await resolveLegacyUrl("/2019/12/07/no-such-post/", new URLSearchParams());
      },
    ],
    [
      "search",
      async () => {
        const { searchArticles } = await import("@/lib/search/queries");
        const { parseQuery } = await import("@/lib/search/query");
        const { rebuildSearchIndex } = await import("@/lib/search/index");
        await rebuildSearchIndex();
        recording = [];
        await searchArticles(parseQuery("خبر"), 3);
      },
    ],
  ];

  it.each(cases)("%s: no table scan of Article or Comment, no sort outside an index", async (_name, run, options) => {
    const plans = await plansOf(run);
    if (process.env.SHOW_PLANS) console.log(_name, JSON.stringify(plans, null, 1));
    expect(plans.length).toBeGreaterThan(0);
    expect(badSteps(plans, options)).toEqual([]);
  });

  it("every listing page, read from either end, holds what a plain OFFSET query does", async () => {
    const sqlite = new Database(file, { readonly: true });
    const expected = (join: string, where: string, page: number) =>
      (
        sqlite
          .prepare(
            `SELECT a.slug FROM Article a ${join} WHERE ${where} AND a.status = 'PUBLISHED' ORDER BY a.publishedAt DESC, a.id DESC LIMIT 10 OFFSET ?`,
          )
          .all((page - 1) * 10) as { slug: string }[]
      ).map((r) => r.slug);
    const total = (join: string, where: string) =>
      (
        sqlite
          .prepare(`SELECT count(*) AS n FROM Article a ${join} WHERE ${where} AND a.status = 'PUBLISHED'`)
          .get() as { n: number }
      ).n;
    const cases = [
      [
        (page: number) => q.getCategoryListing(ids.categorySlug, page),
        "JOIN Category c ON c.id = a.categoryId",
        `c.slug = '${ids.categorySlug}'`,
      ],
      [
        (page: number) => q.getAuthorListing(ids.authorSlug, page),
        "JOIN Author u ON u.id = a.authorId",
        `u.slug = '${ids.authorSlug}'`,
      ],
      [
        (page: number) => q.getTagListing(ids.tagSlug, page),
        "JOIN ArticleTag t ON t.articleId = a.id JOIN Tag g ON g.id = t.tagId",
        `g.slug = '${ids.tagSlug}'`,
      ],
    ] as const;
    for (const [listingPage, join, where] of cases) {
      const pages = Math.ceil(total(join, where) / 10);
      expect(pages).toBeGreaterThan(10);
      expect(total(join, where) % 10, "a short last page is part of the test").not.toBe(0);
      for (let page = 1; page <= pages; page++) {
        const listing = await listingPage(page);
        expect(
          listing?.items.map((a) => a.slug),
          `${where}, page ${page}`,
        ).toEqual(expected(join, where, page));
        expect(listing?.totalPages).toBe(pages);
      }
      expect(await listingPage(pages + 1)).toBeNull();
    }
    sqlite.close();
  });

  it("the checker itself catches a full scan and an unindexed sort", () => {
    const sqlite = new Database(file, { readonly: true });
    const explain = (sql: string) => ({
      sql,
      plan: (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail),
    });
    const bad = badSteps([
      explain(
        "SELECT `main`.`Article`.`id` FROM `main`.`Article` WHERE `main`.`Article`.`headline` = 'x' ORDER BY `main`.`Article`.`updatedAt` DESC",
      ),
    ]);
    sqlite.close();
    if (process.env.SHOW_PLANS) console.log(bad);
    expect(bad.join("\n")).toMatch(/SCAN (main\.)?Article/);
    expect(bad.join("\n")).toMatch(/TEMP B-TREE/);
  });
});
