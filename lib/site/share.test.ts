import { describe, expect, it } from "vitest";
import { shareLinks } from "./share";

describe("shareLinks", () => {
  const url = "https://sahifa.example/articles/%D8%AE%D8%A8%D8%B1";
  const title = "خبر & عاجل؟ #1";
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.network, new URL(l.href)]));

  it("goes to each network's own share page", () => {
    expect(Object.keys(links)).toEqual(["whatsapp", "facebook", "x", "telegram"]);
    expect(links.whatsapp!.origin).toBe("https://wa.me");
    expect(links.facebook!.origin).toBe("https://www.facebook.com");
    expect(links.x!.origin).toBe("https://x.com");
    expect(links.telegram!.origin).toBe("https://t.me");
  });

  it("carries the address and headline intact, whatever characters they hold", () => {
    expect(links.whatsapp!.searchParams.get("text")).toBe(`${title} ${url}`);
    expect(links.facebook!.searchParams.get("u")).toBe(url);
    expect(links.x!.searchParams.get("url")).toBe(url);
    expect(links.x!.searchParams.get("text")).toBe(title);
    expect(links.telegram!.searchParams.get("url")).toBe(url);
    expect(links.telegram!.searchParams.get("text")).toBe(title);
  });
});
