import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FRESH_MS, MAX_ENTRY_BYTES, cacheKey, createPageCache } from "./page-cache.mjs";

type Render = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server: the page cache in front of a stand-in for Next that counts its renders. */
async function serve(render: Render, options: { maxBytes?: number } = {}) {
  let clock = 0;
  const cache = createPageCache({ ...options, now: () => clock });
  const renders: string[] = [];
  server = createServer((req, res) => {
    void cache.handle(req, res, () => {
      renders.push(`${req.method} ${req.url}`);
      void render(req, res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = (path: string, init?: RequestInit) => fetch(base + path, init);
  return { cache, renders, get, tick: (ms: number) => (clock += ms) };
}

const page: Render = (req, res) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("etag", '"v1"');
  res.end(`<p>${req.url}</p>`);
};

describe("page cache", () => {
  it("answers a page again from the copy for FRESH_MS, then asks Next again", async () => {
    const { renders, get, tick } = await serve(page);
    const first = await get("/articles/x");
    expect(await first.text()).toBe("<p>/articles/x</p>");
    const second = await get("/articles/x");
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.headers.get("etag")).toBe('"v1"');
    expect(await second.text()).toBe("<p>/articles/x</p>");
    expect(renders).toHaveLength(1);
    tick(FRESH_MS + 1);
    await (await get("/articles/x")).text();
    expect(renders).toHaveLength(2);
  });

  it("keys by host, path and query, and Accept-Encoding", async () => {
    const { renders, get } = await serve(page);
    for (const [path, init] of [
      ["/", {}],
      ["/?page=2", {}],
      ["/", { headers: { "accept-encoding": "identity" } }],
      ["/", { headers: { "accept-encoding": "gzip, br" } }],
    ] as const) {
      await (await get(path, init)).text();
      await (await get(path, init)).text();
    }
    expect(renders).toHaveLength(4);
    const request = (host: string) =>
      ({ method: "GET", url: "/", headers: { host, "accept-encoding": "br" } }) as unknown as IncomingMessage;
    expect(cacheKey(request("a.example"))).not.toBe(cacheKey(request("b.example")));
    // A Host header no site has (past a host name's 253 characters) is never a key: a stranger
    // sending thousands of long ones would otherwise make as many copies.
    expect(cacheKey(request(`${"h".repeat(300)}.example`))).toBeNull();
  });

  it("lets through what nginx's micro-cache lets through: other methods, staff paths, sessions, commenters, RSC", async () => {
    const { renders, get } = await serve(page);
    const twice = async (path: string, init: RequestInit = {}) => {
      await (await get(path, init)).text();
      await (await get(path, init)).text();
    };
    await twice("/", { method: "POST", body: "x" });
    await twice("/admin/articles");
    await twice("/api/revalidate");
    await twice("/login?callbackUrl=%2Fadmin");
    await twice("/", { headers: { cookie: "a=1; next-auth.session-token=abc" } });
    await twice("/", { headers: { cookie: "__Secure-next-auth.session-token=abc" } });
    await twice("/", { headers: { cookie: "sahifa-commenter=signed" } });
    await twice("/", { headers: { rsc: "1" } });
    expect(renders).toHaveLength(16);
  });

  it("stores only 200s without cookies that Next did not mark private", async () => {
    const { renders, get } = await serve((req, res) => {
      if (req.url === "/missing") res.statusCode = 404;
      if (req.url === "/cookie") res.setHeader("set-cookie", "a=1");
      if (req.url === "/search") res.setHeader("cache-control", "private, no-cache, no-store, max-age=0");
      if (req.url === "/moved") {
        res.statusCode = 308;
        res.setHeader("location", "/");
      }
      res.end("x");
    });
    for (const path of ["/missing", "/cookie", "/search", "/moved"]) {
      await (await get(path, { redirect: "manual" })).text();
      await (await get(path, { redirect: "manual" })).text();
    }
    expect(renders).toHaveLength(8);
  });

  it("answers HEAD and a matching If-None-Match from the GET copy", async () => {
    const { renders, get } = await serve(page);
    await (await get("/")).text();
    const head = await get("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("<p>/</p>".length));
    const notModified = await get("/", { headers: { "if-none-match": '"v1"' } });
    expect(notModified.status).toBe(304);
    expect(renders).toHaveLength(1);
  });

  it("stores the bytes as sent, compressed ones included, with their headers", async () => {
    const { get } = await serve((_req, res) => {
      res.setHeader("content-type", "text/plain");
      res.setHeader("vary", "Accept-Encoding");
      res.write("part one, ");
      res.end(Buffer.from("part two"));
    });
    await (await get("/robots.txt")).text();
    const hit = await get("/robots.txt");
    expect(hit.headers.get("x-page-cache")).toBe("HIT");
    expect(hit.headers.get("vary")).toBe("Accept-Encoding");
    expect(await hit.text()).toBe("part one, part two");
  });

  it("forgets every copy on clear(), and does not store a render that was running during it", async () => {
    let hold: (() => void) | undefined;
    const { cache, renders, get } = await serve(async (req, res) => {
      if (req.url === "/slow" && !hold) await new Promise<void>((resolve) => (hold = resolve));
      res.end(`render ${renders.length}`);
    });
    await (await get("/")).text();
    cache.clear();
    expect(await (await get("/")).text()).toBe("render 2");
    const slow = get("/slow");
    await expect.poll(() => hold).toBeDefined();
    cache.clear(); // a change lands while /slow renders from the old data
    hold!();
    await (await slow).text();
    await (await get("/slow")).text();
    expect(renders.filter((r) => r === "GET /slow")).toHaveLength(2);
  });

  it("sends one request per page to Next when many arrive at once, and serves the due copy meanwhile", async () => {
    let release: (() => void) | undefined;
    let version = 0;
    const { renders, get, tick } = await serve(async (_req, res) => {
      version++;
      if (version > 1) await new Promise<void>((resolve) => (release = resolve));
      res.end(`v${version}`);
    });
    await (await get("/")).text();
    tick(FRESH_MS + 1);
    const refreshing = get("/"); // goes to Next and waits there
    await expect.poll(() => release).toBeDefined();
    const meanwhile = await Promise.all(Array.from({ length: 10 }, () => get("/")));
    expect(meanwhile.map((r) => r.headers.get("x-page-cache"))).toEqual(Array(10).fill("STALE"));
    expect(await Promise.all(meanwhile.map((r) => r.text()))).toEqual(Array(10).fill("v1"));
    release!();
    expect(await (await refreshing).text()).toBe("v2");
    expect(await (await get("/")).text()).toBe("v2");
    expect(renders).toHaveLength(2);
  });

  it("with nothing in hand, concurrent requests wait for the one render instead of all rendering", async () => {
    let release: (() => void) | undefined;
    const { renders, get } = await serve(async (_req, res) => {
      await new Promise<void>((resolve) => (release = resolve));
      res.end("page");
    });
    const all = Array.from({ length: 8 }, () => get("/"));
    await expect.poll(() => release).toBeDefined();
    release!();
    expect(await Promise.all((await Promise.all(all)).map((r) => r.text()))).toEqual(Array(8).fill("page"));
    expect(renders).toHaveLength(1);
  });

  it("does not make requests wait behind a page it cannot store", async () => {
    const waiting: (() => void)[] = [];
    const { renders, get } = await serve(async (_req, res) => {
      res.setHeader("cache-control", "private, no-store");
      if (renders.length > 1) return void res.end("mine");
      await new Promise<void>((resolve) => waiting.push(resolve));
      res.end("mine");
    });
    const first = get("/search?q=a");
    await expect.poll(() => waiting.length).toBe(1);
    // The first answer has not come yet: the second waits for it, then goes to Next itself.
    const second = get("/search?q=a");
    waiting[0]!();
    await Promise.all([(await first).text(), (await second).text()]);
    // Now known not storable: the next ones go straight through.
    await Promise.all(Array.from({ length: 3 }, async () => (await get("/search?q=a")).text()));
    expect(renders).toHaveLength(5);
  });

  it("is bounded by bytes: large answers are not kept, old copies make room for new ones", async () => {
    const { cache, renders, get } = await serve(
      (req, res) => void res.end(req.url === "/huge" ? Buffer.alloc(MAX_ENTRY_BYTES + 1) : Buffer.alloc(40_000)),
      { maxBytes: 100_000 },
    );
    await (await get("/huge")).arrayBuffer();
    await (await get("/huge")).arrayBuffer();
    expect(renders).toHaveLength(2);
    for (const path of ["/a", "/b", "/c"]) await (await get(path)).arrayBuffer();
    expect(cache.entries.calculatedSize).toBeLessThanOrEqual(100_000);
    expect([...cache.entries.keys()].map((k) => k.split("\n")[1])).toEqual(["/c", "/b"]);
  });

  it("counts each copy's key in its size: a small page under many long URLs stays within the bound", async () => {
    const { cache, get } = await serve((req, res) => void res.end("ok"), { maxBytes: 100_000 });
    for (let i = 0; i < 60; i++) await (await get(`/robots.txt?${i}${"x".repeat(2000)}`)).text();
    expect(cache.entries.size).toBeLessThan(60);
    expect(cache.entries.calculatedSize).toBeLessThanOrEqual(100_000);
  });
});
