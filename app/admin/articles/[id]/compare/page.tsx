import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionCompare } from "@/components/admin/revision-compare";
import { loadComparison } from "@/lib/articles/compare-page";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.admin.editor.compareTitle };

export default async function CompareRevisions({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}) {
  const user = await requireStaff();
  const { id } = await params;
  const { from, to } = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const comparison = /^[1-9]\d{0,9}$/.test(id) ? await loadComparison(user, Number(id), one(from), one(to)) : null;
  if (!comparison) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{ar.admin.editor.compareTitle}</h1>
      <RevisionCompare {...comparison} />
    </>
  );
}
