/** `?page=N` of a dashboard list: anything but a plain positive integer reads as page 1. */
export function listPage(value: string | string[] | undefined): number {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : 1;
}

/** Clamps a requested page to the pages that exist, and gives the rows to skip. */
export function pageWindow(requested: number, total: number, size: number) {
  const totalPages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, totalPages);
  return { page, totalPages, skip: (page - 1) * size, take: size };
}
