// Scheduled articles go live on time with nobody acting: every 20 seconds
// (SCHEDULER_INTERVAL_MS, at least 1000, lib/config.ts) the server asks itself to publish what
// is due. (Through HTTP, so the work runs in a request and can expire cached pages.)
export async function register() {
  // NEXT_RUNTIME and NEXT_PHASE are Next's own, not the site's configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The configuration is read and checked here, at boot: a wrong value stops the server with its name.
  const { config } = await import("@/lib/config");
  const { authSecret: secret, port, scheduler } = config();
  if (!secret || !scheduler.enabled) return;
  const every = scheduler.intervalMs;
  const url = `http://127.0.0.1:${port}/api/cron/publish-due`;
  const timer = setInterval(() => {
    fetch(url, { method: "POST", headers: { authorization: `Bearer ${secret}` } }).catch(() => {
      // The server may still be starting or shutting down; the next tick retries.
    });
  }, every);
  timer.unref();
}
