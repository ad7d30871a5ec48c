import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { siteUrl } from "@/lib/site/config";

export const metadata: Metadata = { title: ar.admin.login.title, robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only same-site paths are followed after signing in (no open redirect).
  const callbackUrl = safeCallbackPath(params.callbackUrl, siteUrl());
  if (await currentStaff()) redirect(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center bg-gray-100 p-4">
      <div className="w-full max-w-sm rounded bg-white p-6 shadow">
        <p className="text-center text-3xl font-bold text-brand">{ar.siteName}</p>
        <h1 className="mt-2 mb-6 text-center text-lg">{ar.admin.login.title}</h1>
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
