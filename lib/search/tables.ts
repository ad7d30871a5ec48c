// The search index lives in the application database but outside Prisma's
// schema: an FTS5 virtual table (SQLite) or a tsvector table (PostgreSQL) is
// created at run time (lib/search/backends/).
// prisma.config.ts lists these names as external tables so migrations neither
// report them as drift nor touch them.

/** Bump the version when folding or the column set changes: a new table is built from the articles. */
export const SEARCH_TABLE = "article_search_v1";

/** The table, and the shadow tables SQLite keeps for it (absent on PostgreSQL, harmless to list). */
export const searchTables = [
  SEARCH_TABLE,
  ...["data", "idx", "content", "docsize", "config"].map((s) => `${SEARCH_TABLE}_${s}`),
];
