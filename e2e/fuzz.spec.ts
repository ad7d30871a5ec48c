// Property-based fuzzing of the real production server:
// generated hostile input to every public entry point and to the admin
// article form. Properties: no 5xx, and no HTML from user input in any page
// (each input carries markers that must never come back unescaped). The seed
// is fixed (FUZZ_SEED) and fast-check prints it with the failing input.
import { request as httpRequest } from "node:http";
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import fc from "fast-check";
import { validateComment } from "../lib/comments/validation";
import { BIDI_RE, FUZZ_SEED, anyText, hostileString, wellFormed } from "../scripts/test/hostile";
import { SEED, articlePath, categoryPath, clientHeaders, createStaff, signIn, sql } from "./support";

// Runs per property: cheap GETs many times, POSTs fewer (each comment is a row and a distinct client).
const RUNS = { search: 200, page: 250, slug: 300, comment: 150, article: 50 };
const params = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns, endOnFailure: true });

// Every input carries markers numbered by run; each one would be live HTML if echoed unescaped.
let counter = 0;
const markers = (n: number) => [`<b data-fz="${n}">`, `<script>fz(${n})</script>`, `<img src=x onerror=fz(${n})>`];
/** Hostile text with this run's markers inside, and the markers to look for. */
const marked = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, text, fc.nat(2)).map(([before, after, which]) => {
    const n = ++counter;
    return { value: `${before}${markers(n)[which]}${after}`, n };
  });

/** No 5xx; an HTML page holds none of the markers as markup. */
async function expectSafe(res: APIResponse, n: number | null, what: string) {
  expect(res.status(), `${what} → ${res.status()}`).toBeLessThan(500);
  if (n === null || !(res.headers()["content-type"] ?? "").includes("text/html")) return;
  const body = await res.text();
  for (const m of markers(n)) expect(body.includes(m), `${what}: ${m} came back as HTML`).toBe(false);
}

// Raw path segments: as typed (the URL parser encodes what it must), percent-encoded, or malformed escapes.
const segment = fc.oneof(
  hostileString(4).map((s) => wellFormed(s).replace(/[/?#]/g, "")),
  hostileString(4).map((s) => encodeURIComponent(wellFormed(s))),
  fc.stringMatching(/^(%[0-9A-Fa-fG-Zg-z]{0,2}|[a-z٠-٩ء-ي-]){1,20}$/),
  fc.constantFrom(
    "%",
    "%%",
    "%E0%A4%A",
    "%C0%AF",
    "%00",
    "%2F..%2F",
    "..",
    ".",
    "%FF%FE",
    "%D8%00",
    encodeURIComponent(SEED.slug) + "%",
  ),
);

test.describe.configure({ mode: "serial" });

test("search: generated queries never fail and are never echoed as HTML", async ({ request }) => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(marked(fc.oneof(hostileString(6), anyText(3000))), fc.boolean(), async ({ value, n }, encoded) => {
      const q = wellFormed(value);
      const url = encoded ? `/search?q=${encodeURIComponent(q)}` : `/search?q=${q.replace(/[#&]/g, "")}`;
      await expectSafe(await request.get(url), n, url.slice(0, 80));
    }),
    params(RUNS.search),
  );
});

test("listings: generated ?page= values on home, category, author and tag pages answer 200 or 404", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const author = await sql.one<{ slug: string }>('SELECT slug FROM "Author" ORDER BY id LIMIT 1');
  const tag = await sql.one<{ slug: string }>(
    'SELECT t.slug FROM "Tag" t JOIN "ArticleTag" a ON a."tagId" = t.id LIMIT 1',
  );
  const listings = [
    "/",
    categoryPath(),
    `/author/${encodeURIComponent(author!.slug)}`,
    `/tag/${encodeURIComponent(tag!.slug)}`,
  ];
  const page = fc.oneof(
    hostileString(3).map((s) => encodeURIComponent(wellFormed(s))),
    fc.integer({ min: -5, max: 2_000_000 }).map(String),
    fc.constantFrom(
      "0",
      "01",
      "+1",
      "1e3",
      "1.5",
      "0x10",
      "99999999999999999999",
      "9".repeat(400),
      "%00",
      "%",
      "1%20",
      "١",
      "2,3",
      "",
    ),
    fc.stringMatching(/^[0-9]{1,8}$/),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...listings), page, fc.boolean(), async (path, value, twice) => {
      const url = `${path}?page=${value}${twice ? "&page=2" : ""}`;
      const res = await request.get(url);
      await expectSafe(res, null, url);
      expect([200, 404], url).toContain(res.status());
    }),
    params(RUNS.page),
  );
});

test("slugs: generated, percent-encoded and malformed slugs in every route never fail", async ({ request }) => {
  test.setTimeout(180_000);
  const routes = ["/articles/", "/category/", "/tag/", "/author/"];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fc.oneof(segment, marked(hostileString(3))), async (route, seg) => {
      const [raw, n] = typeof seg === "string" ? [seg, null] : [encodeURIComponent(wellFormed(seg.value)), seg.n];
      const url = route + raw;
      const res = await request.get(url, { maxRedirects: 0 });
      await expectSafe(res, n, url.slice(0, 80));
    }),
    params(RUNS.slug),
  );
});

/** No 5xx, and the security headers every answer carries, errors included (lib/site/security-header-values.mjs). */
function expectGuarded(status: number, h: Record<string, unknown>, what: string) {
  expect(status, `${what} → ${status}`).toBeLessThan(500);
  expect(h["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(h["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(h["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  expect(h["content-security-policy"], `${what}: Content-Security-Policy`).toBeTruthy();
}
const expectSecurityHeaders = (res: APIResponse, what: string) => expectGuarded(res.status(), res.headers(), what);

test("malformed requests: bad escapes on every route family, repeated parameters, odd methods, oversized bodies: no 5xx, security headers on every answer", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const families = [
    "",
    articlePath(),
    categoryPath(),
    "/tag/x",
    "/author/x",
    "/search",
    "/feed.xml",
    `${categoryPath()}/feed.xml`,
    "/sitemap.xml",
    "/sitemaps",
    "/news-sitemap.xml",
    "/robots.txt",
    "/media",
    "/_next/static",
    "/api/auth",
    "/api/auth/callback",
    "/api/revalidate",
    "/api/cron",
    "/login",
    "/admin",
    "/admin/articles",
    "/admin/comments",
  ];
  const escapes = ["%E0%A4%A", "%", "%ZZ", "%C0%AF", "%FF%FE", "%00", "%D8%00", "%2e%2e%2f%25"];
  const queries = [
    "page=%25",
    "page=1&page=%25",
    "page=%25&page=1",
    "page=1&page=2",
    "replytocom=%25",
    "replytocom=1&replytocom=%25",
    "replytocom=99999999999",
    "q=%",
    "q=a&q=%E0%A4%A",
    "callbackUrl=%E0%A4%A",
    "p=%25",
    "url=%25",
  ];
  const urls = [
    ...families.flatMap((f) => escapes.map((e) => `${f}/${e}`)),
    ...families.flatMap((f) => queries.map((q) => `${f || "/"}?${q}`)),
    "/_next/image?url=/media/%25E0%25A4%25A&w=640&q=75",
    "/_next/image?url=/media/%25&w=640&q=75",
    "/_next/image?url=%2Fmedia%2F%25&w=640&q=75",
    "/_next/image?url=/media/a.webp&url=/media/%25&w=640&q=75",
    "/_next/image?w=640&q=75",
    "/api/auth/callback/credentials",
    "/api/auth/no-such",
  ];
  for (const url of urls) expectSecurityHeaders(await request.get(url, { maxRedirects: 0 }), `GET ${url}`);

  // Odd methods, on pages and APIs.
  const methods = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "FOO"];
  const targets = [
    "/",
    articlePath(),
    categoryPath(),
    "/feed.xml",
    "/api/auth/session",
    "/api/revalidate",
    "/media/x.webp",
    "/login",
    "/admin",
  ];
  for (const method of methods)
    for (const url of targets)
      expectSecurityHeaders(await request.fetch(url, { method, maxRedirects: 0 }), `${method} ${url}`);
  const trace = await request.fetch("/", { method: "TRACE" });
  expect(trace.status(), "TRACE").toBe(405);

  // Oversized bodies: refused before they are read into memory, with a 413.
  const big = "ت".repeat(6_600_000); // 13.2 MB as UTF-8
  const comment = await request.post(articlePath(), {
    headers: { ...clientHeaders(), origin: baseURL! },
    multipart: { comment: big, author: "قارئ", email: "big@example.org" },
  });
  expectSecurityHeaders(comment, "13 MB comment");
  expect(comment.status(), "13 MB comment").toBe(413);
  const api = await request.put("/api/revalidate", { data: big });
  expect(api.status(), "13 MB PUT").toBe(413);
  // A body of unknown length (chunked): the length is required.
  const chunked = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(new URL(articlePath(), baseURL), { method: "POST" }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on("error", reject);
    req.write("comment=x&");
    req.end("author=y");
  });
  expectGuarded(chunked.status, chunked.headers, "chunked POST");
  expect(chunked.status, "chunked POST").toBe(411);
});

/** The no-JS comment form's hidden action fields, read from the article page as a browser without JavaScript would. */
async function commentFormFields(request: APIRequestContext): Promise<Record<string, string>> {
  const html = await (await request.get(articlePath())).text();
  const form = html.match(/<form[^>]*>(?:(?!<\/form>)[\s\S])*name="comment"[\s\S]*?<\/form>/)?.[0];
  expect(form, "the article page has the comment form").toBeTruthy();
  const fields: Record<string, string> = {};
  for (const input of form!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = input[0].match(/name="([^"]*)"/)?.[1];
    const value = input[0].match(/value="([^"]*)"/)?.[1] ?? "";
    if (name)
      fields[name.replace(/&quot;/g, '"').replace(/&amp;/g, "&")] = value
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
  }
  return fields;
}

test("comments: generated submissions never fail, are stored as the validated text, and render as text", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const hidden = await commentFormFields(request);
  const post = (fields: Record<string, string>) =>
    request.post(articlePath(), {
      headers: { ...clientHeaders(), origin: baseURL!, accept: "text/html" },
      multipart: { ...hidden, ...fields },
      maxRedirects: 0,
    });
  const field = (max: number) =>
    marked(fc.oneof({ arbitrary: hostileString(6), weight: 5 }, { arbitrary: anyText(max), weight: 1 }));
  // Mostly valid addresses and links (so many comments are stored and can be looked at), some hostile.
  const email = fc.oneof(
    { arbitrary: fc.uuid().map((id) => `reader.${id.slice(0, 13)}@example.org`), weight: 4 },
    fc.emailAddress(),
    hostileString(3),
  );
  const url = fc.oneof(
    { arbitrary: fc.constant(""), weight: 3 },
    { arbitrary: hostileString(2).map((s) => `https://example.org/${s}`), weight: 2 },
    fc.webUrl(),
    hostileString(3),
    fc.constantFrom("javascript:alert(1)", "data:text/html,<script>", "//evil.example", "https://\u202eexample.org"),
  );
  const parent = fc.oneof(
    { arbitrary: fc.constant(""), weight: 4 },
    fc.constantFrom("1", "0", "-1", "999999", "x", "1e3"),
  );
  const stored: number[] = [];
  let lastId = (await sql.one<{ id: number | null }>('SELECT max(id) AS id FROM "Comment"'))?.id ?? 0;
  await fc.assert(
    fc.asyncProperty(
      field(20_000),
      field(400),
      email,
      url,
      fc.boolean(),
      parent,
      async (content, name, mail, site, remember, parent) => {
        // Text as the server receives it: UTF-8 carries no lone surrogate.
        const values = {
          content: wellFormed(content.value),
          name: wellFormed(name.value),
          email: wellFormed(mail),
          url: wellFormed(site),
        };
        const res = await post({
          comment: values.content,
          author: values.name,
          email: values.email,
          url: values.url,
          comment_parent: parent,
          ...(remember ? { "wp-comment-cookies-consent": "yes" } : {}),
        });
        await expectSafe(res, content.n, "comment content");
        await expectSafe(res, name.n, "comment name");
        const valid = validateComment({ ...values, parentId: parent, remember });
        // Only this worker posts, so a row after the last one seen is this submission's.
        const row = await sql.one<{
          id: number;
          content: string;
          authorName: string;
          authorEmail: string;
          authorUrl: string | null;
        }>(
          'SELECT id, content, "authorName", "authorEmail", "authorUrl" FROM "Comment" WHERE id > ? ORDER BY id LIMIT 1',
          lastId,
        );
        if (!row) return; // refused: invalid, or by a rule (duplicate, unknown parent), with no 5xx
        lastId = row.id;
        // Stored exactly as validated: text, no markup made from it, no bidi controls.
        expect(valid.ok, "only a valid comment is stored").toBe(true);
        if (!valid.ok) return;
        expect(row).toEqual({
          id: row.id,
          content: valid.data.content,
          authorName: valid.data.name,
          authorEmail: valid.data.email,
          authorUrl: valid.data.url,
        });
        for (const text of [row.content, row.authorName, row.authorUrl ?? ""]) expect(text).not.toMatch(BIDI_RE);
        stored.push(row.id);
      },
    ),
    params(RUNS.comment),
  );
  expect(stored.length, "some generated comments were valid and stored").toBeGreaterThan(10);

  // Publish them and look at them as a reader: names, links and text stay text.
  const ids = stored.join(",");
  await sql.run(`UPDATE "Comment" SET status = 'APPROVED' WHERE id IN (${ids})`);
  // An approved commenter's comment is published at once and refreshes the article's cached comments.
  const refresh = await post({
    comment: `تحديث ${Date.now()}`,
    author: SEED.approvedCommenter.name,
    email: SEED.approvedCommenter.email,
    url: "",
  });
  expect(refresh.status()).toBeLessThan(400);
  const html = await (await request.get(articlePath())).text();
  for (const id of stored) expect(html, `comment ${id} is on the page`).toContain(`id="comment-${id}"`);
  for (let n = 1; n <= counter; n++)
    for (const m of markers(n)) expect(html.includes(m), `${m} rendered as HTML`).toBe(false);
  expect(html, "no bidi override from a comment reaches the page").not.toMatch(BIDI_RE);
});

test("admin article form: generated headline, body, slug, excerpt and tags never fail and never render as HTML", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const editor = await createStaff("EDITOR");
  await signIn(page, editor);
  await page.goto("/admin/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill("مقال للفحص");
  await page.getByLabel("التصنيف").selectOption({ index: 1 });
  // Learn how the editor calls its server action (action id, router state, field names) from one real save.
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "حفظ كمسودة" }).click(),
  ]);
  const headers = sent.headers();
  const boundary = headers["content-type"]!.match(/boundary=(.+)$/)![1]!;
  // A Map keeps the order the browser sent: the server decodes the arguments ("0", sent last) as the stream arrives.
  const fields = new Map<string, string>();
  for (const part of sent.postDataBuffer()!.toString("utf8").split(`--${boundary}`)) {
    const m = part.match(
      /^\r\nContent-Disposition: form-data; name="([^"]+)"(; filename="[^"]*")?\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*)\r\n$/,
    );
    if (m && !m[2]) fields.set(m[1]!, m[3]!);
  }
  const key = (name: string) => [...fields.keys()].find((k) => k === name || k.endsWith(`_${name}`))!;
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of fields) data.append(k, values[k] ?? v);
    return data;
  };
  for (const f of ["headline", "body", "slug", "excerpt", "tags", "intent", "id"])
    expect(key(f), `the editor posts ${f}`).toBeTruthy();

  const text = (max: number) =>
    marked(fc.oneof({ arbitrary: hostileString(6), weight: 4 }, { arbitrary: anyText(max), weight: 1 }));
  // Tag lists from a few names that collide once made into slugs (Foo/foo, أمن/الأمن are different words).
  const tags = fc.oneof(
    hostileString(3),
    fc
      .tuple(
        fc.array(fc.constantFrom("Foo", "foo", " FOO ", "أمن", "أمن ", "😀", "!!", "<b>", "%", "a/b", "ﻷ", "لا"), {
          maxLength: 6,
        }),
        fc.constantFrom(",", "،"),
      )
      .map(([names, comma]) => names.join(comma)),
  );
  const published: { id: number; n: number[] }[] = [];
  await fc.assert(
    fc.asyncProperty(
      text(600),
      text(30_000),
      fc.oneof(fc.constant(""), hostileString(3), anyText(300)),
      text(1500),
      tags,
      fc.constantFrom("draft", "publish"),
      async (headline, body, slug, excerpt, tagList, intent) => {
        const res = await page.request.post("/admin/articles/new", {
          headers: {
            "next-action": headers["next-action"]!,
            "next-router-state-tree": headers["next-router-state-tree"] ?? "",
            accept: "text/x-component",
            origin: baseURL!,
          },
          multipart: form({
            [key("id")]: "",
            [key("intent")]: intent,
            [key("headline")]: wellFormed(headline.value),
            [key("body")]: wellFormed(body.value),
            [key("slug")]: wellFormed(slug),
            [key("excerpt")]: wellFormed(excerpt.value),
            [key("tags")]: wellFormed(tagList),
          }),
          maxRedirects: 0,
        });
        await expectSafe(res, null, "save article");
        const saved = /\/admin\/articles\/(\d+)/.exec(res.headers()["x-action-redirect"] ?? "");
        if (saved && intent === "publish") published.push({ id: Number(saved[1]), n: [headline.n, body.n, excerpt.n] });
      },
    ),
    params(RUNS.article),
  );
  expect(published.length, "some generated articles were published").toBeGreaterThan(2);

  // What was saved, as the editor and as a reader see it.
  for (const { id, n } of published.slice(0, 15)) {
    const row = await sql.one<{ slug: string }>('SELECT slug FROM "Article" WHERE id = ?', id);
    for (const url of [`/admin/articles/${id}`, `/articles/${encodeURIComponent(row!.slug)}`]) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      for (const k of n) await expectSafe(res, k, url);
    }
  }
  for (const url of ["/", "/admin/articles"]) {
    const res = await page.request.get(url);
    for (const { n } of published) for (const k of n) await expectSafe(res, k, url);
  }
});
