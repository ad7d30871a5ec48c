/**
 * SQLite lets one connection write at a time. Another process holding the
 * lock (a backup, a migration, a script) makes a write wait up to the busy
 * timeout (lib/db/client.ts) and then fail with SQLITE_BUSY; in WAL mode a
 * transaction that read an older snapshot fails with SQLITE_BUSY_SNAPSHOT at
 * once. Nothing was written in either case, so running the write again is
 * safe and a reader's comment is not lost to a moment of contention.
 */

const BUSY_CODE = /^SQLITE_(BUSY|LOCKED)/;
const BUSY_MESSAGE = /database (table )?is locked|database is busy/i;

type MaybeDbError = {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } };
  cause?: unknown;
};

/** True for the lock errors SQLite answers when another writer holds the database. */
export function isBusyError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const e = error as MaybeDbError;
  // better-sqlite3's own error (scripts, or a driver error not wrapped by Prisma).
  if (typeof e.code === "string" && BUSY_CODE.test(e.code)) return true;
  // Prisma 7 + @prisma/adapter-better-sqlite3: PrismaClientKnownRequestError
  // (P1008 or P2010) with the driver's code kept in meta.driverAdapterError.
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause) {
    if (typeof cause.originalCode === "string" && BUSY_CODE.test(cause.originalCode)) return true;
    if (typeof cause.originalMessage === "string" && BUSY_MESSAGE.test(cause.originalMessage)) return true;
  }
  if (typeof e.message === "string" && BUSY_MESSAGE.test(e.message)) return true;
  return isBusyError(e.cause, depth + 1);
}

export type RetryOptions = { attempts?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void> };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a write, running it again while it fails with a lock error: up to
 * `attempts` runs in all, waiting a little longer (with jitter, so waiting
 * writers do not collide again) each time. Any other error is thrown at once.
 */
export async function withBusyRetry<T>(write: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const base = options.baseDelayMs ?? 50;
  const sleep = options.sleep ?? wait;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isBusyError(error)) throw error;
      await sleep(base * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}
