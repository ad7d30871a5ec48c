import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { articlePath, categoryPath } from "./support";

for (const [name, path] of [
  ["home", "/"],
  ["article", articlePath()],
  ["listing", categoryPath()],
  ["not found", "/no-such-page"],
] as const) {
  test(`axe: ${name} has no serious or critical violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      ),
    ).toEqual([]);
  });
}
