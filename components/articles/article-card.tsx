import { SiteLink } from "@/components/site-link";
import type { ArticleSummary } from "@/lib/articles/types";
import { paths } from "@/lib/site/paths";
import { ArticleDate } from "./article-date";
import { ArticleImage } from "./article-image";

type Props = {
  article: ArticleSummary;
  size?: "lead" | "normal" | "compact";
  showCategory?: boolean;
  /** The width the picture takes in this card's grid (the `sizes` attribute). */
  sizes?: string;
};

// The page is at most 72rem wide (site-chrome.tsx); the lead takes two of three columns on a wide screen.
const LEAD_SIZES = "(min-width: 1152px) 740px, (min-width: 1024px) 64vw, 100vw";
const CARD_SIZES = "(min-width: 1152px) 560px, (min-width: 768px) 50vw, 100vw";

export function ArticleCard({ article, size = "normal", showCategory = true, sizes }: Props) {
  const Heading = size === "lead" ? "h2" : "h3";
  const { image } = article;
  if (size === "compact" && image)
    return (
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <ArticleCard article={{ ...article, image: null }} size="compact" showCategory={showCategory} />
        </div>
        <ArticleImage
          image={image}
          sizes="96px"
          fallbackWidth={320}
          className="aspect-[4/3] h-auto w-24 shrink-0 rounded bg-gray-100 object-cover"
        />
      </div>
    );
  return (
    // Without a picture a card is text under a rule in the brand colour, never an empty box.
    <article className={`flex flex-col gap-1 ${!image && size === "normal" ? "border-t-4 border-brand pt-2" : ""}`}>
      {image && size !== "compact" && (
        // Out of the tab order: the headline below is the same link.
        <SiteLink href={paths.article(article.slug)} tabIndex={-1} className="mb-2 block">
          <ArticleImage
            image={image}
            sizes={sizes ?? (size === "lead" ? LEAD_SIZES : CARD_SIZES)}
            priority={size === "lead"}
            fallbackWidth={size === "lead" ? 960 : 640}
            className="aspect-video h-auto w-full rounded bg-gray-100 object-cover"
          />
        </SiteLink>
      )}
      {showCategory && (
        // min-h-6: a 24 px touch target, clear of the headline link below (Lighthouse target-size).
        <SiteLink
          href={paths.category(article.category.slug)}
          className="inline-flex min-h-6 items-center self-start text-sm font-bold text-brand hover:underline"
        >
          {article.category.name}
        </SiteLink>
      )}
      {article.kicker && size !== "compact" && <p className="text-sm text-muted">{article.kicker}</p>}
      <Heading
        className={
          size === "lead"
            ? "text-2xl leading-snug font-bold md:text-3xl"
            : size === "compact"
              ? "text-base leading-normal font-bold"
              : "text-lg leading-normal font-bold"
        }
      >
        <SiteLink href={paths.article(article.slug)} className="hover:text-brand">
          {article.headline}
        </SiteLink>
      </Heading>
      {article.excerpt && size !== "compact" && (
        <p className={size === "lead" ? "text-lg text-muted" : "line-clamp-3 text-muted"}>{article.excerpt}</p>
      )}
      <p className="text-sm text-muted">
        <SiteLink href={paths.author(article.author.slug)} className="inline-block min-h-6 hover:underline">
          {article.author.name}
        </SiteLink>
        <span aria-hidden="true"> · </span>
        <ArticleDate iso={article.publishedAt} />
      </p>
    </article>
  );
}
