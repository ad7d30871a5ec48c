import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("gives the documented defaults for an empty environment", () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe("file:./data/sahifa.db");
    expect(c.port).toBe(3000);
    expect(c.siteUrl).toBe("http://localhost:3000");
    expect(c.siteTimezone).toBe("Africa/Casablanca");
    expect(c.scheduler).toEqual({ enabled: true, intervalMs: 20_000 });
    expect(c.sitemapChunkSize).toBe(50_000);
    expect(c.mediaDir).toBe("uploads");
    expect(c.clientIpHeader).toBeUndefined();
    expect(c.authSecret).toBeUndefined();
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", SITE_URL: "", SITE_TIMEZONE: "" })).toMatchObject({
      port: 3000,
      siteUrl: "http://localhost:3000",
      siteTimezone: "Africa/Casablanca",
    });
  });

  it("reads and normalizes the values it is given", () => {
    const c = loadConfig({
      PORT: "3280",
      SITE_URL: "https://sahifa.example/",
      NEXTAUTH_SECRET: "legacy",
      CLIENT_IP_HEADER: " X-Real-IP ",
      ADMIN_EMAIL: "Editor@Example.COM",
      SCHEDULER: "off",
      SCHEDULER_INTERVAL_MS: "2000",
      SITEMAP_CHUNK_SIZE: "20",
      DATABASE_URL: "postgresql://app@127.0.0.1:5432/sahifa",
      DATABASE_REPLICA_URL: "postgresql://r1/sahifa,postgresql://r2/sahifa",
      DATABASE_POOL_SIZE: "5",
    });
    expect(c).toMatchObject({
      port: 3280,
      siteUrl: "https://sahifa.example",
      authSecret: "legacy",
      clientIpHeader: "x-real-ip",
      admin: { email: "editor@example.com" },
      scheduler: { enabled: false, intervalMs: 2000 },
      sitemapChunkSize: 20,
      databaseReplicaUrls: ["postgresql://r1/sahifa", "postgresql://r2/sahifa"],
      databasePoolSize: 5,
    });
    expect(loadConfig({ AUTH_SECRET: "new", NEXTAUTH_SECRET: "old" }).authSecret).toBe("new");
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["SITE_URL", "sahifa.example"],
    ["SITE_TIMEZONE", "Mars/Olympus"],
    ["SCHEDULER_INTERVAL_MS", "10"],
    ["SCHEDULER", "sometimes"],
    ["SITEMAP_CHUNK_SIZE", "0"],
    ["DATABASE_URL", "mysql://db/sahifa"],
    ["DATABASE_POOL_SIZE", "-1"],
    ["CLIENT_IP_HEADER", "x real ip"],
    ["ADMIN_EMAIL", "not-an-address"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration[\\s\\S]*\\n  ${name}: `));
  });

  it("refuses replicas without a PostgreSQL primary", () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URL: "postgresql://r1/sahifa" })).toThrow(
      /DATABASE_REPLICA_URL: needs a PostgreSQL DATABASE_URL/,
    );
  });

  it("names every wrong variable at once and never prints a secret", () => {
    let message = "";
    try {
      loadConfig({ PORT: "x", SITE_TIMEZONE: "Nowhere", DATABASE_URL: "mysql://user:hunter2@db/x" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT: .*\(got "x"\)/);
    expect(message).toMatch(/SITE_TIMEZONE: .*\(got "Nowhere"\)/);
    expect(message).toMatch(/DATABASE_URL: /);
    expect(message).not.toContain("hunter2");
  });
});
