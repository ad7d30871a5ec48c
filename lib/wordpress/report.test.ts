import { describe, expect, it } from "vitest";
import type { ImportReport } from "./import";
import { importSummary } from "./report";

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  posts: 3,
  articles: { created: 2, updated: 1, unchanged: 0 },
  pages: { created: 1, updated: 0, unchanged: 0 },
  comments: { created: 5, updated: 0, unchanged: 1 },
  authors: 1,
  categories: 2,
  tags: 3,
  staff: { created: 0, linked: 0, unchanged: 0 },
  skipped: [],
  ...over,
});

describe("the import summary", () => {
  it("gives the counts, and no staff or skipped lines when there are none", () => {
    expect(importSummary(report())).toBe(
      "Articles: 2 new, 1 updated, 0 unchanged\nPages: 1 new, 0 updated, 0 unchanged\nComments: 5 new, 0 updated, 1 unchanged\nNew authors: 1, new categories: 2, new tags: 3",
    );
  });

  it("lists every skipped item under its reason, authors by login, long lists cut at 20", () => {
    const trash = Array.from({ length: 25 }, (_, i) => ({
      kind: "post" as const,
      wpId: i + 1,
      reason: 'status "trash" is not imported',
    }));
    const text = importSummary(
      report({
        staff: { created: 2, linked: 1, unchanged: 0 },
        skipped: [
          ...trash,
          { kind: "comment", wpId: 107, reason: "pingback is not imported" },
          { kind: "author", wpId: "guest", reason: "no e-mail in the export, no staff account" },
        ],
      }),
    );
    expect(text).toContain(
      "Staff accounts: 2 new (switched off: set a password and switch on in /admin/users), 1 linked to existing accounts, 0 unchanged",
    );
    expect(text).toContain("Skipped 27:");
    expect(text).toContain(
      '  post: status "trash" is not imported — 25 (wp ids 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, …)',
    );
    expect(text).toContain("  comment: pingback is not imported — 1 (wp ids 107)");
    expect(text).toContain("  author: no e-mail in the export, no staff account — 1 (logins guest)");
  });
});
