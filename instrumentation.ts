// Scheduled articles go live on time with nobody acting: every 20 seconds
// (SCHEDULER_INTERVAL_MS, at least 1000, lib/config.ts) the server asks itself to publish what
// is due. (Through HTTP, so the work runs in a request and can expire cached pages.)
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
  const { authSecret: secret, port, scheduler } = settings;
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
