// Public URLs, built in one place. Slugs may be Arabic: they are percent-encoded
// here so hrefs, canonicals and feeds all agree.
const enc = encodeURIComponent;
const paged = (base: string, page = 1) => (page > 1 ? `${base}?page=${page}` : base);

export const paths = {
  home: () => "/",
  article: (slug: string) => `/articles/${enc(slug)}`,
  replyTo: (slug: string, commentId: number) => `/articles/${enc(slug)}?replytocom=${commentId}#respond`,
  /** Where a comment lands after sending: in place, and a held one shown to its author (WordPress's `unapproved`). */
  comment: (slug: string, commentId: number, held: boolean) =>
    `/articles/${enc(slug)}${held ? `?unapproved=${commentId}` : ""}#comment-${commentId}`,
  category: (slug: string, page?: number) => paged(`/category/${enc(slug)}`, page),
  author: (slug: string, page?: number) => paged(`/author/${enc(slug)}`, page),
  tag: (slug: string, page?: number) => paged(`/tag/${enc(slug)}`, page),
  /** One of the paper's own pages (about, contact…), at the top level. */
  page: (slug: string) => `/${enc(slug)}`,
  search: (q?: string) => (q ? `/search?q=${enc(q)}` : "/search"),
};
