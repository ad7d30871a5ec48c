// scripts/up.sh reads .env through scripts/load-env.sh: run with the real shell.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "sahifa-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = [
  "ADMIN_EMAIL",
  "DATABASE_URL",
  "AUTH_SECRET",
  "INTERNAL_SECRET",
  "QUOTED",
  "SINGLE",
  "COMMENTED",
  "EMPTY",
];

/** Sources the loader in `sh` with the given environment and .env text; returns what the variables end up as. */
function load(envFile: string, env: Record<string, string>): Record<string, string | undefined> {
  const file = path.join(dir, `env-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, envFile);
  const script = `. scripts/load-env.sh; load_env '${file}'; ${NAMES.map((n) => `printf '%s=%s\\n' ${n} "\${${n}-<unset>}"`).join("; ")}`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !NAMES.includes(k)));
  const out = execFileSync("sh", ["-c", script], { env: { ...clean, ...env } as NodeJS.ProcessEnv, encoding: "utf8" });
  return Object.fromEntries(
    out
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])
      .map(([k, v]) => [k, v === "<unset>" ? undefined : v]),
  );
}

const DOTENV = [
  "# written by up.sh",
  "DATABASE_URL=file:./data/sahifa.db",
  "ADMIN_EMAIL=admin@sahifa.local",
  "export AUTH_SECRET=from-dotenv",
  'QUOTED="two words # not a comment"',
  "SINGLE='it''s'",
  "COMMENTED=value # a comment",
  "EMPTY=",
  "not a line",
  "1BAD=x",
  "",
].join("\r\n");

describe("scripts/up.sh: .env never overrides the environment", () => {
  it("the environment wins: ADMIN_EMAIL and a PostgreSQL DATABASE_URL given on the command line are kept", () => {
    const vars = load(DOTENV, {
      ADMIN_EMAIL: "me@example.com",
      DATABASE_URL: "postgresql://app@127.0.0.1:5432/sahifa",
      EMPTY: "set-outside",
    });
    expect(vars.ADMIN_EMAIL).toBe("me@example.com");
    expect(vars.DATABASE_URL).toBe("postgresql://app@127.0.0.1:5432/sahifa");
    expect(vars.EMPTY).toBe("set-outside");
  });

  it("an empty value in the environment counts as unset (as lib/config.ts reads it): .env fills it", () => {
    expect(load(DOTENV, { ADMIN_EMAIL: "" }).ADMIN_EMAIL).toBe("admin@sahifa.local");
  });

  it("fills in what the environment does not set, reading quotes, `export` and comments as dotenv does", () => {
    const vars = load(DOTENV, {});
    expect(vars).toMatchObject({
      DATABASE_URL: "file:./data/sahifa.db",
      ADMIN_EMAIL: "admin@sahifa.local",
      AUTH_SECRET: "from-dotenv",
      QUOTED: "two words # not a comment",
      SINGLE: "it''s",
      COMMENTED: "value",
      EMPTY: "",
    });
  });

  it("ensure_secret adds a random secret once, and never when the environment or the file has one", () => {
    const file = path.join(dir, "secrets.env");
    writeFileSync(file, "AUTH_SECRET=kept\n");
    const run = (env: Record<string, string> = {}) =>
      execFileSync(
        "sh",
        ["-c", `. scripts/load-env.sh; ensure_secret AUTH_SECRET '${file}'; ensure_secret INTERNAL_SECRET '${file}'`],
        { env: { ...process.env, INTERNAL_SECRET: undefined, AUTH_SECRET: undefined, ...env }, encoding: "utf8" },
      );
    run();
    const first = readFileSync(file, "utf8");
    expect(first).toMatch(/^AUTH_SECRET=kept\nINTERNAL_SECRET=[A-Za-z0-9_-]{43}\n$/);
    run();
    expect(readFileSync(file, "utf8")).toBe(first);
    writeFileSync(file, "");
    run({ INTERNAL_SECRET: "from-environment" });
    expect(readFileSync(file, "utf8")).toMatch(/^AUTH_SECRET=[A-Za-z0-9_-]{43}\n$/);
  });

  it("up.sh loads .env only through load_env (no `. ./.env`, which let the file win)", () => {
    const up = readFileSync("scripts/up.sh", "utf8");
    expect(up).toContain(". scripts/load-env.sh");
    expect(up).toMatch(/^load_env \.env$/m);
    expect(up).not.toMatch(/^\s*(\.|source)\s+\.?\/?\.env\b/m);
  });
});
