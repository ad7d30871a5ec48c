// Checks shared by db:backup and db:restore.
import { closeSync, openSync, readSync } from "node:fs";
import Database from "better-sqlite3";

const HEADER = "SQLite format 3\0";

/** True when the file starts with SQLite's 16-byte header. */
export function isSqliteFile(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(16);
    return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString("latin1") === HEADER;
  } finally {
    closeSync(fd);
  }
}

/** SQLite's own integrity check and page count of a database file (opened read-only). */
export function inspect(file: string): { integrity: string; pages: number; pageSize: number; tables: string[] } {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const pages = db.pragma("page_count", { simple: true }) as number;
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return { integrity, pages, pageSize, tables };
  } finally {
    db.close();
  }
}
