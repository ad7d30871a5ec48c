import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIResponse, type Page, expect, test } from "@playwright/test";
import { wxrFacts, wxrFixture } from "../lib/wordpress/test-fixture";
import { ar } from "../lib/i18n/ar";
import { SEED, articlePath, e2eDatabaseUrl } from "./support";

// A fresh id range and slug suffix per run, so the import never meets rows of an earlier run.
const base = 1_000_000 + (Date.now() % 100_000) * 1000;
const tag = `-${base}`;
const f = wxrFacts(base, tag);
const at = (p: string) => `/articles/${encodeURIComponent(p)}`;
/** Where a redirect points (proxy.ts answers with absolute URLs, next.config.js redirects with paths). */
const movedTo = (res: APIResponse) => {
  const url = new URL(res.headers().location ?? "", "http://any.host");
  return url.pathname + url.search;
};

test.describe.configure({ mode: "serial" });

const importedCategory = `/category/${encodeURIComponent(f.category.child)}`;

test.beforeAll(async ({ request, baseURL }) => {
  // Asked for before the import: the running site holds these pages in its cache.
  await request.get(importedCategory);
  await request.get(importedCategory);
  await request.get("/");
  const dir = mkdtempSync(path.join(tmpdir(), "sahifa-wxr-"));
  const file = path.join(dir, "export.xml");
  writeFileSync(file, wxrFixture(base, tag));
  try {
    const out = execFileSync("npx", ["tsx", "scripts/import-wordpress.ts", file], {
      // The running site is told to renew its cached pages (the e2e server's secret, playwright.config.ts).
      env: {
        ...process.env,
        DATABASE_URL: e2eDatabaseUrl(),
        SITE_URL: baseURL,
        AUTH_SECRET: "e2e-secret-not-for-production",
      },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(out).toContain("Articles: 6 new");
    expect(out).toContain("Pages: 1 new");
    expect(out).toContain("cached pages renewed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the running site shows the import at once: listings, and WordPress pages at their old address", async ({
  request,
}) => {
  const listing = await request.get(importedCategory);
  expect(listing.status()).toBe(200);
  expect(await listing.text()).toContain(f.published.headline);

  // The page "about" (WordPress: /about/ and /?page_id=N) is /about, in the site's layout and footer.
  const about = await request.get("/about");
  expect(about.status()).toBe(200);
  const html = await about.text();
  expect(html).toMatch(/<h1[^>]*>من نحن<\/h1>/);
  expect(html).toContain("صفحة");
  expect(/<footer[^]*<\/footer>/.exec(html)?.[0]).toContain('href="/about"');
  for (const old of ["/about/", `/?page_id=${f.page.wpId}`]) {
    const res = await request.get(old, { maxRedirects: 0 });
    expect(res.status(), old).toBe(301);
    expect(movedTo(res), old).toBe("/about");
  }
  expect(await (await request.get("/")).text()).toContain('href="/about"');
});

test("an old /?p= link answers 301 with the imported article, which is served", async ({ request, page }) => {
  const res = await request.get(`/?p=${f.published.wpId}`, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(movedTo(res)).toBe(at(f.published.slug));
  await page.goto(`/?p=${f.published.wpId}`);
  await expect(page).toHaveURL(new RegExp(`${at(f.published.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(f.published.headline);
  await expect(page.getByText("صادق مجلس الحكومة على مشروع القانون.")).toBeVisible();
  // Threaded approved comments are shown; pending and spam are not.
  await expect(page.getByText("رد على الرد")).toBeVisible();
  await expect(page.getByText("buy now")).toHaveCount(0);
  await expect(page.getByText("بانتظار المراجعة")).toHaveCount(0);
});

/** The site's own 404 page: status 404, Arabic, inside the site's header and footer. */
async function expectSiteNotFound(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(404);
  await expect(page.locator("h1"), path).toHaveText(ar.notFoundTitle);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("banner").getByText(ar.siteName, { exact: true }), path).toBeVisible();
  await expect(page.getByRole("search"), path).toBeVisible();
  await expect(page.getByRole("contentinfo"), path).toBeVisible();
}

test("unpublished and unknown posts are not revealed: the site's full 404 page", async ({ request, page }) => {
  for (const id of [f.draft.wpId, f.pending.wpId, f.scheduled.wpId, f.privatePost.wpId, f.page.wpId, 2_000_000_000]) {
    const res = await request.get(`/?p=${id}`, { maxRedirects: 0 });
    expect(res.status(), `?p=${id}`).toBe(404);
    expect(await res.text()).toContain(ar.notFoundTitle);
  }
  await expectSiteNotFound(page, `/?p=${f.draft.wpId}`);
  await expectSiteNotFound(page, `/2019/12/07/no-such-post-${base}/`);
  await expectSiteNotFound(page, `/2019/12/07/scheduled${tag}/`);
});

test("bare /<post_name>/ links answer 301 to the imported article", async ({ request, page }) => {
  const encoded = encodeURIComponent(f.published.slug);
  // Encoded as browsers send it (either hex case, as WordPress wrote it in lower case), raw, with or without the slash.
  for (const path of [
    `/${encoded}/`,
    `/${encoded}`,
    `/${encoded.toLowerCase()}/`,
    `/${f.published.slug}/`,
    `/${f.published.slug}`,
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(301);
    expect(movedTo(res), path).toBe(at(f.published.slug));
  }
  await page.goto(`/${encoded}/`);
  await expect(page).toHaveURL(new RegExp(`${at(f.published.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(f.published.headline);
});

test("a bare slug that is no published imported article gets the site's 404, or Next's 308 first when slashed", async ({
  request,
  page,
}) => {
  // Scheduled and private imported posts, a post that never existed, and an article written here (never had an old link).
  const seeded = encodeURIComponent(SEED.slug);
  for (const segment of [`scheduled${tag}`, `private${tag}`, `no-such-post-${base}`, seeded]) {
    const slashed = await request.get(`/${segment}/`, { maxRedirects: 0 });
    expect(slashed.status(), `/${segment}/`).toBe(308);
    expect(movedTo(slashed), `/${segment}/`).toBe(`/${segment}`);
    expect((await request.get(`/${segment}`, { maxRedirects: 0 })).status(), `/${segment}`).toBe(404);
  }
  await expectSiteNotFound(page, `/no-such-post-${base}/`);
  await expectSiteNotFound(page, `/${seeded}`);
});

test("the site's own top-level pages and files are not taken for old slugs", async ({ request }) => {
  for (const path of [
    "/",
    "/search",
    "/search?q=%D8%A7",
    "/login",
    "/feed.xml",
    "/robots.txt",
    "/sitemap.xml",
    articlePath(),
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
  expect((await request.get("/admin", { maxRedirects: 0 })).status()).toBe(307);
  const search = await request.get("/search/?q=x", { maxRedirects: 0 });
  expect(search.status()).toBe(308);
  expect(movedTo(search)).toBe("/search?q=x");
});

test("dated permalinks, categories and authors answer 301 to their new URLs", async ({ request }) => {
  const dated = await request.get(`/2019/12/07/${encodeURIComponent(f.published.slug)}/`, { maxRedirects: 0 });
  expect(dated.status()).toBe(301);
  expect(movedTo(dated)).toBe(at(f.published.slug));
  expect((await request.get(`/2019/12/07/no-such-post-${base}/`, { maxRedirects: 0 })).status()).toBe(404);

  const category = await request.get(`/category/${encodeURIComponent(f.category.child)}/`, { maxRedirects: 0 });
  expect(category.status()).toBe(301);
  expect(movedTo(category)).toBe(`/category/${encodeURIComponent(f.category.child)}`);
  expect((await request.get(movedTo(category))).status()).toBe(200);

  const author = await request.get(`/author/${f.author.login}/`, { maxRedirects: 0 });
  expect(author.status()).toBe(301);
  expect(movedTo(author)).toBe(`/author/${f.author.login}`);
  expect((await request.get(movedTo(author))).status()).toBe(200);
});

test("other URLs keep their behaviour", async ({ request }) => {
  const slashed = await request.get(`${articlePath()}/`, { maxRedirects: 0 });
  expect(slashed.status()).toBe(308);
  expect(movedTo(slashed)).toBe(articlePath());
  expect((await request.get("/", { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get("/?p=abc", { maxRedirects: 0 })).status()).toBe(200);
  const missing = await request.get(`/no-such-page-${base}`, { maxRedirects: 0 });
  expect(missing.status()).toBe(404);
});
