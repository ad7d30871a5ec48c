import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { logger } from "@/lib/log/logger";
import type { StaffUser } from "./roles";

// The session is the one thing faked: the rule and the error handling around the handler are under test.
const staff: StaffUser = { id: 7, email: "e@sahifa.local", name: "محررة", role: "EDITOR", authorId: null };
vi.mock("./session", () => ({ currentStaff: async () => staff }));
// Outside a request there are no headers: the id is made up then.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "req-42" }) }));

const { staffAction, refused } = await import("./action");

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

describe("staffAction", () => {
  afterEach(() => vi.restoreAllMocks());

  it("refuses when the rule says no, without running the handler", async () => {
    const handler = vi.fn(async (_user: StaffUser, _form: FormData) => ({ ok: true }));
    expect(await staffAction(() => false, handler)(form({}))).toBe(refused);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers an unexpected failure in Arabic with its reference, keeps what was typed, and logs it", async () => {
    const logged = vi.spyOn(logger, "child");
    const action = staffAction(
      () => true,
      async (_user, _form: FormData) => {
        throw Object.assign(new Error("SQLITE_FULL: database or disk is full"), { code: "SQLITE_FULL" });
      },
    );
    const result = await action(form({ name: "اقتصاد", slug: "economy", password: "secret" }));
    expect(result.ok).toBe(false);
    expect(result.message).toBe(ar.admin.serverError("req-42"));
    expect(result.values).toEqual({ name: "اقتصاد", slug: "economy" });
    expect(logged).toHaveBeenCalledWith({ requestId: "req-42" });
  });

  it("lets Next.js's redirect through", async () => {
    const action = staffAction(
      () => true,
      async (_user, _form: FormData) => redirect("/admin/articles"),
    );
    await expect(action(form({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});
