import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import config from "../playwright.config";
import { E2E_PORT } from "./database";
import { ADMIN, articlePath, categoryPath, e2eOnPostgres, fillNewArticle, signIn, unique } from "./support";

// Two app instances on one PostgreSQL database, as behind a load balancer (docs/operations.md, Scaling out).
// Instance A is the suite's server; B is started here from its own copy of the build, so it
// has its own Next cache (and page cache), as on another machine. Neither knows the other:
// a publish on A reaches B through PostgreSQL's NOTIFY (lib/site/tag-bus.ts).
const B_PORT = E2E_PORT + 100;
const B = `http://127.0.0.1:${B_PORT}`;

test.describe("scale-out: two instances, one database", () => {
  test.skip(!e2eOnPostgres(), "two instances share a database server: PostgreSQL runs only");
  test.describe.configure({ timeout: 120_000 });

  let server: ChildProcess | undefined;
  const distB = `.next-e2e-${B_PORT}`;

  test.beforeAll(async () => {
    const webServer = Array.isArray(config.webServer) ? config.webServer[0]! : config.webServer!;
    const distA = webServer.env!.NEXT_DIST_DIR!;
    rmSync(distB, { recursive: true, force: true });
    cpSync(distA, distB, { recursive: true, filter: (src) => !src.startsWith(`${distA}/cache`) });
    server = spawn("node", ["scripts/serve.mjs"], {
      env: {
        ...process.env,
        ...webServer.env,
        PORT: String(B_PORT),
        NEXT_DIST_DIR: distB,
      },
      stdio: "ignore",
    });
    await expect(async () => expect((await fetch(`${B}/`)).status).toBe(200)).toPass({
      timeout: 60_000,
      intervals: [500],
    });
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    rmSync(distB, { recursive: true, force: true });
  });

  test("publishing on instance A shows on instance B within 2 seconds", async ({ page }) => {
    const onB = async (path: string) => (await fetch(`${B}${path}`)).text();
    // B renders and caches its home and category pages before the change.
    for (let i = 0; i < 2; i++) await Promise.all([onB("/"), onB(categoryPath("رياضة"))]);
    // From B's page cache (scripts/serve.mjs) or Next's own, whichever answers.
    const cached = await fetch(`${B}/`);
    expect(`${cached.headers.get("x-page-cache")} ${cached.headers.get("x-nextjs-cache")}`).toMatch(/HIT|STALE/);

    await signIn(page, ADMIN);
    const headline = unique("خبر من النسخة الأولى");
    await fillNewArticle(page, { headline, body: "نص نشر على نسخة وقرئ من أخرى.", category: "رياضة" });
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
    const started = Date.now();

    const slug = await page
      .locator('input[name="slug"]')
      .inputValue()
      .catch(() => "");
    await expect(async () => {
      expect(await onB("/")).toContain(headline);
      expect(await onB(categoryPath("رياضة"))).toContain(headline);
      if (slug) expect((await fetch(`${B}${articlePath(slug)}`)).status).toBe(200);
    }).toPass({ timeout: 2_000, intervals: [100, 200, 300] });
    console.log(`publish on A → shown on B: ${Date.now() - started} ms`);
  });
});
