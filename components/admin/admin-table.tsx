import Link from "next/link";

/** A dashboard page's heading, with the row count and its main action (e.g. "new"). */
export function PageHeader({
  title,
  count,
  action,
}: {
  title: string;
  count?: number;
  action?: { href: string; label: string };
}) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold">
        {title} {count !== undefined && <span className="text-base font-normal text-muted">({count})</span>}
      </h1>
      {action && (
        <Link href={action.href} className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
          {action.label}
        </Link>
      )}
    </div>
  );
}

/** A success notice carried over a redirect (`?saved=1`, `?deleted=1`). */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p role="status" className="mb-4 rounded bg-green-50 p-2 font-bold text-green-800">
      {text}
    </p>
  );
}

/**
 * A list table: cards on a phone (globals.css, .admin-cards), columns from tablets up. `select` heads a first
 * column of row checkboxes, for screen readers only.
 */
export function AdminTable({
  columns,
  select,
  empty,
  children,
}: {
  columns: string[];
  select?: string;
  empty?: string;
  children: React.ReactNode[];
}) {
  if (children.length === 0) return <p className="mt-6 text-muted">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="admin-cards w-full border-collapse bg-white text-start text-sm">
        <thead>
          <tr className="border-b bg-gray-50">
            {select && (
              <th scope="col" className="p-2">
                <span className="sr-only">{select}</span>
              </th>
            )}
            {columns.map((c) => (
              <th key={c} scope="col" className="p-2 text-start">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
