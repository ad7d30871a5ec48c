// The summary printed at the end of an import: what was written, and every
// skipped post, comment or author grouped by the reason it was skipped.
import type { ImportReport, Tally } from "./import";

const SHOWN = 20;

export function importSummary(r: ImportReport): string {
  const t = (x: Tally) => `${x.created} new, ${x.updated} updated, ${x.unchanged} unchanged`;
  const lines = [
    `Articles: ${t(r.articles)}`,
    `Pages: ${t(r.pages)}`,
    `Comments: ${t(r.comments)}`,
    `New authors: ${r.authors}, new categories: ${r.categories}, new tags: ${r.tags}`,
  ];
  const { created, linked, unchanged } = r.staff;
  if (created + linked + unchanged) {
    lines.push(
      `Staff accounts: ${created} new (switched off: set a password and switch on in /admin/users), ${linked} linked to existing accounts, ${unchanged} unchanged`,
    );
  }
  if (!r.skipped.length) return lines.join("\n");
  lines.push(`Skipped ${r.skipped.length}:`);
  const byReason = new Map<string, (number | string)[]>();
  for (const s of r.skipped) {
    const key = `${s.kind}: ${s.reason}`;
    const ids = byReason.get(key);
    if (ids) ids.push(s.wpId);
    else byReason.set(key, [s.wpId]);
  }
  for (const [reason, ids] of byReason) {
    const label = reason.startsWith("author:") ? "logins" : "wp ids";
    lines.push(
      `  ${reason} — ${ids.length} (${label} ${ids.slice(0, SHOWN).join(", ")}${ids.length > SHOWN ? ", …" : ""})`,
    );
  }
  return lines.join("\n");
}
