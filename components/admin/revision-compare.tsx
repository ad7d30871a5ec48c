import Link from "next/link";
import { type DiffPart, changed } from "@/lib/articles/compare";
import { ar } from "@/lib/i18n/ar";

const t = ar.admin.editor;

type Props = {
  articleId: number;
  options: { value: string; label: string }[];
  from: string;
  to: string;
  diff: { headline: DiffPart[]; kicker: DiffPart[]; excerpt: DiffPart[]; body: DiffPart[] };
};

function Marked({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap leading-loose">
      {parts.map((p, i) =>
        p.change === "added" ? (
          <ins key={i} className="bg-green-100 text-green-900 decoration-green-700" title={t.compareAdded}>
            {p.text}
          </ins>
        ) : p.change === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900 decoration-red-700" title={t.compareRemoved}>
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** Two versions of an article, words added marked <ins> and words taken away <del>. */
export function RevisionCompare({ articleId, options, from, to, diff }: Props) {
  const fields = [
    [t.headline, diff.headline],
    [t.kicker, diff.kicker],
    [t.excerpt, diff.excerpt],
    [t.body, diff.body],
  ] as const;
  const select = (name: string, label: string, value: string) => (
    <label className="flex flex-col font-bold">
      {label}
      <select name={name} defaultValue={value} className="mt-1 rounded border bg-white p-2 font-normal">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        {select("from", t.compareFrom, from)}
        {select("to", t.compareTo, to)}
        <button type="submit" className="rounded border bg-white px-4 py-2 font-bold hover:bg-gray-100">
          {t.compareShow}
        </button>
        <Link href={`/admin/articles/${articleId}`} className="text-brand underline">
          {t.backToEditor}
        </Link>
      </form>
      {fields.some(([, parts]) => changed(parts)) ? (
        <div className="flex flex-col gap-4">
          {fields
            .filter(([, parts]) => changed(parts))
            .map(([label, parts]) => (
              <section key={label} className="rounded border bg-white p-4">
                <h2 className="mb-2 font-bold">{label}</h2>
                <Marked parts={parts} />
              </section>
            ))}
        </div>
      ) : (
        <p className="rounded bg-gray-50 p-4">{t.compareNone}</p>
      )}
    </>
  );
}
