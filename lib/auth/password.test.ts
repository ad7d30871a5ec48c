import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id at OWASP's minimum cost (19 MiB, 2 passes)", async () => {
    const stored = await hashPassword("كلمة سر طويلة");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("كلمة سر طويلة", stored)).toEqual({ ok: true, rehash: false });
    expect(await verifyPassword("كلمة سر طويله", stored)).toEqual({ ok: false, rehash: false });
  });

  it("every character counts: 100 Arabic letters that differ only in the last one are different passwords", async () => {
    const base = "س".repeat(99);
    const a = `${base}ب`;
    const b = `${base}ت`;
    expect(Buffer.byteLength(a)).toBe(200); // far past bcrypt's 72 bytes
    // What bcrypt did: the two passwords are one.
    expect(await bcrypt.compare(b, await bcrypt.hash(a, 4))).toBe(true);
    const stored = await hashPassword(a);
    expect((await verifyPassword(a, stored)).ok).toBe(true);
    expect((await verifyPassword(b, stored)).ok).toBe(false);
  });

  it("accepts a bcrypt hash from before the move, and asks for it to be replaced", async () => {
    const stored = await bcrypt.hash("sahifa-admin", 4);
    expect(await verifyPassword("sahifa-admin", stored)).toEqual({ ok: true, rehash: true });
    expect(await verifyPassword("sahifa-admin!", stored)).toEqual({ ok: false, rehash: false });
  });

  it("refuses what is no known hash (empty, plain text, another scheme), without throwing", async () => {
    for (const stored of ["", "sahifa-admin", "$argon2i$v=19$m=16,t=2,p=1$abc$def", "$argon2id$broken", "$1$abc"]) {
      expect(await verifyPassword("sahifa-admin", stored)).toEqual({ ok: false, rehash: false });
    }
  });
});
