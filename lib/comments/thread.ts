import type { CommentNode, PublicComment } from "./types";

export const MAX_DEPTH = 5;

/**
 * Nests comments (given oldest first) under their parents. Like WordPress,
 * replies past the maximum depth are shown at the deepest level rather than
 * hidden, and a reply whose parent is not visible becomes top-level.
 */
export function buildThread(comments: PublicComment[], maxDepth = MAX_DEPTH): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  const roots: CommentNode[] = [];
  for (const c of comments) nodes.set(c.id, { ...c, depth: 1, children: [] });
  for (const c of comments) {
    const node = nodes.get(c.id)!;
    let parent = c.parentId !== null ? nodes.get(c.parentId) : undefined;
    if (!parent) {
      roots.push(node);
      continue;
    }
    // Climb until the parent sits above the maximum depth.
    while (parent.depth >= maxDepth && parent.parentId !== null && nodes.has(parent.parentId)) {
      parent = nodes.get(parent.parentId)!;
    }
    node.depth = parent.depth + 1;
    parent.children.push(node);
  }
  return roots;
}
