import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadArticlePage } from "@/lib/articles/article-page";
import { articleJsonLd, articleMetadata } from "@/lib/articles/metadata";
import { heldCommentsOfThisBrowser } from "@/lib/comments/held";
import { ArticleView } from "@/components/articles/article-view";
import { MostReadBox } from "@/components/frontpage/most-read";
import { JsonLd } from "@/components/seo/json-ld";
import { BEACON_PATH } from "@/lib/views/beacon.mjs";
import { getMostRead } from "@/lib/views/queries";

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
    // Asked together: on PostgreSQL each query is a round trip, and a first render waits for both.
    const [page, mostRead] = await Promise.all([loadArticlePage(slug, commentId), getMostRead()]);
    if (!page) notFound();
    return (
      <>
        <JsonLd data={articleJsonLd(page.article)} />
        <div className="gap-10 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem]">
          <ArticleView {...page} />
          {mostRead.week.length > 0 && (
            <aside className="mt-10 lg:mt-0 print:hidden">
              <MostReadBox mostRead={mostRead} />
            </aside>
          )}
        </div>
        {/* The page view, counted even when this page comes from a cache (lib/views/beacon.mjs). */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a counter, not a picture */}
        <img
          src={`${BEACON_PATH}?a=${page.article.id}`}
          alt=""
          width={1}
          height={1}
          hidden
          referrerPolicy="no-referrer"
          fetchPriority="low"
        />
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
