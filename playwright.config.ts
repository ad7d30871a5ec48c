import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
// Separate port, database and build folder per port, so two suites can run side by side.
const E2E_DB = PORT === 3100 ? "data/e2e.db" : `data/e2e-${PORT}.db`;
const DIST = PORT === 3100 ? ".next-e2e" : `.next-e2e-${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/playwright.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    locale: "ar-MA",
  },
  webServer: {
    command: "sh scripts/e2e-server.sh",
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:./${E2E_DB}`,
      NEXT_DIST_DIR: DIST,
      E2E_DB,
      SITE_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      // Uploads of this run stay out of the site's own uploads/ folder.
      MEDIA_DIR: `data/e2e-media-${PORT}`,
      // Scheduled articles go live within ~2 s of their time instead of ~20 s.
      SCHEDULER_INTERVAL_MS: "2000",
      // The demo has ~40 articles: chunks of 20 make /sitemap.xml an index, as past 50,000 in production.
      SITEMAP_CHUNK_SIZE: "20",
    },
  },
});
