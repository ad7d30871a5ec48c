import { describe, expect, it } from "vitest";
import { countLinks, decideStatus, normalizeForDuplicate } from "./rules";

describe("countLinks", () => {
  it("counts http, https and www links", () => {
    expect(countLinks("see https://a.ma and http://b.ma/x and www.c.ma")).toBe(3);
  });
  it("finds none in plain Arabic text", () => {
    expect(countLinks("مقال رائع، شكراً للكاتب")).toBe(0);
  });
});

describe("decideStatus", () => {
  it("holds a first-time commenter", () => {
    expect(decideStatus({ content: "شكراً", approvedBefore: false })).toBe("PENDING");
  });
  it("publishes someone already approved", () => {
    expect(decideStatus({ content: "شكراً", approvedBefore: true })).toBe("APPROVED");
  });
  it("holds more than two links even from an approved commenter", () => {
    expect(decideStatus({ content: "http://a.ma http://b.ma", approvedBefore: true })).toBe("APPROVED");
    expect(decideStatus({ content: "http://a.ma http://b.ma http://c.ma", approvedBefore: true })).toBe("PENDING");
  });
  it("never publishes a staff member's address without their session, whatever came before", () => {
    expect(decideStatus({ content: "شكراً", approvedBefore: true, poster: "staff-address" })).toBe("PENDING");
    expect(decideStatus({ content: "شكراً", approvedBefore: true, poster: "staff" })).toBe("APPROVED");
    expect(decideStatus({ content: "شكراً", approvedBefore: false, poster: "staff" })).toBe("PENDING");
  });
  it("publishes a signed-in moderator writing under their own address", () => {
    expect(
      decideStatus({ content: "http://a.ma http://b.ma http://c.ma", approvedBefore: false, poster: "moderator" }),
    ).toBe("APPROVED");
  });
});

describe("normalizeForDuplicate", () => {
  it("ignores runs of whitespace", () => {
    expect(normalizeForDuplicate("  نص \n\n مكرر ")).toBe("نص مكرر");
  });
});
