import { firstValue } from "@/lib/site/boundary";

/** `?page=N` of a dashboard list: anything but a plain positive integer reads as page 1. */
export function listPage(value: string | string[] | undefined): number {
  const v = firstValue(value);
  return v && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : 1;
}

/** Clamps a requested page to the pages that exist, and gives the rows to skip. */
export function pageWindow(requested: number, total: number, size: number) {
  const totalPages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, totalPages);
  return { page, totalPages, skip: (page - 1) * size, take: size };
}

/** One page of a dashboard list: counts the rows, clamps the page asked for, then loads that page's rows. */
export async function loadListPage<Row>(
  requested: number,
  size: number,
  count: () => Promise<number>,
  rows: (window: { skip: number; take: number }) => Promise<Row[]>,
) {
  const total = await count();
  const w = pageWindow(requested, total, size);
  return { rows: await rows({ skip: w.skip, take: w.take }), total, page: w.page, totalPages: w.totalPages };
}

/** The link to page `n` of a dashboard list, keeping its filters (empty ones left out of the URL). */
export function listPageHref(path: string, filters: Record<string, string | undefined> = {}) {
  const kept = Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]);
  return (n: number) => `${path}?${new URLSearchParams([...kept, ["page", String(n)]])}`;
}
