// Runs once when the server starts (Next.js's instrumentation hook): lib/boot.ts checks the configuration and
// starts the scheduler of scheduled articles.
export async function register() {
  // NEXT_RUNTIME and NEXT_PHASE are Next's own, not the site's configuration.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    await (await import("./lib/boot")).boot();
  }
}
