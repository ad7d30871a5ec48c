import { describe, expect, it } from "vitest";
import { buildThread } from "./thread";
import type { PublicComment } from "./types";

const c = (id: number, parentId: number | null): PublicComment => ({
  id,
  parentId,
  authorName: `n${id}`,
  authorUrl: null,
  content: `c${id}`,
  createdAt: new Date(2020, 0, id).toISOString(),
  byStaff: false,
});

describe("buildThread", () => {
  it("nests replies under parents, oldest first", () => {
    const roots = buildThread([c(1, null), c(2, 1), c(3, null), c(4, 2)]);
    expect(roots.map((r) => r.id)).toEqual([1, 3]);
    expect(roots[0]!.children[0]!.id).toBe(2);
    expect(roots[0]!.children[0]!.children[0]!.id).toBe(4);
    expect(roots[0]!.children[0]!.children[0]!.depth).toBe(3);
  });
  it("caps nesting at five levels", () => {
    const chain = [c(1, null), c(2, 1), c(3, 2), c(4, 3), c(5, 4), c(6, 5), c(7, 6)];
    const roots = buildThread(chain);
    let node = roots[0]!;
    const depths = [node.depth];
    while (node.children.length) {
      node = node.children[0]!;
      depths.push(node.depth);
    }
    expect(depths).toEqual([1, 2, 3, 4, 5]);
    // 6 and 7 sit beside 5 at the fifth level.
    const level4 = roots[0]!.children[0]!.children[0]!.children[0]!;
    expect(level4.children.map((n) => [n.id, n.depth])).toEqual([
      [5, 5],
      [6, 5],
      [7, 5],
    ]);
  });
  it("shows orphans (parent not approved) at the top level", () => {
    expect(buildThread([c(2, 99)]).map((r) => [r.id, r.depth])).toEqual([[2, 1]]);
  });
});
