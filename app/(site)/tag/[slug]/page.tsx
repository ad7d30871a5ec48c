import { listingRoute } from "@/components/articles/listing-route";

const route = listingRoute("tag");
export const revalidate = 3600;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
