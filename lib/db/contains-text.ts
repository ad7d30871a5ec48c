import { databaseProvider } from "./url";

/**
 * A `contains` filter that ignores Latin case on both engines, as the admin lists expect:
 * SQLite's LIKE already does; PostgreSQL needs `mode: "insensitive"`, which the SQLite
 * client's types (the one `db` type) do not know, hence the cast.
 */
export function containsText(text: string): { contains: string } {
  return databaseProvider() === "postgresql"
    ? ({ contains: text, mode: "insensitive" } as { contains: string })
    : { contains: text };
}
