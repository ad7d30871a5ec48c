import path from "node:path";
import { defineConfig } from "prisma/config";
import { searchTables } from "./lib/search/tables";

// Prisma's CLI insists on a native schema engine it cannot download offline.
// `prisma generate` never runs it, so point the CLI at a stub that fails loudly:
// migrations go through scripts/db/migrate.ts (the WebAssembly engine) instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "scripts/db/no-native-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/sahifa.db" },
  // The search index is an FTS5 table the app creates at run time (lib/search/):
  // migrations leave it alone and do not report it as drift.
  experimental: { externalTables: true },
  tables: { external: searchTables },
});
