import { config } from "../config";

/** The configured database URL; the embedded SQLite file is the default. */
export function databaseUrl(): string {
  return config().databaseUrl;
}

/** The SQLite file path for a `file:` URL, or null for any other backend. */
export function sqliteFilePath(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}

/** PostgreSQL (the scale-out backend) is chosen by a postgres:// or postgresql:// URL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Which engine DATABASE_URL names. */
export function databaseProvider(url = databaseUrl()): "sqlite" | "postgresql" {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}
