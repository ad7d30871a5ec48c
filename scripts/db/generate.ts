// `npm run db:generate`: one Prisma client per provider. lib/db/generated (SQLite, the default)
// and lib/db/generated-pg (PostgreSQL); lib/db/client.ts picks one by DATABASE_URL.
import { execFileSync } from "node:child_process";
import { POSTGRES_SCHEMA, writePostgresSchema } from "./postgres-schema";

writePostgresSchema();
for (const schema of ["prisma/schema.prisma", POSTGRES_SCHEMA]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], { stdio: ["ignore", "ignore", "inherit"] });
}
console.log("Generated the Prisma clients: lib/db/generated (SQLite), lib/db/generated-pg (PostgreSQL)");
