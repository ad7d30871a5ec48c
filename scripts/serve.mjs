// The production server: `next start`, plus one thing it cannot do. Next.js
// only fills `x-forwarded-for` from the connection when the client did not
// send one, so a reader could pick their own flood-control key. Here the
// connection's address is written into an internal header (any value the
// client sent for it is replaced) and lib/site/client-ip.ts reads that one,
// unless CLIENT_IP_HEADER names a header a trusted reverse proxy sets.
//
// Usage: node --max-old-space-size=256 scripts/serve.mjs (PORT, HOSTNAME,
// NEXT_DIST_DIR from the environment), as `npm start` and scripts/up.sh run it.
// The heap cap keeps V8 from growing the heap freely under load: 64 connections
// took the server to 424 MB RSS without it, 258 MB with it, at the same req/s
// (npm run bench). Raise it for a site that needs more.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

// Keep in step with CLIENT_ADDRESS_HEADER in lib/site/client-ip.ts.
const CLIENT_ADDRESS_HEADER = "x-sahifa-client-ip";
const dir = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.PORT || 3000);
// Unset: every interface (as `next start`); the scheduler calls 127.0.0.1 itself.
const hostname = process.env.HOSTNAME || undefined;

const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  req.headers[CLIENT_ADDRESS_HEADER] = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`sahifa: serving on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; don't wait for them long.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
