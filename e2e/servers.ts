// Extra production servers a test starts itself (scripts/serve.mjs, as the
// site runs), beside the suite's own: each on its own port, database and copy
// of the build, so killing one or changing its settings touches nothing else.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { E2E_PORT, e2eSqliteFile } from "./database";

const run = promisify(execFile);
export const SUITE_PORT = E2E_PORT;
const SUITE_DIST = SUITE_PORT === 3100 ? ".next-e2e" : `.next-e2e-${SUITE_PORT}`;
// SQLite only: these servers exist to test the embedded database's own guarantees.
const SUITE_DB = e2eSqliteFile();
const SECRET = "e2e-secret-not-for-production";

/** A copy of the suite's build without what it cached at run time (those pages describe the suite's database). */
function ownBuild(name: string): string {
  const dist = `${SUITE_DIST}-${name}`;
  rmSync(dist, { recursive: true, force: true });
  const skip = new Set([path.join(SUITE_DIST, "cache"), path.join(SUITE_DIST, "server", "route-cache")]);
  cpSync(SUITE_DIST, dist, { recursive: true, filter: (src) => !skip.has(path.normalize(src)) });
  return dist;
}

/** Runs one of the project's npm scripts (db:backup, db:restore) against a database file. */
export async function npmScript(script: string, args: string[], db: string) {
  const { stdout } = await run("npm", ["run", "-s", script, "--", ...args], {
    env: { ...process.env, DATABASE_URL: `file:./${db}` },
  });
  return stdout;
}

/** A fresh database for an extra server: an online backup of the suite's, restored under a new name. */
export async function databaseCopy(name: string): Promise<string> {
  const db = `data/e2e-${SUITE_PORT}-${name}.db`;
  const backup = `data/e2e-${SUITE_PORT}-${name}.backup.db`;
  for (const f of [db, `${db}-wal`, `${db}-shm`, backup]) rmSync(f, { force: true });
  await npmScript("db:backup", [backup], SUITE_DB);
  await npmScript("db:restore", [backup], db);
  rmSync(backup, { force: true });
  return db;
}

export type Server = {
  url: string;
  port: number;
  db: string;
  dist: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Starts scripts/serve.mjs on `port` with the suite's settings, except those
 * in `env` (an undefined value removes the setting). Resolves once it answers.
 */
export async function startServer(opts: {
  name: string;
  port: number;
  db: string;
  env?: Record<string, string | undefined>;
  dist?: string;
}): Promise<Server> {
  const dist = opts.dist && existsSync(opts.dist) ? opts.dist : ownBuild(opts.name);
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(opts.port),
    DATABASE_URL: `file:./${opts.db}`,
    NEXT_DIST_DIR: dist,
    SITE_URL: `http://127.0.0.1:${opts.port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${opts.port}`,
    AUTH_SECRET: SECRET,
    NEXTAUTH_SECRET: SECRET,
    MEDIA_DIR: `data/e2e-media-${opts.port}`,
    SCHEDULER_INTERVAL_MS: "2000",
    CLIENT_IP_HEADER: undefined,
    ...opts.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  // Its own process group, so a kill reaches anything it started.
  const child = spawn("node", ["scripts/serve.mjs"], {
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log = (log + d).slice(-4000)));
  child.stderr!.on("data", (d) => (log = (log + d).slice(-4000)));
  const url = `http://127.0.0.1:${opts.port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server ${opts.name} exited: ${log}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop("SIGKILL");
      throw new Error(`server ${opts.name} did not answer within 120 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port: opts.port, db: opts.db, dist, process: child, output: () => log, stop };
}

/** Removes what startServer and databaseCopy left behind. */
export function cleanUp(name: string) {
  rmSync(`${SUITE_DIST}-${name}`, { recursive: true, force: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/e2e-${SUITE_PORT}-${name}.db${suffix}`, { force: true });
}
