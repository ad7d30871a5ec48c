import { defineConfig } from "@playwright/test";
import { E2E_PORT as PORT, e2eDatabaseUrl, e2eOnPostgres } from "./e2e/database";

// Separate port, database and build folder per port, so two suites can run side by side.
// The database is SQLite unless E2E_DATABASE=postgres or E2E_DATABASE_URL says otherwise (e2e/database.ts).
const DIST = PORT === 3100 ? ".next-e2e" : `.next-e2e-${PORT}`;
const REPORT = e2eOnPostgres() ? "reports/playwright-pg.json" : "reports/playwright.json";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: REPORT }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    locale: "ar-MA",
  },
  webServer: {
    command: "sh scripts/e2e-server.sh",
    url: `http://127.0.0.1:${PORT}/`,
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS) || 600_000, // a loaded machine builds slowly
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: e2eDatabaseUrl(),
      NEXT_DIST_DIR: DIST,
      SITE_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      // Uploads of this run stay out of the site's own uploads/ folder.
      MEDIA_DIR: `data/e2e-media-${PORT}`,
      // Scheduled articles go live within ~2 s of their time instead of ~20 s.
      SCHEDULER_INTERVAL_MS: "2000",
      // The editor autosaves every 4 s instead of 30 s (lib/articles/editor-timing.ts keeps 30 s as the default).
      AUTOSAVE_INTERVAL_MS: "4000",
      // The demo has ~40 articles: chunks of 20 make /sitemap.xml an index, as past 50,000 in production.
      SITEMAP_CHUNK_SIZE: "20",
      // Tests post as many distinct readers (e2e/support.ts clientHeaders) through this header;
      // a real site trusts it only behind a proxy that sets it (e2e/client-address.spec.ts checks the default).
      CLIENT_IP_HEADER: "x-forwarded-for",
    },
  },
});
