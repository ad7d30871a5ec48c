import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import config from "../playwright.config";
import { E2E_PORT } from "./database";
import { ADMIN, articlePath, categoryPath, e2eOnPostgres, fillNewArticle, signIn, unique } from "./support";

// Two app instances behind nginx (deploy/nginx/sahifa-failover.conf, an upstream of two with
// passive health checks), one PostgreSQL database. Under load, instance B is killed outright
// (SIGKILL: no goodbye, connections cut mid-response). Readers must see no error, a publish on
// the surviving instance A must show through nginx within 2 s, and B, started again, must serve
// fresh pages (it missed that publish while it was down) and hear the next one.
// nginx runs without the micro-cache here, so every request really reaches an instance.
const B_PORT = E2E_PORT + 100;
const NGINX_PORT = E2E_PORT + 200;
const B = `http://127.0.0.1:${B_PORT}`;
const LB = `http://127.0.0.1:${NGINX_PORT}`;
const repo = process.cwd();

function nginxBinary(): string | null {
  for (const candidate of ["nginx", "/usr/sbin/nginx"]) {
    try {
      execFileSync(candidate, ["-v"], { stdio: "ignore" });
      return candidate;
    } catch {
      // not there
    }
  }
  return null;
}
const NGINX = nginxBinary();

test.describe("failover: two instances behind nginx, one killed under load", () => {
  test.skip(!e2eOnPostgres(), "several instances share a database server: PostgreSQL runs only");
  // In CI nginx is installed (.ci/run) and this must run; elsewhere it may be missing.
  test.skip(!NGINX && !process.env.CI, "nginx is not installed (apt-get install nginx)");
  test.describe.configure({ timeout: 120_000 });

  const webServer = Array.isArray(config.webServer) ? config.webServer[0]! : config.webServer!;
  const distA = webServer.env!.NEXT_DIST_DIR!;
  const distB = `.next-e2e-${B_PORT}`;
  let b: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  let prefix = "";

  const startB = async () => {
    // The production command; its shell execs node, so SIGKILL hits the server.
    b = spawn("sh", ["scripts/start.sh"], {
      env: { ...process.env, ...webServer.env, PORT: String(B_PORT), NEXT_DIST_DIR: distB },
      stdio: "ignore",
    });
    await expect(async () => expect((await fetch(`${B}/`)).status).toBe(200)).toPass({
      timeout: 60_000,
      intervals: [250],
    });
  };

  test.beforeAll(async () => {
    expect(NGINX, "nginx must be installed in CI (.ci/run installs Debian's)").not.toBeNull();
    rmSync(distB, { recursive: true, force: true });
    cpSync(distA, distB, { recursive: true, filter: (src) => !src.startsWith(`${distA}/cache`) });
    await startB();

    prefix = mkdtempSync(path.join(tmpdir(), "sahifa-failover-"));
    mkdirSync(path.join(prefix, "tmp"));
    writeFileSync(
      path.join(prefix, "nginx.conf"),
      `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
    access_log off;
    client_body_temp_path ${prefix}/tmp;
    proxy_temp_path ${prefix}/tmp;
    fastcgi_temp_path ${prefix}/tmp;
    uwsgi_temp_path ${prefix}/tmp;
    scgi_temp_path ${prefix}/tmp;
    upstream sahifa_app {
        server 127.0.0.1:${E2E_PORT} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${B_PORT} max_fails=1 fail_timeout=5s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:${NGINX_PORT};
        location / {
            proxy_pass http://sahifa_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            include ${repo}/deploy/nginx/sahifa-failover.conf;
        }
    }
}
`,
    );
    nginx = spawn(NGINX!, ["-p", prefix, "-e", `${prefix}/error.log`, "-c", `${prefix}/nginx.conf`], {
      stdio: "ignore",
    });
    await expect(async () => expect((await fetch(`${LB}/`)).status).toBe(200)).toPass({
      timeout: 15_000,
      intervals: [200],
    });
  });

  test.afterAll(async () => {
    nginx?.kill("SIGTERM");
    b?.kill("SIGTERM");
    rmSync(distB, { recursive: true, force: true });
    if (prefix && existsSync(prefix)) rmSync(prefix, { recursive: true, force: true });
  });

  test("readers see no error when an instance dies; it comes back fresh", async ({ page }) => {
    const paths = ["/", articlePath(), categoryPath(), "/robots.txt"];
    // Both instances render and cache these pages first (round-robin spreads the requests).
    for (let i = 0; i < 4; i++) await Promise.all(paths.map(async (p) => (await fetch(LB + p)).arrayBuffer()));
    await signIn(page, ADMIN);

    // Readers keep coming through nginx while B is killed.
    const load = autocannon({
      url: LB,
      connections: 8,
      duration: 8,
      timeout: 10,
      requests: paths.map((p) => ({ method: "GET", path: p })),
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    b!.kill("SIGKILL");

    // A publish on A, the survivor, while readers keep coming: visible through nginx within 2 s.
    const headline = unique("خبر أثناء تعطل نسخة");
    await fillNewArticle(page, { headline, body: "نشر بينما النسخة الثانية متوقفة.", category: "رياضة" });
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
    await expect(async () => expect(await (await fetch(`${LB}/`)).text()).toContain(headline)).toPass({
      timeout: 2_000,
      intervals: [100, 200],
    });

    const result = await load;
    console.log(
      `failover: ${result.requests.total} requests, ${result["2xx"]} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
    expect(result.requests.total).toBeGreaterThan(100);
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });

    // B comes back: its pages on disk predate the publish it missed, yet it serves it.
    await startB();
    await expect(async () => expect(await (await fetch(`${B}/`)).text()).toContain(headline)).toPass({
      timeout: 10_000,
      intervals: [250],
    });

    // And it is listening again: the next publish on A shows on B within 2 s.
    const next = unique("خبر بعد عودة النسخة");
    await fillNewArticle(page, { headline: next, body: "نشر بعد عودة النسخة الثانية.", category: "رياضة" });
    await page.getByRole("button", { name: "نشر", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم النشر." })).toBeVisible();
    await expect(async () => expect(await (await fetch(`${B}/`)).text()).toContain(next)).toPass({
      timeout: 2_000,
      intervals: [100, 200],
    });
  });
});
