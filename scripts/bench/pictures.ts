// Measures what docs/pictures.md reports: bytes and encode time of the size
// set in WebP and AVIF, and the CPU one on-request resize costs (what
// next/image's optimizer does for each width it has not cached yet).
//   npx tsx scripts/bench/pictures.ts [photo.jpg]
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { IMAGE_WIDTHS } from "../../lib/media/sizes";

sharp.cache(false);

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const out = await run();
  return [out, Number(process.hrtime.bigint() - start) / 1e6];
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx scripts/bench/pictures.ts <photo>");
  const input = readFileSync(file);
  const meta = await sharp(input).metadata();
  console.log(`${file}: ${meta.width}×${meta.height} ${meta.format}, ${input.length} bytes`);
  const rows: string[] = [];
  for (const width of IMAGE_WIDTHS) {
    if (width > meta.width!) continue;
    const resized = () => sharp(input).autoOrient().resize({ width });
    const [webp, tw] = await timed(() => resized().webp({ quality: 82 }).toBuffer());
    const [avif, ta] = await timed(() => resized().avif({ quality: 55, effort: 4 }).toBuffer());
    rows.push(
      `| ${width} | ${(webp.length / 1024).toFixed(1)} kB | ${tw.toFixed(0)} ms | ${(avif.length / 1024).toFixed(1)} kB | ${ta.toFixed(0)} ms |`,
    );
  }
  console.log("| width | WebP q82 | WebP encode | AVIF q55 | AVIF encode |\n|---|---|---|---|---|\n" + rows.join("\n"));
  // What an on-request optimizer does per cache miss: decode the stored file, resize, encode.
  const stored = await sharp(input).resize({ width: 1600, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
  const times: number[] = [];
  for (let i = 0; i < 10; i++)
    times.push((await timed(() => sharp(stored).resize({ width: 640 }).webp({ quality: 75 }).toBuffer()))[1]);
  times.sort((a, b) => a - b);
  console.log(`on-request resize 1600→640 WebP: median ${times[5]!.toFixed(0)} ms CPU, min ${times[0]!.toFixed(0)} ms`);
}

void main();
