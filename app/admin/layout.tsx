import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";

// Each page names itself ("المقالات — غرفة التحرير — صحيفة"): tabs and history tell them apart.
export const metadata: Metadata = {
  title: { default: ar.admin.title, template: `%s — ${ar.admin.title} — ${ar.siteName}` },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaff();
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <AdminNav user={user} />
      <main id="main" className="flex-1 p-4 md:p-6">
        {children}
      </main>
    </div>
  );
}
