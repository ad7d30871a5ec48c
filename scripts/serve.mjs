// The production server: `next start`, plus two things it cannot do.
//
// 1. Reader pages go out as plain HTML, without the React / Next.js runtime
// (lib/site/plain-html.mjs says why). Next.js renders them as always; the
// response is held, its runtime scripts are taken out, and it is compressed
// here (next.config.js turns Next's own compression off, which would
// otherwise have compressed the page before this could read it).
//
// 2. The client's address. Next.js only fills `x-forwarded-for` from the connection when the client did not
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
import compression from "compression";
import { isReaderPage, withoutRuntime } from "../lib/site/plain-html.mjs";
import { answerBeacon, isBeacon } from "../lib/views/beacon.mjs";

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

const compress = compression();

/**
 * Holds an HTML response and sends it without the runtime's scripts. Anything
 * else (RSC payloads, feeds, files, 304s) passes straight through. Next's ETag
 * still fits: the change is the same for the same page. Compression sits below
 * this and may already have announced itself (Next flushes the headers of a
 * streamed page early): it compresses what this hands on.
 */
function sendWithoutRuntime(res) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let held; // undefined: not decided yet; null: passing through
  const decide = () => {
    if (held === undefined) held = /^text\/html\b/i.test(String(res.getHeader("content-type") ?? "")) ? [] : null;
    return held;
  };
  const add = (chunk, encoding) => {
    if (chunk != null && typeof chunk !== "function")
      held.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk),
      );
  };
  res.write = (chunk, encoding, callback) => {
    if (!decide()) return write(chunk, encoding, callback);
    add(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    if (!decide()) return end(chunk, encoding, callback);
    add(chunk, encoding);
    const body = withoutRuntime(Buffer.concat(held));
    if (!res.headersSent) res.setHeader("content-length", body.length);
    const done = [chunk, encoding, callback].find((f) => typeof f === "function");
    return end(body, done);
  };
}

const server = createServer((req, res) => {
  // Page views (lib/views/beacon.mjs): counted here, without Next.js, so 1,000 a second cost little.
  if (isBeacon(req.url ?? "")) return answerBeacon(req, res);
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  req.headers[CLIENT_ADDRESS_HEADER] = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  compress(req, res, () => {});
  // Installed after compression, so the page is changed first and compressed after.
  if (req.method !== "HEAD" && isReaderPage((req.url ?? "/").split("?")[0])) sendWithoutRuntime(res);
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
