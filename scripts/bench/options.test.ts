import { describe, expect, it } from "vitest";
import { benchOptions } from "./options";

const PG = "postgresql://app@127.0.0.1:54329/postgres";

describe("npm run bench's options", () => {
  it("keeps the SQLite run's defaults", () => {
    expect(benchOptions([], {})).toEqual({
      articles: 10_000,
      comments: 100_000,
      duration: 5,
      connections: [1, 16, 64],
      compare: undefined,
      noScale: false,
      rounds: 5,
      port: 3260,
      only: undefined,
      database: "sqlite",
      pg: undefined,
    });
    expect(benchOptions(["--articles", "100000", "--only", "views", "--no-scale"], {})).toMatchObject({
      articles: 100_000,
      comments: 1_000_000,
      only: "views",
      noScale: true,
    });
  });

  it("runs PostgreSQL as the scale probe, on the server --pg or PG_TEST_URL names", () => {
    const opts = benchOptions(["--database", "postgres", "--articles", "1000000", "--comments", "1000000"], {
      PG_TEST_URL: PG,
    });
    expect(opts).toMatchObject({
      database: "postgres",
      only: "scale",
      pg: PG,
      articles: 1_000_000,
      comments: 1_000_000,
    });
    const other = "postgres://bench@db.example:5432/postgres";
    expect(benchOptions(["--database", "postgres", "--pg", other], { PG_TEST_URL: PG }).pg).toBe(other);
    expect(benchOptions(["--database", "postgres", "--only", "scale", "--pg", PG], {}).only).toBe("scale");
  });

  it("refuses what it cannot run, with the option's name", () => {
    const bad: [string[], RegExp][] = [
      [["--database", "postgres"], /needs --pg/],
      [["--database", "mysql"], /--database/],
      [["--database", "postgres", "--pg", PG, "--only", "views"], /scale probe only/],
      [["--only", "scale"], /PostgreSQL run/],
      [["--only", "everything"], /--only/],
      [["--database", "postgres", "--pg", "file:x.db"], /--pg/],
      [["--articles", "0"], /--articles/],
      [["--articles", "1e3x"], /--articles/],
      [["--comments", "-5"], /--comments/],
      [["--connections", "1,,64"], /--connections/],
      [["--duration", "0"], /--duration/],
      [["--port", "abc"], /--port/],
    ];
    for (const [argv, message] of bad) expect(() => benchOptions(argv, {}), argv.join(" ")).toThrow(message);
  });
});
