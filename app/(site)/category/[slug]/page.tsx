import { listingRoute } from "@/app/(site)/_routes/listing-route";

const route = listingRoute("category");
export const revalidate = 3600;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
