import { logger } from "@/lib/log/logger";

/**
 * The Prisma error codes a write may meet in normal use, which the site answers in its own words:
 * P2002 a unique index refused the row (a slug or an address taken in the meantime), P2003 a row is still
 * referenced (a category given an article in between), P2025 the row to change is gone. Anything else (a full
 * disk, a locked or unreachable database, a bug) is not expected: it is thrown on, and the staff action
 * wrapper (lib/auth/action.ts) logs it and reports it.
 */
export type ExpectedPrismaCode = "P2002" | "P2003" | "P2025";

/** The `P…` code of a Prisma error, or undefined for anything else. */
export function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/**
 * Runs a write; when it fails with one of the codes given, answers that code's value instead, and throws
 * every other error on.
 *
 *   const saved = await unlessPrisma(db.tag.create(…), { P2002: null }); // null: the slug was taken
 */
export async function unlessPrisma<T, F>(
  write: Promise<T>,
  answers: Partial<Record<ExpectedPrismaCode, F>>,
): Promise<T | F> {
  try {
    return await write;
  } catch (error) {
    const code = prismaCode(error);
    if (code !== undefined && code in answers) {
      logger.debug({ code }, "expected database refusal");
      return answers[code as ExpectedPrismaCode] as F;
    }
    throw error;
  }
}
