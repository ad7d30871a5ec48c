import { describe, expect, it } from "vitest";
import { commenterCookieValue, newCommenterId, verifyCommenterCookie } from "./commenter-cookie";

const SECRET = "test-secret";

describe("the signed commenter cookie", () => {
  it("gives back the id it was made with, under the same secret only", () => {
    const id = newCommenterId();
    const value = commenterCookieValue(id, SECRET);
    expect(verifyCommenterCookie(value, SECRET)).toBe(id);
    expect(verifyCommenterCookie(value, "another-secret")).toBeNull();
    expect(verifyCommenterCookie(value, undefined)).toBeNull();
  });

  it("makes a fresh random id each time", () => {
    const ids = new Set(Array.from({ length: 100 }, newCommenterId));
    expect(ids.size).toBe(100);
  });

  it("refuses altered, borrowed and malformed values", () => {
    const id = newCommenterId();
    const value = commenterCookieValue(id, SECRET);
    const [, signature] = value.split(".");
    const other = newCommenterId();
    const flipped = signature!.slice(0, -1) + (signature!.endsWith("A") ? "B" : "A");
    for (const bad of [
      `${other}.${signature}`, // someone else's id under this signature
      `${id}.${flipped}`,
      `${id}.`,
      id,
      `${value}.x`,
      "",
      "a".repeat(500),
      `${id}.${signature}`.replace(/./, "%"),
    ])
      expect(verifyCommenterCookie(bad, SECRET), bad).toBeNull();
    expect(verifyCommenterCookie(undefined, SECRET)).toBeNull();
  });
});
