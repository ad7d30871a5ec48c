// Scheduled articles go live on time with nobody acting: every 20 seconds the
// server asks itself to publish what is due. (Through HTTP, so the work runs
// in a request and can expire cached pages.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret || process.env.SCHEDULER === "off") return;
  const url = `http://127.0.0.1:${process.env.PORT || 3000}/api/cron/publish-due`;
  const timer = setInterval(() => {
    fetch(url, { method: "POST", headers: { authorization: `Bearer ${secret}` } }).catch(() => {
      // The server may still be starting or shutting down; the next tick retries.
    });
  }, 20_000);
  timer.unref();
}
