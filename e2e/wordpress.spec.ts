import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { wxrFacts, wxrFixture } from "../lib/wordpress/test-fixture";
import { ar } from "../lib/i18n/ar";
import { articlePath, e2eDb } from "./support";

// A fresh id range and slug suffix per run, so the import never meets rows of an earlier run.
const base = 1_000_000 + (Date.now() % 100_000) * 1000;
const tag = `-${base}`;
const f = wxrFacts(base, tag);
const at = (p: string) => `/articles/${encodeURIComponent(p)}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), "sahifa-wxr-"));
  const file = path.join(dir, "export.xml");
  writeFileSync(file, wxrFixture(base, tag));
  const sqlite = e2eDb();
  const dbFile = path.resolve(sqlite.name);
  sqlite.close();
  try {
    const out = execFileSync("npx", ["tsx", "scripts/import-wordpress.ts", file], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, encoding: "utf8", timeout: 120_000 });
    expect(out).toContain("Articles: 6 new");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an old /?p= link answers 301 with the imported article, which is served", async ({ request, page }) => {
  const res = await request.get(`/?p=${f.published.wpId}`, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers().location).toBe(at(f.published.slug));
  await page.goto(`/?p=${f.published.wpId}`);
  await expect(page).toHaveURL(new RegExp(`${at(f.published.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(f.published.headline);
  await expect(page.getByText("صادق مجلس الحكومة على مشروع القانون.")).toBeVisible();
  // Threaded approved comments are shown; pending and spam are not.
  await expect(page.getByText("رد على الرد")).toBeVisible();
  await expect(page.getByText("buy now")).toHaveCount(0);
  await expect(page.getByText("بانتظار المراجعة")).toHaveCount(0);
});

test("unpublished and unknown posts are not revealed", async ({ request }) => {
  for (const id of [f.draft.wpId, f.pending.wpId, f.scheduled.wpId, f.privatePost.wpId, f.page.wpId, 2_000_000_000]) {
    const res = await request.get(`/?p=${id}`, { maxRedirects: 0 });
    expect(res.status(), `?p=${id}`).toBe(404);
    expect(await res.text()).toContain(ar.notFoundTitle);
  }
});

test("dated permalinks, categories and authors answer 301 to their new URLs", async ({ request }) => {
  const dated = await request.get(`/2019/12/07/${encodeURIComponent(f.published.slug)}/`, { maxRedirects: 0 });
  expect(dated.status()).toBe(301);
  expect(dated.headers().location).toBe(at(f.published.slug));
  expect((await request.get(`/2019/12/07/no-such-post-${base}/`, { maxRedirects: 0 })).status()).toBe(404);

  const category = await request.get(`/category/${encodeURIComponent(f.category.child)}/`, { maxRedirects: 0 });
  expect(category.status()).toBe(301);
  expect(category.headers().location).toBe(`/category/${encodeURIComponent(f.category.child)}`);
  expect((await request.get(category.headers().location!)).status()).toBe(200);

  const author = await request.get(`/author/${f.author.login}/`, { maxRedirects: 0 });
  expect(author.status()).toBe(301);
  expect(author.headers().location).toBe(`/author/${f.author.login}`);
  expect((await request.get(author.headers().location!)).status()).toBe(200);
});

test("other URLs keep their behaviour", async ({ request }) => {
  const slashed = await request.get(`${articlePath()}/`, { maxRedirects: 0 });
  expect(slashed.status()).toBe(308);
  expect(slashed.headers().location).toBe(articlePath());
  expect((await request.get("/", { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get("/?p=abc", { maxRedirects: 0 })).status()).toBe(200);
  const missing = await request.get(`/no-such-page-${base}`, { maxRedirects: 0 });
  expect(missing.status()).toBe(404);
});
