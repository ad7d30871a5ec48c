import { PageHeader } from "@/components/admin/admin-table";
import { MediaItemForm } from "@/components/admin/media-item-form";
import { MediaUploader } from "@/components/admin/media-uploader";
import { Pagination } from "@/components/articles/pagination";
import { listPage } from "@/lib/admin/list-page";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { deleteMediaAction, saveMediaAction } from "@/lib/media/actions/media";
import { listLibrary, usageCounts } from "@/lib/media/queries";

const t = ar.media.library;

export default async function AdminMedia({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const user = await requireStaff();
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const { items, total, page, totalPages } = await listLibrary(user, { q, page: listPage(sp.page) });
  const usage = await usageCounts(items);
  const href = (n: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return (
    <>
      <PageHeader title={t.title} count={total} />
      <section aria-labelledby="upload-title" className="mb-6 rounded border bg-gray-50 p-4">
        <h2 id="upload-title" className="mb-2 text-lg font-bold">
          {t.upload}
        </h2>
        <MediaUploader />
      </section>
      <form role="search" className="mb-4 flex items-end gap-2">
        <label className="flex flex-col text-sm">
          {t.search}
          <input name="q" type="search" defaultValue={q} maxLength={100} className="rounded border bg-white p-2" />
        </label>
        <button type="submit" className="rounded bg-ink px-4 py-2 text-white">
          {ar.admin.manage.search}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="text-muted">{t.empty}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-4">
          {items.map((item) => (
            <MediaItemForm
              key={item.id}
              item={item}
              usedIn={usage.get(item.id) ?? 0}
              save={saveMediaAction}
              remove={deleteMediaAction}
            />
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}
