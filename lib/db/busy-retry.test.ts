// The retry rule, against real lock errors: a second connection holds
// SQLite's write lock while the Prisma client (adapter-better-sqlite3, as in
// lib/db/client.ts but with a short busy timeout) tries to write.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/client";
import { isBusyError, withBusyRetry } from "./busy-retry";

const dir = mkdtempSync(path.join(tmpdir(), "sahifa-busy-"));
const file = path.join(dir, "busy.db");
let holder: Database.Database;
let prisma: PrismaClient;

const insert = (text: string) => prisma.$executeRaw`INSERT INTO note (text) VALUES (${text})`;
const count = () => (holder.prepare("SELECT count(*) AS n FROM note").get() as { n: number }).n;

beforeAll(() => {
  holder = new Database(file);
  holder.pragma("journal_mode = WAL");
  holder.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
  prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 20 }) });
});

afterAll(async () => {
  if (holder.inTransaction) holder.exec("ROLLBACK");
  await prisma.$disconnect();
  holder.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("isBusyError", () => {
  it("recognises the lock errors of the driver and of Prisma, and nothing else", async () => {
    holder.exec("BEGIN IMMEDIATE");
    const prismaError = await insert("blocked").catch((e: unknown) => e);
    holder.exec("ROLLBACK");
    expect(isBusyError(prismaError)).toBe(true);

    const other = new Database(file, { timeout: 0 });
    holder.exec("BEGIN IMMEDIATE");
    let driverError: unknown;
    try {
      other.prepare("INSERT INTO note (text) VALUES ('x')").run();
    } catch (e) {
      driverError = e;
    }
    holder.exec("ROLLBACK");
    other.close();
    expect((driverError as { code: string }).code).toBe("SQLITE_BUSY");
    expect(isBusyError(driverError)).toBe(true);

    const constraint = await prisma.$executeRaw`INSERT INTO note (text) VALUES (NULL)`.catch((e: unknown) => e);
    expect(constraint).toBeInstanceOf(Error);
    expect(isBusyError(constraint)).toBe(false);
    expect(isBusyError(new Error("boom"))).toBe(false);
    expect(isBusyError(null)).toBe(false);
    expect(isBusyError({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe(true);
    expect(isBusyError({ code: "SQLITE_LOCKED" })).toBe(true);
  });
});

describe("withBusyRetry", () => {
  it("writes once the lock is released instead of dropping the write", async () => {
    const before = count();
    holder.exec("BEGIN IMMEDIATE");
    setTimeout(() => holder.exec("COMMIT"), 300);
    // Without the retry the same write fails.
    await expect(insert("lost")).rejects.toSatisfy(isBusyError);
    await withBusyRetry(() => insert("kept"), { attempts: 20, baseDelayMs: 20 });
    expect(holder.inTransaction).toBe(false);
    expect(count()).toBe(before + 1);
    expect(holder.prepare("SELECT text FROM note ORDER BY id DESC LIMIT 1").pluck().get()).toBe("kept");
  });

  it("gives up after the given attempts, and never retries other errors", async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    let runs = 0;
    const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    await expect(
      withBusyRetry(
        async () => {
          runs++;
          throw busy;
        },
        { attempts: 4, baseDelayMs: 10, sleep },
      ),
    ).rejects.toBe(busy);
    expect(runs).toBe(4);
    expect(delays).toHaveLength(3);
    // Growing waits: attempt n waits 10·2^(n-1), give or take half.
    delays.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(5 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(15 * 2 ** i);
    });

    runs = 0;
    const bad = new Error("constraint failed");
    await expect(
      withBusyRetry(
        async () => {
          runs++;
          throw bad;
        },
        { sleep },
      ),
    ).rejects.toBe(bad);
    expect(runs).toBe(1);
  });
});
