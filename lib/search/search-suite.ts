// The index and the search queries against a real database built from the project's
// migrations: SQLite here, PostgreSQL in search.pg.test.ts (the same cases, run by searchSuite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, type TestEngine, createTestDatabase } from "@/lib/db/test-database";

type Modules = {
  db: typeof import("@/lib/db/client").db;
  index: typeof import("./index");
  search: typeof import("./queries").searchArticles;
  parseQuery: typeof import("./query").parseQuery;
};

export function searchSuite(engine: TestEngine) {
  let m: Modules;
  let database: TestDatabase | undefined;
  let categoryId = 0;
  let authorId = 0;
  let n = 0;

  async function article(
    headline: string,
    body: string,
    status: "PUBLISHED" | "DRAFT" = "PUBLISHED",
    extra: { excerpt?: string; kicker?: string } = {},
  ) {
    n += 1;
    const row = await m.db.article.create({
      data: {
        slug: `a-${n}`,
        headline,
        body: `<p>${body}</p>`,
        status,
        publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000),
        authorId,
        categoryId,
        ...extra,
      },
    });
    return row.id;
  }

  const find = async (q: string, page = 1) => {
    const r = await m.search(m.parseQuery(q), page);
    return r && { ...r, ids: r.hits.map((h) => h.id) };
  };
  const forgetIndexState = () => ((globalThis as { sahifaSearchReady?: unknown }).sahifaSearchReady = undefined);

  beforeAll(async () => {
    database = await createTestDatabase(engine, "search");
    process.env.DATABASE_URL = database.url; // before lib/db/client is first imported
    (await import("@/lib/config")).reloadConfig();
    m = {
      db: (await import("@/lib/db/client")).db,
      index: await import("./index"),
      search: (await import("./queries")).searchArticles,
      parseQuery: (await import("./query")).parseQuery,
    };
    categoryId = (await m.db.category.create({ data: { name: "وطنية", slug: "وطنية" } })).id;
    authorId = (await m.db.author.create({ data: { name: "يوسف هناني", slug: "يوسف-هناني" } })).id;
  }, 120_000);

  afterAll(async () => {
    await m?.db.$disconnect();
    await database?.drop();
  });

  describe(`search index and queries (${engine})`, () => {
    let seedId = 0;
    let draftId = 0;

    it("fills an empty index from the published articles on first use", async () => {
      // Written straight to the database, as the seed does: nothing indexed them.
      seedId = await article(
        "بومبيو يبحث مع حموشي سبل ضمان أمن وسلامة المواطنين الأمريكيين",
        "في تصريح للمتحدثة الرسمية باسم وزارة الخارجية الأمريكية.",
        "PUBLISHED",
        { kicker: "في تصريح للمتحدثة الرسمية" },
      );
      draftId = await article("مسودة عن الأمن لم تنشر", "نص المسودة عن الأمن.", "DRAFT");
      const r = await find("الأمريكيه");
      expect(r?.ids).toEqual([seedId]);
      expect(r?.total).toBe(1);
      expect((await find("مسودة"))?.ids).toEqual([]);
    });

    it("matches across hamza, ya, ta marbuta, tashkeel and prefixes, and marks whole words", async () => {
      for (const q of [
        "أمن",
        "الأمن",
        "امن",
        "أَمْن",
        "المواطنين",
        "مواطنين",
        "للمواطنين",
        "الأمريكيين",
        "امريكيين",
        "الأمْرِيكِيَّة",
        "حموشي بومبيو",
      ]) {
        expect((await find(q))?.ids, q).toEqual([seedId]);
      }
      const hit = (await find("أمن المواطنين"))!.hits[0]!;
      expect(hit.headline.filter((s) => s.hit).map((s) => s.text)).toEqual(["أمن", "المواطنين"]);
    });

    it("ranks headline matches first, even above a body that repeats the word", async () => {
      const bodyOnly = await article("خبر عن الملاعب", Array.from({ length: 40 }, () => "حموشي").join(" "));
      await m.index.indexArticle(bodyOnly);
      const r = await find("حموشي");
      expect(r?.ids).toEqual([seedId, bodyOnly]);
    });

    it("follows publishing and unpublishing through indexArticle", async () => {
      await m.db.article.update({ where: { id: draftId }, data: { status: "PUBLISHED" } });
      await m.index.indexArticle(draftId);
      expect((await find("مسودة"))?.ids).toEqual([draftId]);

      await m.db.article.update({ where: { id: draftId }, data: { headline: "عنوان جديد تماما" } });
      await m.index.indexArticle(draftId);
      expect((await find("تنشر"))?.ids).toEqual([]); // only the old headline had it
      expect((await find("تماما"))?.ids).toEqual([draftId]);

      await m.db.article.update({ where: { id: draftId }, data: { status: "DRAFT" } });
      await m.index.indexArticle(draftId);
      expect((await find("تماما"))?.ids).toEqual([]);
    });

    it("indexes scheduled articles that went live, and drops deleted ones", async () => {
      const id = await article("مهرجان الموسيقى الروحية", "نص", "DRAFT");
      await m.db.article.update({ where: { id }, data: { status: "PUBLISHED" } }); // as publishDueArticles does
      expect((await find("الروحية"))?.ids).toEqual([]);
      await m.index.indexNewlyPublished();
      expect((await find("الروحية"))?.ids).toEqual([id]);

      await m.db.article.delete({ where: { id } });
      await m.index.removeFromIndex(id);
      expect((await find("الروحية"))?.ids).toEqual([]);
    });

    it("never returns an unpublished article, even when the index has not heard of the change", async () => {
      const id = await article("خبر سيسحب دون علم الفهرس", "نص");
      await m.index.indexArticle(id);
      await m.db.article.update({ where: { id }, data: { status: "TRASH" } }); // no indexArticle call
      const r = await find("سيسحب");
      expect(r?.ids).toEqual([]); // the index still lists it; the page does not show it
    });

    it("rebuilds on the next start when the index and the articles disagree", async () => {
      const id = await article("مقال أضيف من خارج الموقع", "استيراد"); // an import, not indexed
      expect((await find("استيراد"))?.ids).toEqual([]);
      forgetIndexState(); // a new process
      expect((await find("استيراد"))?.ids).toEqual([id]);
    });

    it("paginates ten at a time; past the end is null, page 1 of nothing is empty", async () => {
      for (let i = 0; i < 23; i++) await article(`تقرير رقم ${i} عن السياحة`, "نص التقرير");
      await m.index.rebuildSearchIndex();
      const p1 = await find("السياحة");
      expect(p1?.total).toBe(23);
      expect(p1?.totalPages).toBe(3);
      expect(p1?.ids).toHaveLength(10);
      const p3 = await find("السياحة", 3);
      expect(p3?.ids).toHaveLength(3);
      const all = [...p1!.ids, ...(await find("السياحة", 2))!.ids, ...p3!.ids];
      expect(new Set(all).size).toBe(23);
      expect(await find("السياحة", 4)).toBeNull();
      expect(await find("كلمةغيرموجودة")).toEqual({ total: 0, more: false, page: 1, totalPages: 1, hits: [], ids: [] });
      expect(await find("كلمةغيرموجودة", 2)).toBeNull();
    });

    it("ranks the newest matches only (the window), headline first inside it, and says when there are more", async () => {
      const oldest = await article("الصيد البحري في الأقاليم الجنوبية", "نص"); // a headline match, but old
      const bodies = [];
      for (let i = 0; i < 4; i++) bodies.push(await article(`خبر ${i} عن الموانئ`, "موسم الصيد البحري"));
      const headlined = await article("موسم الصيد يبدأ", "نص"); // newest, headline match
      await m.index.rebuildSearchIndex();
      const q = m.parseQuery("الصيد");

      const all = await m.search(q, 1); // the default window holds them all
      expect(all?.hits.slice(0, 2).map((h) => h.id)).toEqual([headlined, oldest]);
      expect([all?.total, all?.more]).toEqual([6, false]);

      const windowed = await m.search(q, 1, 3); // the three newest matches only
      expect(windowed?.hits.map((h) => h.id)).toEqual([headlined, ...bodies.slice(-2).reverse()]);
      expect([windowed?.total, windowed?.more, windowed?.totalPages]).toEqual([3, true, 1]);
      expect(await m.search(q, 2, 3)).toBeNull();
      expect((await m.search(q, 1, 6))?.more).toBe(false);
    });

    it("answers queries made of FTS syntax without an error", async () => {
      for (const q of ['"', "NEAR(", "a*", "\u0000", "-أمن", "headline:أمن", "x".repeat(5000), "AND OR NOT"]) {
        const r = await find(q); // throws on an FTS5 syntax error
        expect(r?.total ?? 0, JSON.stringify(q.slice(0, 20))).toBeGreaterThanOrEqual(0);
      }
    });
  });
}
