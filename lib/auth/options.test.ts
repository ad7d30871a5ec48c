import { afterEach, describe, expect, it, vi } from "vitest";

// Only the configuration is read here; the database is never reached.
vi.mock("@/lib/db/client", () => ({ db: {} }));

async function loadOptions(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return (await import("./options")).authOptions;
}

describe("session cookie", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is Secure when the site is served over HTTPS", async () => {
    expect((await loadOptions({ SITE_URL: "https://sahifa.example", NEXTAUTH_URL: "" })).useSecureCookies).toBe(true);
    expect((await loadOptions({ SITE_URL: "", NEXTAUTH_URL: "https://sahifa.example" })).useSecureCookies).toBe(true);
  });

  it("is not Secure on a plain-HTTP development or test address, where it could not be sent back", async () => {
    expect(
      (await loadOptions({ SITE_URL: "http://127.0.0.1:3000", NEXTAUTH_URL: "http://127.0.0.1:3000" }))
        .useSecureCookies,
    ).toBe(false);
  });
});
