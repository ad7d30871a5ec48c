import { heldArticleRoute } from "@/app/(site)/_routes/article-route";

// Per request, never cached: it shows this browser its own comments awaiting moderation.
export const dynamic = "force-dynamic";
export const generateMetadata = heldArticleRoute.generateMetadata;
export default heldArticleRoute.Page;
