// The command line of `npm run bench` (scripts/bench/run.ts), read and checked before anything runs.
import { parseArgs } from "node:util";

export type BenchOptions = {
  articles: number;
  comments: number;
  duration: number;
  connections: number[];
  compare?: string;
  noScale: boolean;
  rounds: number;
  port: number;
  only?: "views" | "scale";
  database: "sqlite" | "postgres";
  /** The PostgreSQL server (`--pg`, else PG_TEST_URL); each dataset is a database of its own on it. */
  pg?: string;
};

const count = (name: string, value: string, min = 0) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name}: a whole number ≥ ${min}, not "${value}"`);
  return n;
};

const seconds = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--duration: seconds > 0, not "${value}"`);
  return n;
};

export function benchOptions(argv: string[], env: Record<string, string | undefined> = process.env): BenchOptions {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "10000" },
      comments: { type: "string" },
      duration: { type: "string", default: "5" },
      connections: { type: "string", default: "1,16,64" },
      compare: { type: "string" },
      "no-scale": { type: "boolean", default: false },
      rounds: { type: "string", default: "5" },
      port: { type: "string", default: "3260" },
      only: { type: "string" },
      database: { type: "string", default: "sqlite" },
      pg: { type: "string" },
    },
  });
  const articles = count("articles", args.articles, 1);
  const database = args.database;
  if (database !== "sqlite" && database !== "postgres")
    throw new Error(`--database: sqlite (the default) or postgres, not "${database}"`);
  const only = args.only;
  if (only !== undefined && only !== "views" && only !== "scale")
    throw new Error(`--only: views or scale, not "${only}"`);
  if (only === "scale" && database === "sqlite")
    throw new Error("--only scale is the PostgreSQL run (--database postgres); the SQLite run probes scale anyway");
  if (database === "postgres" && only === "views")
    throw new Error("--database postgres runs the scale probe only (--only scale)");
  const pg = args.pg ?? (env.PG_TEST_URL || undefined);
  if (database === "postgres" && !pg) throw new Error("--database postgres needs --pg <postgresql://…> or PG_TEST_URL");
  if (pg !== undefined && !/^postgres(ql)?:\/\/[^/]+/.test(pg))
    throw new Error(`--pg: a postgresql:// server URL, not "${pg}"`);
  return {
    articles,
    comments: args.comments === undefined ? articles * 10 : count("comments", args.comments),
    duration: seconds(args.duration),
    connections: args.connections.split(",").map((c) => count("connections", c, 1)),
    compare: args.compare,
    noScale: args["no-scale"],
    rounds: Math.max(1, count("rounds", args.rounds)),
    port: count("port", args.port, 1),
    only: database === "postgres" ? "scale" : only,
    database,
    pg: database === "postgres" ? pg : undefined,
  };
}
