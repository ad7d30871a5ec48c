export const PAGE_SIZE = 10;

/** `?page=N` / `/page/N`: a positive integer without sign, zeros or junk. Anything else is null (→ 404). */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
