import { afterEach, describe, expect, it } from "vitest";
import { reloadConfig } from "@/lib/config";
import { internalSecret, isInternalRequest } from "./internal";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  reloadConfig();
});

const call = (token: string) =>
  new Request("http://127.0.0.1/api/revalidate", { method: "POST", headers: { authorization: `Bearer ${token}` } });

describe("internal endpoints' secret", () => {
  it("is INTERNAL_SECRET; the session-signing AUTH_SECRET is refused", () => {
    process.env.AUTH_SECRET = "session-signing-key";
    process.env.INTERNAL_SECRET = "internal-only-key";
    reloadConfig();
    expect(isInternalRequest(call("internal-only-key"))).toBe(true);
    expect(isInternalRequest(call("session-signing-key"))).toBe(false);
    expect(isInternalRequest(call("internal-only-ke"))).toBe(false);
    expect(isInternalRequest(new Request("http://127.0.0.1/api/revalidate"))).toBe(false);
  });

  it("without INTERNAL_SECRET, is derived one way from AUTH_SECRET and is never AUTH_SECRET itself", () => {
    delete process.env.INTERNAL_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    process.env.AUTH_SECRET = "session-signing-key";
    reloadConfig();
    const derived = internalSecret()!;
    expect(derived).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(derived).not.toContain("session-signing-key");
    expect(isInternalRequest(call(derived))).toBe(true);
    expect(isInternalRequest(call("session-signing-key"))).toBe(false);
    // Instances sharing AUTH_SECRET agree; another AUTH_SECRET gives another token.
    expect(internalSecret()).toBe(derived);
    process.env.AUTH_SECRET = "another-key";
    reloadConfig();
    expect(internalSecret()).not.toBe(derived);
  });

  it("refuses everything when no secret is configured", () => {
    for (const k of ["INTERNAL_SECRET", "AUTH_SECRET", "NEXTAUTH_SECRET"]) delete process.env[k];
    reloadConfig();
    expect(internalSecret()).toBeUndefined();
    expect(isInternalRequest(call(""))).toBe(false);
    expect(isInternalRequest(call("undefined"))).toBe(false);
  });
});
