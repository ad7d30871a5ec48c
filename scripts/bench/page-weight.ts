// Page weight of reader pages on a phone, pictures included: what a 412 px
// wide screen at 1.75× (Lighthouse's mobile profile) downloads for a page
// scrolled to its end, by kind. docs/pictures.md records the figures.
//   npx tsx scripts/bench/page-weight.ts http://127.0.0.1:3000
import { chromium } from "@playwright/test";

const PAGES = [
  "/",
  `/category/${encodeURIComponent("رياضة")}`,
  `/category/${encodeURIComponent("ثقافة")}`,
  "/search?q=%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8",
];

async function main() {
  const base = process.argv[2];
  if (!base) throw new Error("usage: tsx scripts/bench/page-weight.ts <base URL>");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" });
  console.log("| page | HTML (compressed) | pictures | fonts | total | pictures loaded |\n|---|---|---|---|---|---|");
  for (const path of PAGES) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    const page = await context.newPage();
    const bytes = { document: 0, image: 0, font: 0, other: 0 };
    let pictures = 0;
    page.on("response", async (response) => {
      const kind = response.request().resourceType();
      const size =
        (
          await response
            .request()
            .sizes()
            .catch(() => null)
        )?.responseBodySize ?? 0;
      const key = kind in bytes ? (kind as keyof typeof bytes) : "other";
      bytes[key] += size;
      if (kind === "image") pictures++;
    });
    await page.goto(base + path, { waitUntil: "load" });
    for (let y = 0; y < 30; y++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(100);
    }
    await page.waitForLoadState("networkidle");
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const total = bytes.document + bytes.image + bytes.font + bytes.other;
    console.log(
      `| ${decodeURIComponent(path)} | ${kB(bytes.document)} | ${kB(bytes.image)} | ${kB(bytes.font)} | ${kB(total)} | ${pictures} |`,
    );
    await context.close();
  }
  await browser.close();
}

void main();
