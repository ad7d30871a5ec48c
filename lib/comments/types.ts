/** What the public sees of a comment: no email, no IP, no user agent. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  content: string;
  createdAt: string;
  byStaff: boolean;
};

export type CommentNode = PublicComment & { depth: number; children: CommentNode[] };

export const COMMENT_FIELDS = ["content", "name", "email", "url"] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

export type CommentValues = Record<CommentField, string> & { parentId: string; remember: boolean };

export type CommentFormState = {
  status: "idle" | "invalid" | "rejected" | "held" | "published";
  values: CommentValues;
  errors: Partial<Record<CommentField | "form", string>>;
  /** Bumped on success so the form can clear its text. */
  nonce: number;
};

export const emptyCommentState: CommentFormState = {
  status: "idle",
  values: { content: "", name: "", email: "", url: "", parentId: "", remember: false },
  errors: {},
  nonce: 0,
};
