// Scheduled articles go live on time with nobody acting: every 20 seconds
// (SCHEDULER_INTERVAL_MS, at least 1000) the server asks itself to publish what
// is due, and to store the page views counted since the last tick (lib/views).
// (Through HTTP, so the work runs in a request and can expire cached pages.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret || process.env.SCHEDULER === "off") return;
  const every = Number(process.env.SCHEDULER_INTERVAL_MS) >= 1000 ? Number(process.env.SCHEDULER_INTERVAL_MS) : 20_000;
  const base = `http://127.0.0.1:${process.env.PORT || 3000}/api/cron`;
  const timer = setInterval(() => {
    for (const job of ["publish-due", "views"])
      fetch(`${base}/${job}`, { method: "POST", headers: { authorization: `Bearer ${secret}` } }).catch(() => {
        // The server may still be starting or shutting down; the next tick retries.
      });
  }, every);
  timer.unref();
}
