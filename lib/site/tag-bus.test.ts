import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase, pgTestUrl } from "@/lib/db/test-database";
import { CHANNEL, INSTANCE_ID, decodeMessage, encodeMessages, listenerConnection, subscribe } from "./tag-bus";

describe("cache tag messages", () => {
  it("round-trips tags and says who sent them", () => {
    const [payload, ...rest] = encodeMessages(["articles", "comments:7", "articles"], "instance-a");
    expect(rest).toEqual([]);
    expect(decodeMessage(payload)).toEqual({ from: "instance-a", tags: ["articles", "comments:7"] });
  });

  it("splits many tags into payloads NOTIFY accepts (under 8000 bytes, at most 50 tags)", () => {
    const tags = Array.from({ length: 400 }, (_, i) => `comments:${i}-${"x".repeat(100)}`);
    const payloads = encodeMessages(tags);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8000);
    expect(payloads.flatMap((p) => decodeMessage(p)!.tags)).toEqual(tags);
  });

  it("ignores what is not one of its messages", () => {
    for (const junk of [undefined, "", "not json", "{}", '{"from":1,"tags":[]}', '{"from":"a","tags":"articles"}'])
      expect(decodeMessage(junk)).toBeNull();
  });

  it("drops Prisma's ?schema= from the listener's connection string", () => {
    expect(listenerConnection("postgresql://u@h:5432/db?schema=s&sslmode=disable").connectionString).toBe(
      "postgresql://u@h:5432/db?sslmode=disable",
    );
  });
});

describe.skipIf(!pgTestUrl())("listening for other instances' tags (PostgreSQL)", () => {
  let database: TestDatabase;
  let sender: Client;
  const quiet = { info: () => {}, error: () => {} };

  beforeAll(async () => {
    database = await createTestDatabase("postgresql", "tag_bus");
    sender = new Client({ connectionString: database.url });
    await sender.connect();
  }, 60_000);
  afterAll(async () => {
    await sender?.end();
    await database?.drop();
  });

  const notify = (payload: string) => sender.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);

  it("hears other instances, not itself, and listens again after its connection is cut", async () => {
    const heard: string[][] = [];
    const connects: boolean[] = [];
    const sub = subscribe({
      connection: listenerConnection(database.url),
      onTags: (tags) => heard.push(tags),
      onConnect: (again) => connects.push(again),
      log: quiet,
      minDelayMs: 50,
    });
    try {
      await expect.poll(() => sub.connected()).toBe(true);
      await notify(encodeMessages(["articles"], "other-instance")[0]!);
      await notify(encodeMessages(["taxonomy"], INSTANCE_ID)[0]!); // its own: already expired locally
      await notify("garbage");
      await expect.poll(() => heard).toEqual([["articles"]]);

      // What a database restart or a network cut does to the connection.
      await sender.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sahifa cache tags' AND datname = current_database()",
      );
      await expect.poll(() => connects, { timeout: 10_000 }).toEqual([false, true]);
      await notify(encodeMessages(["comments:3"], "other-instance")[0]!);
      await expect.poll(() => heard).toEqual([["articles"], ["comments:3"]]);
    } finally {
      await sub.stop();
    }
  });

  it("keeps trying, with growing delays, while the database cannot be reached", async () => {
    const errors: string[] = [];
    const url = new URL(database.url);
    url.port = "1"; // nothing listens there
    const sub = subscribe({
      connection: listenerConnection(url.toString()),
      onTags: () => {},
      log: { info: () => {}, error: (msg) => errors.push(msg) },
      minDelayMs: 20,
      maxDelayMs: 80,
    });
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(4);
    await sub.stop();
    expect(errors[0]).toMatch(/listening again in 20 ms/);
    expect(errors[3]).toMatch(/listening again in 80 ms/);
    expect(sub.connected()).toBe(false);
  });
});
