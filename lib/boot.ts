// What the Node.js server does once at start (instrumentation.ts): check the configuration, start the scheduler.
// Its own module so the Edge build of instrumentation.ts never sees process.exit.
import { ConfigError, config } from "./config";

export async function boot() {
  // A wrong value stops the server with its name (Next.js only logs an error thrown from register()).
  let settings;
  try {
    settings = config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`sahifa: ${error.message}`);
    process.exit(1);
  }

  // Imported only now: the logger reads its level from the configuration as it loads.
  const { logger } = await import("./log/logger");
  const { internalSecret } = await import("./site/internal-secret");
  const { startTagListener } = await import("./site/tag-listener");

  // On PostgreSQL, every instance listens for the cache tags the others expire (lib/site/tag-listener.ts).
  startTagListener();

  // Scheduled articles go live on time with nobody acting: every SCHEDULER_INTERVAL_MS (20 s by default) the
  // server asks itself to publish what is due (through HTTP, so the work runs in a request and can expire
  // cached pages). With several instances on PostgreSQL each one runs the scheduler, and an advisory lock lets one at a time
  // publish (lib/articles/publish-due.ts).
  const { port, scheduler } = settings;
  const secret = internalSecret();
  if (!secret || !scheduler.enabled) return;
  const url = `http://127.0.0.1:${port}/api/cron/publish-due`;
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
  }, scheduler.intervalMs);
  timer.unref();
}
