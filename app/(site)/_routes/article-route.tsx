import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadArticlePage } from "@/lib/articles/article-page";
import { articleJsonLd, articleMetadata } from "@/lib/articles/metadata";
import { heldCommentsOfThisBrowser } from "@/lib/comments/held";
import { JsonLd } from "@/components/seo/json-ld";
import { ArticleView } from "@/components/articles/article-view";

type Params = { slug: string; commentId?: string };

/** The article route, shared by `/articles/<slug>` and its `?replytocom=` variant. */
export const articleRoute = {
  // No article is rendered at build time: each is rendered on its first visit, then cached.
  generateStaticParams: async (): Promise<Params[]> => [],

  async generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
    const { slug, commentId } = await params;
    const page = await loadArticlePage(slug, commentId);
    if (!page) return {};
    const meta = articleMetadata(page.article);
    return commentId ? { ...meta, robots: { index: false, follow: true } } : meta;
  },

  async Page({ params }: { params: Promise<Params> }) {
    const { slug, commentId } = await params;
    const page = await loadArticlePage(slug, commentId);
    if (!page) notFound();
    return (
      <>
        <JsonLd data={articleJsonLd(page.article)} />
        <ArticleView {...page} />
      </>
    );
  },
};

/**
 * `/articles/<slug>?unapproved=<id>` (next.config.js maps it here), where a held
 * comment's author lands after sending it: the article rendered for this
 * request only, with the browser's own comments that wait for moderation in
 * their places. A fresh visitor of the same URL sees the ordinary page.
 */
export const heldArticleRoute = {
  async generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
    const meta = await articleRoute.generateMetadata({ params });
    return { ...meta, robots: { index: false, follow: true } };
  },

  async Page({ params }: { params: Promise<Params> }) {
    const { slug } = await params;
    const page = await loadArticlePage(slug);
    if (!page) notFound();
    const held = await heldCommentsOfThisBrowser(page.article.id);
    return (
      <>
        <JsonLd data={articleJsonLd(page.article)} />
        <ArticleView {...page} held={held} />
      </>
    );
  },
};
