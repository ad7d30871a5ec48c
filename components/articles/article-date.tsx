import { ar } from "@/lib/i18n/ar";
import { formatDate } from "@/lib/site/format-date";

/** `بتاريخ : dd/mm/yyyy`, machine-readable in `datetime`. */
export function ArticleDate({
  iso,
  withLabel = false,
  className,
}: {
  iso: string;
  withLabel?: boolean;
  className?: string;
}) {
  return (
    <span className={className}>
      {withLabel && ar.dateLine}
      <time dateTime={iso}>{formatDate(iso)}</time>
    </span>
  );
}
