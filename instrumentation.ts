// Scheduled articles go live on time with nobody acting: every 20 seconds
// (SCHEDULER_INTERVAL_MS, at least 1000, lib/config.ts) the server asks itself to publish what
// is due. (Through HTTP, so the work runs in a request and can expire cached pages.)
// With several instances on PostgreSQL, each one runs it and an advisory lock lets
// one at a time publish (lib/articles/publish-due.ts).
// On PostgreSQL, every instance also listens for the cache tags the others expire.
export async function register() {
  // NEXT_RUNTIME and NEXT_PHASE are Next's own, not the site's configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The configuration is read and checked here, at boot: a wrong value stops the server with its name.
  // (Next.js only logs an error thrown from here and goes on serving, hence the exit.)
  const { config, ConfigError } = await import("@/lib/config");
  let settings;
  try {
    settings = config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`sahifa: ${error.message}`);
    process.exit(1);
  }
  const { startTagListener } = await import("@/lib/site/tag-listener");
  startTagListener();
  const { internalSecret } = await import("@/lib/site/internal-secret");
  const { port, scheduler } = settings;
  const secret = internalSecret();
  if (!secret || !scheduler.enabled) return;
  const every = scheduler.intervalMs;
  const url = `http://127.0.0.1:${port}/api/cron/publish-due`;
  const { logger } = await import("@/lib/log/logger");
  const log = logger.child({ job: "scheduler" });
  const timer = setInterval(() => {
    fetch(url, { method: "POST", headers: { authorization: `Bearer ${secret}` } }).then(
      async (response) => {
        if (!response.ok)
          log.error(
            { status: response.status, body: (await response.text()).slice(0, 500) },
            "publishing due articles failed",
          );
      },
      // The server may still be starting or shutting down (the next tick retries), or be unreachable.
      (error: unknown) => log.warn({ err: error }, "could not reach the server to publish due articles"),
    );
  }, every);
  timer.unref();
}
