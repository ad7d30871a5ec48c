// What an attacker tried against a fresh install, each with its neighbours: open redirects after
// sign-in, feeds broken by staff text, login lock-out, replayed session cookies, the internal
// endpoints' token, drafts' tags and authors. (docs/security.md lists each defence and its test.)
import { createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { type APIRequestContext, type Browser, type Page, expect, test } from "@playwright/test";
import { parseStrictXml, allElements } from "../lib/feeds/strict-xml";
import { createStaff, readerContext, signIn, sql, unique } from "./support";

const E2E_AUTH_SECRET = "e2e-secret-not-for-production"; // playwright.config.ts
const THROTTLED = "محاولات دخول فاشلة كثيرة. انتظر 15 دقيقة ثم حاول مجدداً.";

/** The internal endpoints' token when INTERNAL_SECRET is not set (lib/site/internal-secret.ts). */
const internalToken = () =>
  createHmac("sha256", E2E_AUTH_SECRET).update("sahifa internal endpoints").digest("base64url");

async function expireCaches(request: APIRequestContext) {
  const res = await request.post("/api/revalidate", {
    headers: { authorization: `Bearer ${internalToken()}` },
    data: { tags: ["articles", "taxonomy"] },
  });
  expect(res.status()).toBe(200);
}

/** Signs in through next-auth's own endpoint, as the form does; true when a session cookie came back. */
async function apiSignIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(500);
  const cookies = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  const signedIn = cookies.some((c) => /next-auth\.session-token=[^;]/.test(c.value));
  const error = decodeURIComponent(/[?&]error=([^&"]*)/.exec(await res.text())?.[1]?.replace(/\+/g, " ") ?? "");
  return { signedIn, error };
}

// Values browsers read as another host (or a script), and their neighbours.
const HOSTILE_CALLBACKS = [
  "/\\evil.example",
  "/\t/evil.example",
  "\\\\evil.example",
  "//evil.example",
  "///evil.example",
  "/\r\n/evil.example",
  "/a/..//evil.example",
  "/%5Cevil.example",
  "/%2F%2Fevil.example",
  "/\u2215\u2215evil.example",
  "\uff0f\uff0fevil.example",
  "https://evil.example/admin",
  "javascript:alert(document.domain)",
  "/admin/\u0645\u0642\u0627\u0644\u0627\u062a\u0000",
];

test.describe("after sign-in the browser only goes to a path of this site", () => {
  test("already signed in: the server's redirect stays on the site for every hostile callbackUrl, never a 5xx", async ({
    page,
    baseURL,
  }) => {
    await signIn(page, await createStaff("EDITOR"));
    for (const value of HOSTILE_CALLBACKS) {
      const res = await page.request.get(`/login?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
      expect(res.status(), JSON.stringify(value)).toBeGreaterThanOrEqual(300);
      expect(res.status(), JSON.stringify(value)).toBeLessThan(400);
      const location = res.headers()["location"]!;
      expect(location, JSON.stringify(value)).toMatch(/^[\x21-\x7e]+$/);
      expect(new URL(location, baseURL).origin, JSON.stringify(value)).toBe(new URL(baseURL!).origin);
    }
    // A same-site path is still followed.
    const ok = await page.request.get(`/login?callbackUrl=${encodeURIComponent("/admin/articles?status=DRAFT")}`, {
      maxRedirects: 0,
    });
    expect(ok.headers()["location"]).toMatch(/\/admin\/articles\?status=DRAFT$/);
  });

  test("after the form: the browser's redirect stays on the site", async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const account = await createStaff("EDITOR");
    const context = await readerContext(browser);
    const page = await context.newPage();
    const offSite: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL!)) offSite.push(r.url());
    });
    for (const value of ["/\\evil.example", "/\t/evil.example", "/a/..//evil.example", "https://evil.example/"]) {
      await context.clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(value)}`);
      await page.getByLabel("البريد الإلكتروني").fill(account.email);
      await page.getByLabel("كلمة المرور").fill(account.password);
      await page.getByRole("button", { name: "تسجيل الدخول" }).click();
      await page.waitForURL((url) => url.pathname !== "/login");
      expect(new URL(page.url()).origin, JSON.stringify(value)).toBe(new URL(baseURL!).origin);
    }
    // And a same-site callback is where the form goes.
    await context.clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent("/admin/comments")}`);
    await page.getByLabel("البريد الإلكتروني").fill(account.email);
    await page.getByLabel("كلمة المرور").fill(account.password);
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    await page.waitForURL(/\/admin\/comments$/);
    expect(offSite).toEqual([]);
    await context.close();
  });
});

test.describe("sessions and passwords", () => {
  const sessionCookie = async (page: Page) =>
    (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));

  async function opensAdmin(browser: Browser, cookie: { name: string; value: string }, baseURL: string) {
    const context = await browser.newContext();
    await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL }]);
    const page = await context.newPage();
    await page.goto("/admin");
    const opened = !new URL(page.url()).pathname.startsWith("/login");
    await context.close();
    return opened;
  }

  test("signing out ends the session on the server: a copied session cookie is refused afterwards", async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page, await createStaff("EDITOR"));
    const copied = (await sessionCookie(page))!;
    // The copy works while the session lives (so the refusal below is the sign-out's doing).
    expect(await opensAdmin(browser, copied, baseURL!)).toBe(true);
    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await opensAdmin(browser, copied, baseURL!)).toBe(false);
    // Nor does a replayed request reach any staff page or the session endpoint.
    const replay = await browser.newContext();
    await replay.addCookies([{ name: copied.name, value: copied.value, url: baseURL! }]);
    for (const path of ["/admin/articles", "/admin/comments"]) {
      const res = await replay.request.get(path);
      expect(new URL(res.url()).pathname, path).toBe("/login");
    }
    await replay.close();
  });

  test("a bcrypt password is moved to argon2id at the next sign-in; every character of a long Arabic password counts", async ({
    request,
  }) => {
    // createStaff stores a bcrypt hash, as every account made before argon2id has.
    const arabic = "كلمة".repeat(24) + "سرية"; // 100 letters, 200 bytes: bcrypt read the first 72 only
    const almost = arabic.slice(0, -1) + "ه";
    expect([arabic.length, almost.length, almost === arabic]).toEqual([100, 100, false]);
    const account = await createStaff("AUTHOR");
    const bcryptHash = bcrypt.hashSync(arabic, 10);
    await sql.run('UPDATE "User" SET "passwordHash" = ? WHERE id = ?', bcryptHash, account.userId);
    const hash = async () =>
      (await sql.one<{ passwordHash: string }>('SELECT "passwordHash" FROM "User" WHERE id = ?', account.userId))!
        .passwordHash;
    expect(await hash()).toMatch(/^\$2[ab]\$/);

    expect((await apiSignIn(request, account.email, arabic)).signedIn).toBe(true);
    expect(await hash()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // Only the last letter differs: refused now (bcrypt took it for the same password).
    const other = await apiSignIn(request, account.email, almost);
    expect(other.signedIn).toBe(false);
    expect(other.error).not.toBe(THROTTLED);
    expect((await apiSignIn(request, account.email, arabic)).signedIn).toBe(true);
  });

  test("the internal endpoints refuse the session-signing secret as their token", async ({ request }) => {
    for (const path of ["/api/revalidate", "/api/cron/publish-due"]) {
      const res = await request.post(path, {
        headers: { authorization: `Bearer ${E2E_AUTH_SECRET}` },
        data: { tags: ["articles"] },
      });
      expect(res.status(), path).toBe(401);
    }
    const own = await request.post("/api/cron/publish-due", {
      headers: { authorization: `Bearer ${internalToken()}` },
    });
    expect(own.status()).toBe(200);
  });
});

test.describe("sign-in throttling cannot lock a member out", () => {
  test("failures from another client refuse that client, while the member's own client signs in", async ({
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const account = await createStaff("EDITOR");
    const attacker = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": "203.0.113.99" },
    });
    const member = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" },
    });
    for (let i = 1; i <= 12; i++) {
      const r = await apiSignIn(attacker, account.email, `wrong-${i}`);
      expect(r.signedIn).toBe(false);
      expect(r.error).toBe(i <= 10 ? "CredentialsSignin" : THROTTLED);
    }
    // The attacker's client is refused even with the right password…
    expect(await apiSignIn(attacker, account.email, account.password)).toEqual({ signedIn: false, error: THROTTLED });
    // …the member's own is not, and its right password works.
    expect((await apiSignIn(member, account.email, account.password)).signedIn).toBe(true);
    // The counts are kept in the database (so a restart or another instance sees them).
    const rows = await sql.all<{ key: string; points: number }>(
      'SELECT "key", points FROM "RateLimit" WHERE "key" LIKE ?',
      `%${account.email}%`,
    );
    // (Refused attempts are not counted again: ten failures.)
    expect(rows.map((r) => Number(r.points))).toEqual([10]);
    await attacker.dispose();
    await member.dispose();
  });
});

test.describe("a tag or author with no published article is not public", () => {
  test("404 for a tag or author that only drafts use, and neither is in the sitemap", async ({ request }) => {
    const now = new Date();
    const tagName = unique("وسم المسودة");
    const tagSlug = `draft-tag-${Date.now().toString(36)}`;
    const staff = await createStaff("AUTHOR"); // an author profile with no article at all
    const draftAuthor = await createStaff("AUTHOR"); // one with a draft only
    const tag = (await sql.one<{ id: number }>(
      'INSERT INTO "Tag" (name, slug) VALUES (?, ?) RETURNING id',
      tagName,
      tagSlug,
    ))!;
    const article = (await sql.one<{ id: number }>(
      `INSERT INTO "Article" (slug, headline, body, status, "authorId", "categoryId", "createdAt", "updatedAt") VALUES (?, ?, '<p>x</p>', 'DRAFT', ?, 1, ?, ?) RETURNING id`,
      `draft-${Date.now().toString(36)}`,
      unique("مسودة"),
      draftAuthor.authorId,
      now,
      now,
    ))!;
    await sql.run('INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES (?, ?)', article.id, tag.id);
    await expireCaches(request);
    const authorSlug = async (id: number) =>
      (await sql.one<{ slug: string; name: string }>('SELECT slug, name FROM "Author" WHERE id = ?', id))!;
    const targets = [
      { path: `/tag/${encodeURIComponent(tagSlug)}`, name: tagName },
      ...(await Promise.all([staff.authorId, draftAuthor.authorId].map(authorSlug))).map((a) => ({
        path: `/author/${encodeURIComponent(a.slug)}`,
        name: a.name,
      })),
    ];
    for (const { path, name } of targets) {
      for (const p of [path, `${path}?page=2`, `${path}/page/1`]) {
        const res = await request.get(p);
        expect(res.status(), p).toBe(404);
        expect(await res.text(), p).not.toContain(name);
      }
    }
    // The sitemap (an index of chunks in e2e) lists none of them.
    const index = await (await request.get("/sitemap.xml")).text();
    const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const all = (await Promise.all(locs.map(async (p) => (await request.get(p)).text()))).join("\n") + index;
    for (const { path } of targets) expect(all).not.toContain(path);
    // A published author still has a page (the seed's).
    expect(all).toContain("/author/");
  });
});

test.describe("feeds and sitemaps stay well-formed whatever staff type", () => {
  test("hostile headline, excerpt, author and category names: every feed and sitemap parses strictly, nothing becomes an element", async ({
    request,
  }) => {
    const marker = Date.now().toString(36);
    // What broke the feed: two CDATA ends in an excerpt carrying a forged item and an XHTML script,
    // `]]> ]]> </x>` in a headline; plus control characters and non-characters XML forbids.
    const headline = `]]> ]]> </x> <item>\u0001\u000b\ufffe عنوان ${marker}`;
    const excerpt = `a ]]> b ]]></description></item><item><title>forged-${marker}</title><description><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>`;
    const now = new Date();
    const staff = await createStaff("AUTHOR");
    await sql.run('UPDATE "Author" SET name = ? WHERE id = ?', `كاتب ]]> <b>\u0002 ${marker}`, staff.authorId);
    const category = (await sql.one<{ id: number }>(
      'INSERT INTO "Category" (name, slug, position) VALUES (?, ?, 99) RETURNING id',
      `تصنيف ]]> </category>\u0003 ${marker}`,
      `cat-${marker}`,
    ))!;
    const article = (await sql.one<{ id: number }>(
      `INSERT INTO "Article" (slug, headline, excerpt, body, status, "authorId", "categoryId", "createdAt", "updatedAt", "publishedAt") VALUES (?, ?, ?, '<p>x</p>', 'PUBLISHED', ?, ?, ?, ?, ?) RETURNING id`,
      `hostile-${marker}`,
      headline,
      excerpt,
      staff.authorId,
      category.id,
      now,
      now,
      now,
    ))!;
    try {
      await expireCaches(request);
      const feeds = ["/feed.xml", `/category/cat-${marker}/feed.xml`];
      const index = await (await request.get("/sitemap.xml")).text();
      const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      for (const path of [...feeds, "/sitemap.xml", ...chunks, "/news-sitemap.xml"]) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        const doc = parseStrictXml(await res.text());
        const names = allElements(doc).map((e) => e.name);
        expect(names, path).not.toContain("x");
        expect(names, path).not.toContain("script");
        expect(names, path).not.toContain("b");
        if (feeds.includes(path)) {
          const items = allElements(doc).filter((e) => e.name === "item");
          const ours = items.filter((i) => i.children.some((c) => c.name === "title" && c.text.includes(marker)));
          expect(ours, path).toHaveLength(1);
          const field = (n: string) => ours[0]!.children.find((c) => c.name === n)!.text;
          expect(field("title")).toBe(`]]> ]]> </x> <item> عنوان ${marker}`);
          expect(field("description")).toBe(excerpt);
          expect(field("author")).toBe(`كاتب ]]> <b> ${marker}`);
          expect(items.some((i) => i.children.some((c) => c.text === `forged-${marker}`))).toBe(false);
        }
        if (path === "/news-sitemap.xml") {
          const titles = allElements(doc).filter((e) => e.name === "news:title" && e.text.includes(marker));
          expect(titles.map((t) => t.text)).toEqual([`]]> ]]> </x> <item> عنوان ${marker}`]);
        }
      }
    } finally {
      // Other specs read the same feeds with their own expectations: take the article away again.
      await sql.run('DELETE FROM "Article" WHERE id = ?', article.id);
      await sql.run('DELETE FROM "Category" WHERE id = ?', category.id);
      await expireCaches(request);
    }
  });
});
