import { dashboardCounts } from "@/lib/articles/admin-queries";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";

const d = ar.admin.dashboard;

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireStaff();
  const counts = await dashboardCounts(user);
  const cards = [
    [d.drafts, counts.drafts],
    [d.pendingArticles, counts.pending],
    [d.published, counts.published],
    [d.pendingComments, counts.pendingComments],
  ] as const;
  return (
    <>
      <h1 className="text-2xl font-bold">{d.welcome(user.name)}</h1>
      {(await searchParams).denied && (
        <p role="alert" className="mt-3 rounded bg-red-50 p-2 text-red-800">
          {ar.admin.denied}
        </p>
      )}
      <ul className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {cards.map(([label, value]) => (
          <li key={label} className="rounded border bg-white p-4">
            <p className="text-3xl font-bold text-brand">{value}</p>
            <p className="text-muted">{label}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
