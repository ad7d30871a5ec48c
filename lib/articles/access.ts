import type { Prisma } from "@/lib/db/generated/client";

/**
 * The only rule for what the public may read. Scheduled articles are flipped
 * to PUBLISHED by the scheduler when their time comes, so the rule needs no
 * clock (and cached queries stay deterministic).
 */
export const publishedArticle = { status: "PUBLISHED" } satisfies Prisma.ArticleWhereInput;
