import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { actionFields, postComment } from "./comment-form";
import { type Server, SUITE_PORT, cleanUp, databaseCopy, startServer } from "./servers";
import { e2eOnPostgres, unique } from "./support";

// The flood-control key is the connection's own address unless the site is
// told (CLIENT_IP_HEADER) which header a trusted proxy sets. The suite's
// server trusts x-forwarded-for to play many readers; this one runs with the
// production default, and a forged header must not get a second comment past
// flood control.
test.skip(e2eOnPostgres(), "the server copy is made from the SQLite database");
test.describe.configure({ timeout: 300_000 });

const NAME = "addr";
const FLOOD = "أنت ترسل التعليقات بسرعة كبيرة. تمهّل قليلاً ثم حاول مرة أخرى.";
let server: Server | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startServer({
    name: NAME,
    port: SUITE_PORT + 70,
    db: await databaseCopy(NAME),
    env: { SCHEDULER: "off" },
  });
});

test.afterAll(async () => {
  await server?.stop();
  cleanUp(NAME);
});

test("without CLIENT_IP_HEADER, forged forwarding headers do not escape flood control", async () => {
  const fields = await actionFields(server!.url);
  const first = unique("تعليق أول");
  const reply = await postComment(server!.url, fields, {
    content: first,
    headers: { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2", "x-sahifa-client-ip": "198.51.100.3" },
  });
  expect(reply.outcome).toBe("held");

  // Another "address" in every header a client can send: still the same connection's address.
  const second = unique("تعليق ثان");
  const again = await postComment(server!.url, fields, {
    content: second,
    headers: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10", "x-sahifa-client-ip": "203.0.113.11" },
  });
  expect(again.status).toBe(200);
  expect(again.outcome).toBe("other");
  expect(again.body).toContain(FLOOD);

  const conn = new Database(server!.db, { readonly: true, timeout: 10_000 });
  const rows = conn.prepare("SELECT content, authorIp FROM Comment WHERE content IN (?, ?)").all(first, second) as {
    content: string;
    authorIp: string;
  }[];
  conn.close();
  // Stored with the address the connection came from, not any header's.
  expect(rows).toEqual([{ content: first, authorIp: "127.0.0.1" }]);
});
