// The processes the benchmark starts and stops: the site's production server
// (whatever `npm start` runs) and nginx (micro-cache and static baseline).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const repo = process.cwd();

/** Fingerprint of what a production build depends on (as scripts/up.sh does), plus the database it prerenders from. */
function sourcesHash(extra: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string): string[] =>
    !existsSync(dir)
      ? []
      : readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const p = path.join(dir, e.name);
          if (p.startsWith(path.join("lib", "db", "generated"))) return [];
          return e.isDirectory() ? walk(p) : [p];
        });
  for (const file of [
    ...["app", "components", "lib", "prisma", "public"].flatMap(walk).sort(),
    "next.config.js",
    "tsconfig.json",
    "postcss.config.mjs",
    "package-lock.json",
  ]) {
    hash.update(file);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  hash.update(extra);
  return hash.digest("hex");
}

/** `next build` into its own folder, skipped when nothing it depends on changed. */
export function build(distDir: string, env: NodeJS.ProcessEnv): "built" | "up to date" {
  const stamp = path.join(distDir, "sahifa-sources");
  const hash = sourcesHash(`${env.SITE_URL}`);
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash)
    return "up to date";
  try {
    execFileSync("npx", ["next", "build"], { env, stdio: "pipe", maxBuffer: 64 * 2 ** 20 });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${e.stdout ?? ""}${e.stderr ?? ""}`);
    throw new Error("next build failed (output above)");
  }
  writeFileSync(stamp, hash);
  return "built";
}

/** Pages rendered for another dataset must not be served: drop the runtime cache (keep the compiler's). */
export function clearPageCache(distDir: string) {
  rmSync(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}

export type Server = { child: ChildProcess; stop: () => Promise<void> };

function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Server {
  // Own process group: stopping it takes the whole tree (npm → node) and nothing else.
  mkdirSync(path.dirname(log), { recursive: true }); // reports/ is not in a fresh clone
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const out: Buffer[] = [];
  child.stdout!.on("data", (d: Buffer) => out.push(d));
  child.stderr!.on("data", (d: Buffer) => out.push(d));
  child.on("exit", () => writeFileSync(log, Buffer.concat(out)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        resolve();
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000).unref();
    });
  return { child, stop };
}

/** The production server as the README documents it: `npm start`'s command, run directly. */
export function startApp(env: NodeJS.ProcessEnv, log: string): Server {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts
    .start!;
  return startProcess(
    "sh",
    ["-c", `exec ${start}`],
    { ...env, PATH: `${path.join(repo, "node_modules", ".bin")}:${env.PATH}` },
    log,
  );
}

export function startNginx(
  prefix: string,
  ports: { app: number; cache: number; static: number },
  staticHtml: string,
): Server {
  rmSync(prefix, { recursive: true, force: true });
  for (const dir of ["tmp", "cache", "static"]) mkdirSync(path.join(prefix, dir), { recursive: true });
  writeFileSync(path.join(prefix, "static", "article.html"), staticHtml);
  const conf = readFileSync(path.join(repo, "scripts", "bench", "nginx.conf.template"), "utf8")
    .replaceAll("{{prefix}}", prefix)
    .replaceAll("{{repo}}", repo)
    .replaceAll("{{appPort}}", String(ports.app))
    .replaceAll("{{cachePort}}", String(ports.cache))
    .replaceAll("{{staticPort}}", String(ports.static));
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, conf);
  return startProcess("nginx", ["-p", prefix, "-c", file], process.env, path.join(prefix, "nginx.out"));
}

export async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Resident memory of a process tree in bytes, wrappers (sh, npm) left out. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const wrapper = /(^|\/)(sh|bash|npm)$/.test(cmd[0] ?? "") || cmd.some((a) => /(^|\/)npm(-cli\.js)?$/.test(a));
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (!wrapper && rss) total += Number(rss[1]) * 1024;
    } catch {
      // exited meanwhile
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(rootPid);
  return total;
}

export const fileSize = (file: string) => statSync(file).size;
