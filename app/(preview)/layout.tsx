import type { Metadata } from "next";
import { SiteChrome } from "@/components/layout/site-chrome";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Staff previews under /admin, drawn in the public site's own layout (header, navigation,
 * footer) rather than the dashboard's, so the article looks as readers will see it.
 */
export default async function PreviewLayout({ children }: { children: React.ReactNode }) {
  await requireStaff();
  return <SiteChrome>{children}</SiteChrome>;
}
