// The full-text engine of the configured database (DATABASE_URL, see lib/db/url.ts).
import { databaseProvider } from "@/lib/db/url";
import { postgresSearch } from "./backends/postgres";
import { sqliteSearch } from "./backends/sqlite";
import type { SearchBackend } from "./backends/types";

export function searchBackend(): SearchBackend {
  return databaseProvider() === "postgresql" ? postgresSearch : sqliteSearch;
}
