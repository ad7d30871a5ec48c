// The WordPress import against a real SQLite database built from the
// project's migrations, fed with exports the test writes itself.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wxrFacts, wxrFixture } from "./test-fixture";

const dir = mkdtempSync(path.join(tmpdir(), "sahifa-wp-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
const f = wxrFacts(0);

type Modules = {
  db: typeof import("@/lib/db/client").db;
  importWordpress: typeof import("./import").importWordpress;
  WxrError: typeof import("./wxr").WxrError;
};
let m: Modules;

function write(name: string, xml: string) {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return file;
}

beforeAll(async () => {
  const sqlite = new Database(path.join(dir, "test.db"));
  const migrations = path.join(process.cwd(), "prisma/migrations");
  for (const d of readdirSync(migrations, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    sqlite.exec(readFileSync(path.join(migrations, d, "migration.sql"), "utf8"));
  }
  sqlite.close();
  m = {
    db: (await import("@/lib/db/client")).db,
    importWordpress: (await import("./import")).importWordpress,
    WxrError: (await import("./wxr")).WxrError,
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const counts = async () => ({
  articles: await m.db.article.count(),
  comments: await m.db.comment.count(),
  categories: await m.db.category.count(),
  authors: await m.db.author.count(),
  tags: await m.db.tag.count(),
});

describe("a malformed export", () => {
  it("is refused with its line and reason, and nothing is written", async () => {
    const good = wxrFixture();
    // Cut the file inside the fourth post: the first three are well formed.
    const broken = good.slice(0, good.indexOf("<wp:post_id>4</wp:post_id>")) + "\n<title>unclosed & bad</item>";
    const err = await m.importWordpress(write("broken.xml", broken)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(m.WxrError);
    const line = broken.slice(0, broken.lastIndexOf("<title>unclosed")).split("\n").length;
    expect((err as InstanceType<Modules["WxrError"]>).line).toBe(line);
    expect((err as Error).message).toMatch(/^line \d+: /);
    expect(await counts()).toEqual({ articles: 0, comments: 0, categories: 0, authors: 0, tags: 0 });
  });

  it("refuses a file that is not a WordPress export", async () => {
    await expect(m.importWordpress(write("other.xml", "<html><body/></html>"))).rejects.toThrow(
      /line 1: not a WordPress export/,
    );
    await expect(
      m.importWordpress(write("rss.xml", "<rss><channel><item><wp:post_id>x</wp:post_id></item></channel></rss>")),
    ).rejects.toThrow(/wp:post_id "x" is not a number/);
    expect((await counts()).articles).toBe(0);
  });
});

describe("importing an export", () => {
  let report: Awaited<ReturnType<Modules["importWordpress"]>>;
  beforeAll(async () => {
    report = await m.importWordpress(write("export.xml", wxrFixture()));
  }, 60_000);

  it("imports posts with their statuses, skipping pages, attachments and trash", async () => {
    const rows = await m.db.article.findMany({ select: { wpId: true, status: true }, orderBy: { wpId: "asc" } });
    expect(rows).toEqual([
      { wpId: f.published.wpId, status: "PUBLISHED" },
      { wpId: f.draft.wpId, status: "DRAFT" },
      { wpId: f.pending.wpId, status: "PENDING" },
      { wpId: f.scheduled.wpId, status: "SCHEDULED" },
      { wpId: f.privatePost.wpId, status: "DRAFT" },
      { wpId: f.odd.wpId, status: "PUBLISHED" },
    ]);
    expect(report.articles).toEqual({ created: 6, updated: 0, unchanged: 0 });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { kind: "post", wpId: f.page.wpId, reason: 'post type "page" is not imported' },
        { kind: "post", wpId: 9, reason: 'status "trash" is not imported' },
        { kind: "comment", wpId: f.comments.pingback, reason: "pingback is not imported" },
      ]),
    );
  });

  it("keeps WordPress's decoded slug, makes it unique, and slugifies empty ones", async () => {
    const bySlug = async (wpId: number) => (await m.db.article.findUniqueOrThrow({ where: { wpId } })).slug;
    expect(await bySlug(f.published.wpId)).toBe(f.published.slug);
    expect(await bySlug(f.odd.wpId)).toBe(`${f.published.slug}-2`);
    expect(await bySlug(f.draft.wpId)).toBe("مسودة");
    // The WordPress name is kept beside it for old links.
    expect((await m.db.article.findUniqueOrThrow({ where: { wpId: f.odd.wpId } })).wpSlug).toBe(f.published.slug);
  });

  it("takes dates from the GMT date, or the local one in the site's offset", async () => {
    const a = await m.db.article.findUniqueOrThrow({ where: { wpId: f.published.wpId } });
    expect(a.publishedAt?.toISOString()).toBe("2019-12-07T09:30:00.000Z");
    const draft = await m.db.article.findUniqueOrThrow({ where: { wpId: f.draft.wpId } });
    expect(draft.publishedAt).toBeNull();
    expect(draft.createdAt.toISOString()).toBe("2019-12-07T09:30:00.000Z");
    const scheduled = await m.db.article.findUniqueOrThrow({ where: { wpId: f.scheduled.wpId } });
    expect(scheduled.publishedAt?.toISOString()).toBe("2030-01-01T08:00:00.000Z");
  });

  it("cleans bodies: no block comments, paragraphs, captions as figures, unknown shortcodes kept, no scripts", async () => {
    const a = await m.db.article.findUniqueOrThrow({ where: { wpId: f.published.wpId } });
    expect(a.body).not.toContain("wp:paragraph");
    expect(a.body).toContain("<p>صادق مجلس الحكومة على مشروع القانون.</p>");
    expect(a.body).toContain("<p>سطر أول بلا وسوم<br />\nسطر ثان</p>");
    expect(a.body).toMatch(
      /<figure><img src="https:\/\/old.example.ma\/wp-content\/uploads\/a.jpg" alt="صورة" width="300" \/><figcaption>تعليق الصورة<\/figcaption><\/figure>/,
    );
    expect(a.body).toContain('<p>[gallery ids="1,2,3"]</p>');
    expect(a.body).not.toContain("script");
    expect(a.excerpt).toBe("ملخص الخبر");
    const odd = await m.db.article.findUniqueOrThrow({ where: { wpId: f.odd.wpId } });
    expect(odd.headline).toBe(f.odd.headline);
    expect(odd.body).toBe("<p>نص مع &amp; و &lt;وسم&gt; و emoji 📰</p>");
  });

  it("creates authors keyed by login, categories with their hierarchy, and tags", async () => {
    const a = await m.db.article.findUniqueOrThrow({
      where: { wpId: f.published.wpId },
      include: { author: true, category: { include: { parent: true } }, tags: { include: { tag: true } } },
    });
    expect(a.author).toMatchObject({ name: f.author.name, wpLogin: f.author.login, slug: "hanani" });
    expect(a.category).toMatchObject({ slug: f.category.child, name: "جهات", wpId: 51 });
    expect(a.category.parent).toMatchObject({ slug: f.category.parent, wpId: 50 });
    expect(a.tags.map((t) => t.tag.slug)).toEqual(["مالية"]);
    const guest = await m.db.article.findUniqueOrThrow({
      where: { wpId: f.odd.wpId },
      include: { author: true, category: true },
    });
    expect(guest.author).toMatchObject({ wpLogin: "guest", name: "guest" });
    expect(guest.category.slug).toBe("uncategorized");
  });

  it("imports comments with statuses, threads and private details", async () => {
    const rows = await m.db.comment.findMany({
      omit: { authorEmail: false, authorIp: false },
      include: { parent: { select: { wpId: true } } },
      orderBy: { wpId: "asc" },
    });
    const c = f.comments;
    expect(rows.map((r) => [r.wpId, r.status, r.parent?.wpId ?? null])).toEqual([
      [c.root, "APPROVED", null],
      [c.reply, "APPROVED", c.root],
      [c.nested, "APPROVED", c.reply],
      [c.pending, "PENDING", null],
      [c.spam, "SPAM", null],
      [c.trash, "TRASH", null],
    ]);
    expect(rows[0]).toMatchObject({
      authorName: "محمد العلوي",
      authorEmail: "reader101@example.ma",
      authorUrl: "https://reader101.example.ma",
      authorIp: "196.200.0.101",
      content: "تعليق أول",
    });
    expect(rows[0]!.createdAt.toISOString()).toBe("2019-12-08T10:00:00.000Z");
  });

  it("changes nothing when run again", async () => {
    const before = await counts();
    const stamps = (await m.db.article.findMany({ select: { updatedAt: true }, orderBy: { id: "asc" } })).map((r) =>
      r.updatedAt.getTime(),
    );
    const again = await m.importWordpress(write("export.xml", wxrFixture()));
    expect(again.articles).toEqual({ created: 0, updated: 0, unchanged: 6 });
    expect(again.comments).toEqual({ created: 0, updated: 0, unchanged: 6 });
    expect(again).toMatchObject({ authors: 0, categories: 0, tags: 0 });
    expect(await counts()).toEqual(before);
    expect(
      (await m.db.article.findMany({ select: { updatedAt: true }, orderBy: { id: "asc" } })).map((r) =>
        r.updatedAt.getTime(),
      ),
    ).toEqual(stamps);
  });
});

describe("staff accounts for imported authors", () => {
  const passwordHash = async (email: string) =>
    (await m.db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } })).passwordHash;

  it("are not made without being asked: authors are byline profiles only", async () => {
    expect(await m.db.user.count()).toBe(0);
    expect(await m.db.author.count({ where: { userId: { not: null } } })).toBe(0);
  });

  it("are made with --create-staff: one switched-off AUTHOR account per exported author, linked to the profile", async () => {
    const report = await m.importWordpress(write("export.xml", wxrFixture()), { createStaff: true });
    expect(report.staff).toEqual({ created: 1, linked: 0, unchanged: 0 });
    const author = await m.db.author.findUniqueOrThrow({ where: { wpLogin: f.author.login }, include: { user: true } });
    expect(author.user).toMatchObject({ email: "y@example.ma", name: f.author.name, role: "AUTHOR", active: false });
    // A random password nobody was told: a real argon2id hash, so it is never the empty or a known one.
    expect(await passwordHash("y@example.ma")).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    // The post author with no <wp:author> entry (no e-mail) stays a profile.
    expect((await m.db.author.findUniqueOrThrow({ where: { wpLogin: "guest" } })).userId).toBeNull();
    expect(report.articles).toEqual({ created: 0, updated: 0, unchanged: 6 });
  });

  it("changes nothing when run again", async () => {
    const before = await passwordHash("y@example.ma");
    const report = await m.importWordpress(write("export.xml", wxrFixture()), { createStaff: true });
    expect(report.staff).toEqual({ created: 0, linked: 0, unchanged: 1 });
    expect(await m.db.user.count()).toBe(1);
    expect(await passwordHash("y@example.ma")).toBe(before);
  });

  it("link an author to the account that already has their address, and skip, with a reason, those without a usable one", async () => {
    const existing = await m.db.user.create({
      data: { email: "editor@example.ma", name: "محرر", role: "EDITOR", passwordHash: "x" },
    });
    const linked = await m.importWordpress(
      write("linked.xml", wxrFixture(1000, "-l").replace("y@example.ma", "Editor@Example.ma")),
      { createStaff: true },
    );
    expect(linked.staff).toEqual({ created: 0, linked: 1, unchanged: 0 });
    const author = await m.db.author.findUniqueOrThrow({ where: { wpLogin: "hanani-l" } });
    expect(author.userId).toBe(existing.id);
    expect(await m.db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      role: "EDITOR",
      active: true,
    });

    const none = await m.importWordpress(write("none.xml", wxrFixture(2000, "-n").replace("y@example.ma", "")), {
      createStaff: true,
    });
    expect(none.staff).toEqual({ created: 0, linked: 0, unchanged: 0 });
    expect(none.skipped).toContainEqual({
      kind: "author",
      wpId: "hanani-n",
      reason: "no e-mail in the export, no staff account",
    });
    expect(await m.db.user.count()).toBe(2);
  });
});

describe("old links to imported posts", () => {
  const none = new URLSearchParams();
  let resolve: typeof import("./legacy").resolveLegacyUrl;
  beforeAll(async () => {
    resolve = (await import("./legacy")).resolveLegacyUrl;
  });

  it("find a published post by its bare name, encoded or raw, with or without the slash", async () => {
    const to = { location: `/articles/${encodeURIComponent(f.published.slug)}`, status: 301 };
    for (const path of [
      `/${encodeURIComponent(f.published.slug)}/`,
      `/${encodeURIComponent(f.published.slug).toLowerCase()}`,
      `/${f.published.slug}/`,
    ]) {
      expect(await resolve(path, none), path).toEqual(to);
    }
    expect(await resolve("/", new URLSearchParams({ p: String(f.published.wpId) }))).toEqual(to);
  });

  it("leave unpublished and unknown posts to the 404, and everything else to the router", async () => {
    expect(await resolve("/", new URLSearchParams({ p: String(f.draft.wpId) }))).toBe("not-found");
    expect(await resolve("/2019/12/07/no-such-post/", none)).toBe("not-found");
    expect(await resolve("/", new URLSearchParams({ p: "abc" }))).toBe("pass");
    expect(await resolve(`/scheduled`, none)).toBe("pass");
    expect(await resolve(`/scheduled/`, new URLSearchParams({ a: "1" }))).toEqual({
      location: "/scheduled?a=1",
      status: 308,
    });
    expect(await resolve("/feed.xml", none)).toBe("pass");
    expect(await resolve(`/articles/${encodeURIComponent(f.published.slug)}`, none)).toBe("pass");
  });

  it("find a post by its WordPress name when an article written here had taken it", async () => {
    const a = await m.db.article.findUniqueOrThrow({ where: { wpId: f.published.wpId } });
    const common = {
      body: "",
      status: "PUBLISHED" as const,
      publishedAt: new Date(),
      authorId: a.authorId,
      categoryId: a.categoryId,
    };
    await m.db.article.create({ data: { ...common, slug: "ميزانية", headline: "written here first" } });
    await m.db.article.create({
      data: { ...common, slug: "ميزانية-2", wpId: 990_003, wpSlug: "ميزانية", headline: "imported later" },
    });
    const to = { location: `/articles/${encodeURIComponent("ميزانية-2")}`, status: 301 };
    expect(await resolve(`/${encodeURIComponent("ميزانية")}/`, none)).toEqual(to);
    expect(await resolve(`/2019/12/07/${encodeURIComponent("ميزانية")}/`, none)).toEqual(to);
  });

  it("never take the site's own pages for an imported post of the same name", async () => {
    const a = await m.db.article.findUniqueOrThrow({ where: { wpId: f.published.wpId } });
    await m.db.article.create({
      data: {
        slug: "search",
        wpId: 990_001,
        wpSlug: "search",
        headline: "search",
        body: "",
        status: "PUBLISHED",
        publishedAt: new Date(),
        authorId: a.authorId,
        categoryId: a.categoryId,
      },
    });
    await m.db.article.create({
      data: {
        slug: "about",
        wpId: 990_002,
        wpSlug: "about",
        headline: "about",
        body: "",
        status: "PUBLISHED",
        publishedAt: new Date(),
        authorId: a.authorId,
        categoryId: a.categoryId,
      },
    });
    expect(await resolve("/search", none)).toBe("pass");
    expect(await resolve("/search/", new URLSearchParams({ q: "x" }))).toEqual({
      location: "/search?q=x",
      status: 308,
    });
    expect(await resolve("/about/", none)).toEqual({ location: "/articles/about", status: 301 });
  });
});
