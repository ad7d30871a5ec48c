import { afterEach, describe, expect, it } from "vitest";
import { reloadConfig } from "@/lib/config";
import { CLIENT_ADDRESS_HEADER, clientIpFrom } from "./client-ip";

const from = (headers: Record<string, string>) => clientIpFrom((name) => headers[name]);

describe("clientIpFrom", () => {
  afterEach(() => {
    delete process.env.CLIENT_IP_HEADER;
    reloadConfig();
  });

  it("reads the connection's address and ignores forwarded headers by default", () => {
    expect(
      from({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "10.0.0.1", "x-real-ip": "10.0.0.2" }),
    ).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "10.0.0.1" })).toBeNull();
  });

  it("reads the header a trusted proxy sets when CLIENT_IP_HEADER names it", () => {
    process.env.CLIENT_IP_HEADER = "X-Real-IP";
    reloadConfig();
    expect(from({ [CLIENT_ADDRESS_HEADER]: "127.0.0.1", "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    process.env.CLIENT_IP_HEADER = "x-forwarded-for";
    reloadConfig();
    expect(from({ "x-forwarded-for": " 198.51.100.9 , 10.0.0.1" })).toBe("198.51.100.9");
  });
});
