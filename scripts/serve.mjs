// The production server: `next start`, plus two things it cannot do.
//
// 1. Reader pages go out as plain HTML, without the React / Next.js runtime
// and with the stylesheet inside (lib/site/plain-html.mjs says why). Next.js
// renders them as always; the response is held, its runtime scripts are taken
// out, its stylesheet link becomes the file's text, and it is compressed
// here (next.config.js turns Next's own compression off, which would
// otherwise have compressed the page before this could read it).
//
// 2. Hot responses are answered from a small in-process cache of finished
// pages (lib/site/page-cache.mjs, the rules of the nginx micro-cache), without
// crossing Next at all. PAGE_CACHE_MB sets its size (default 32; 0 turns it off).
//
// 3. The client's address. Next.js only fills `x-forwarded-for` from the connection when the client did not
// send one, so a reader could pick their own flood-control key. Here the
// connection's address is written into an internal header (any value the
// client sent for it is replaced) and lib/site/client-ip.ts reads that one,
// unless CLIENT_IP_HEADER names a header a trusted reverse proxy sets.
//
// 4. Requests Next.js would fail on before proxy.ts runs (an odd method, a
// body past the limit, a malformed percent-escape: lib/site/request-guard.mjs)
// are answered here, with the same security headers as pages. And every 404
// of a reader page is sent as the site's own 404 page (below).
//
// Started by scripts/start.sh (`npm start`), which also sets its memory limits.
import { readFileSync } from "node:fs";
import { STATUS_CODES, createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import { createPageCache } from "../lib/site/page-cache.mjs";
import { isReaderPage, stylesheetForPage, withoutRuntime } from "../lib/site/plain-html.mjs";
import { refusal } from "../lib/site/request-guard.mjs";
import { securityHeaders, servedOverHttps } from "../lib/site/security-header-values.mjs";
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

// The build's stylesheets, read once each, for withoutRuntime to put into reader pages.
const staticDir = path.join(dir, createRequire(import.meta.url)("../next.config.js").distDir, "static");
const stylesheets = new Map();
function stylesheet(/** @type {string} */ href) {
  let css = stylesheets.get(href);
  if (css === undefined) {
    try {
      css = stylesheetForPage(readFileSync(path.join(staticDir, href.slice("/_next/static/".length)), "utf8"), href);
    } catch (error) {
      if (error?.code !== "ENOENT") throw error;
      return null; // not this build's: the page keeps its link (only files that exist are kept here)
    }
    stylesheets.set(href, css);
  }
  return css;
}

const cacheMB = process.env.PAGE_CACHE_MB === undefined ? 32 : Number(process.env.PAGE_CACHE_MB);
const pageCache = cacheMB > 0 ? createPageCache({ maxBytes: cacheMB * 1024 * 1024 }) : null;
// lib/site/revalidate.ts clears it when tags expire (Next runs in this process, same globalThis).
if (pageCache) globalThis[Symbol.for("sahifa.pageCache")] = pageCache;

/**
 * Holds an HTML response and sends it without the runtime's scripts. Anything
 * else (RSC payloads, feeds, files, 304s) passes straight through. Next's ETag
 * still fits: the change is the same for the same page. Compression sits below
 * this and may already have announced itself (Next flushes the headers of a
 * streamed page early): it compresses what this hands on.
 */
function sendWithoutRuntime(res, { siteNotFound = false } = {}) {
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
    const done = [chunk, encoding, callback].find((f) => typeof f === "function");
    const send = (/** @type {Buffer} */ html) => {
      const body = withoutRuntime(html, stylesheet);
      if (!res.headersSent) res.setHeader("content-length", body.length);
      end(body, done);
    };
    if (siteNotFound && res.statusCode === 404)
      notFoundPage().then(
        (page) => {
          // Next.js's ETag and its cache lifetime were those of the page replaced; a 404 is kept by no one.
          if (!res.headersSent) {
            res.removeHeader("etag");
            res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
          }
          send(page);
        },
        (error) => {
          console.error(error);
          send(Buffer.concat(held));
        },
      );
    else send(Buffer.concat(held));
    return res;
  };
}

/**
 * The site's own 404 page (app/not-found.tsx, which Next.js serves at
 * /_not-found), fetched from this server and kept for a minute. A route that
 * finds nothing inside a cached render (an unknown article, category, tag or
 * author, a page past the last, a `replytocom` naming no comment) makes
 * Next.js send its error shell instead: an empty body the runtime would fill,
 * without lang/dir, and the runtime is not sent to reader pages. Sent in its
 * place, the 404 is one plain page, the same for every unknown URL; it costs
 * one local request a minute (~5 ms) and nothing per 404.
 */
let notFound = { at: 0, page: /** @type {Promise<Buffer> | null} */ (null) };
function notFoundPage() {
  if (notFound.page && Date.now() - notFound.at < 60_000) return notFound.page;
  const address = server.address();
  const local = typeof address === "object" && address && !/^(::|0\.0\.0\.0)$/.test(address.address);
  const host = local ? (address.family === "IPv6" ? `[${address.address}]` : address.address) : "127.0.0.1";
  const page = fetch(`http://${host}:${port}/_not-found`).then(async (r) => {
    if (r.status !== 404 || !/^text\/html\b/.test(r.headers.get("content-type") ?? ""))
      throw new Error(`/_not-found answered ${r.status}`);
    return Buffer.from(await r.arrayBuffer());
  });
  notFound = { at: Date.now(), page };
  page.catch(() => (notFound = { at: 0, page: null }));
  return page;
}

const https = servedOverHttps();
/** The security headers of the answers given here rather than by Next.js. */
const ownHeaders = securityHeaders({ https, isolate: false });

/** The largest refused body read to its end before answering; a larger one gets its answer at once. */
const DRAIN_BYTES = 64 * 1024 * 1024;

/** Answers a refused request here, with the security headers Next.js would have added. */
function refuse(req, res, status) {
  const answer = () => {
    res.writeHead(status, {
      ...ownHeaders,
      "content-type": "text/plain; charset=utf-8",
      ...(status === 405 ? { allow: "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS" } : {}),
      connection: "close",
    });
    res.end(STATUS_CODES[status]);
  };
  // A client still sending its body when the connection closes reads a broken pipe, not this answer: a body
  // of a declared, bounded length is read and dropped first (Node's request timeout bounds a slow sender).
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > 0 && length <= DRAIN_BYTES && !req.complete) {
    req.once("end", answer);
    req.once("error", () => res.destroy());
  } else answer();
  req.resume();
}

const server = createServer((req, res) => {
  if (pageCache) void pageCache.handle(req, res, () => toNext(req, res));
  else toNext(req, res);
});

function toNext(req, res) {
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  req.headers[CLIENT_ADDRESS_HEADER] = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  const refused = refusal(req.method ?? "", req.url ?? "/", req.headers);
  if (refused === "not-found") req.url = "/_not-found";
  else if (refused !== null) return refuse(req, res, refused);
  // Page views (lib/views/beacon.mjs): counted here, without Next.js, so 1,000 a second cost little.
  else if (isBeacon(req.url ?? "")) {
    // Answered here, before Next.js adds its headers: the same ones as any other answer.
    for (const [name, value] of Object.entries(ownHeaders)) res.setHeader(name, value);
    return answerBeacon(req, res);
  }
  compress(req, res, () => {});
  // Installed after compression, so the page is changed first and compressed after.
  const path = (req.url ?? "/").split("?")[0];
  if (req.method !== "HEAD" && isReaderPage(path)) sendWithoutRuntime(res, { siteNotFound: path !== "/_not-found" });
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
}
// What Node's HTTP parser refuses (an unknown method such as FOO, a malformed
// or oversized header) never reaches the handler above: its default answer
// carries no security headers.
server.on("clientError", (error, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const headers = { ...ownHeaders, "Content-Type": "text/plain; charset=utf-8" };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join("")}Connection: close\r\n\r\n`);
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
