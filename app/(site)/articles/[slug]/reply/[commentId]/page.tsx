import { articleRoute } from "@/app/(site)/_routes/article-route";

export const revalidate = 3600;
export const generateStaticParams = articleRoute.generateStaticParams;
export const generateMetadata = articleRoute.generateMetadata;
export default articleRoute.Page;
