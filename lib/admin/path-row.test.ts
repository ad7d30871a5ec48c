import { describe, expect, it, vi } from "vitest";
import { rowOr404 } from "./path-row";

const path = (id: string) => Promise.resolve({ id });
const rows = new Map([[7, { id: 7, owner: "a" }]]);
const load = async (id: number) => rows.get(id) ?? null;
// What Next.js's notFound() throws: the page answers 404.
const is404 = (e: unknown) => String((e as { digest?: string }).digest).endsWith(";404");

describe("the row an [id] path names", () => {
  it("is loaded when the segment is a row id that exists and may be seen", async () => {
    expect(await rowOr404(path("7"), load)).toEqual({ id: 7, owner: "a" });
    expect(await rowOr404(path("7"), load, (r) => r.owner === "a")).toEqual({ id: 7, owner: "a" });
  });

  it("is a 404, without a query, when the segment is not a row id", async () => {
    const spy = vi.fn(load);
    for (const bad of ["", "0", "07", "-7", "7.0", "1e3", " 7", "2147483648", "[object Object]"])
      await expect(rowOr404(path(bad), spy), bad).rejects.toSatisfy(is404);
    expect(spy).not.toHaveBeenCalled();
  });

  it("is the same 404 for a missing row and one that may not be seen", async () => {
    await expect(rowOr404(path("8"), load)).rejects.toSatisfy(is404);
    await expect(rowOr404(path("7"), load, (r) => r.owner === "b")).rejects.toSatisfy(is404);
  });
});
