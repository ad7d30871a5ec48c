import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
// Memory-hard, and it reads the whole password: bcrypt stops at 72 bytes (36 Arabic letters).
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const isArgon2id = (stored: string) => stored.startsWith("$argon2id$");
const isBcrypt = (stored: string) => /^\$2[aby]\$\d\d\$/.test(stored);

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/**
 * Checks a password against a stored hash: argon2id, or bcrypt from before
 * the move. `rehash` is true when it matched a bcrypt hash, which the caller
 * then replaces with an argon2id one (the password is known only now).
 */
export async function verifyPassword(password: string, stored: string): Promise<{ ok: boolean; rehash: boolean }> {
  if (isArgon2id(stored)) return { ok: await verify(stored, password).catch(() => false), rehash: false };
  if (isBcrypt(stored)) {
    const ok = await bcrypt.compare(password, stored);
    return { ok, rehash: ok };
  }
  return { ok: false, rehash: false };
}
