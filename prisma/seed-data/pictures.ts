// The demo newspaper's pictures: abstract compositions drawn here as SVG and
// rendered by sharp (librsvg) at 1600×900, then stored like any upload, in
// every width of the size set. No text in them (alt text says what they show),
// no files shipped, nothing downloaded: each is made from its category and a number.

const W = 1600;
const H = 900;

type Palette = { sky: string; ground: string; a: string; b: string; c: string };

const palettes: Palette[] = [
  { sky: "#f3ead8", ground: "#1f4e5f", a: "#c0392b", b: "#e0a526", c: "#2e7d5b" },
  { sky: "#e8eef4", ground: "#22313f", a: "#3c6e9f", b: "#f2b134", c: "#d95d39" },
  { sky: "#f6efe6", ground: "#5b3a29", a: "#b5542f", b: "#3f7f6e", c: "#e6c07b" },
  { sky: "#eaf2ec", ground: "#1e3d2f", a: "#2f8f5b", b: "#f0c419", c: "#c44536" },
];

/** Eight-pointed stars in a grid, as in zellige tilework. */
function zellige(p: Palette, n: number): string {
  const star = (x: number, y: number, r: number, fill: string) => {
    const pts = Array.from({ length: 16 }, (_, i) => {
      const angle = (Math.PI / 8) * i;
      const rad = i % 2 ? r * 0.55 : r;
      return `${(x + rad * Math.cos(angle)).toFixed(1)},${(y + rad * Math.sin(angle)).toFixed(1)}`;
    }).join(" ");
    return `<polygon points="${pts}" fill="${fill}"/>`;
  };
  const cells: string[] = [];
  const step = 200;
  for (let y = 0; y <= H + step; y += step)
    for (let x = (y / step) % 2 ? step / 2 : 0; x <= W + step; x += step) {
      const k = (x + y + n * 37) % 3;
      cells.push(star(x, y, 88, [p.a, p.c, p.ground][k]!));
      cells.push(`<circle cx="${x}" cy="${y}" r="22" fill="${p.b}"/>`);
    }
  return `<rect width="${W}" height="${H}" fill="${p.sky}"/>${cells.join("")}`;
}

/** A globe of meridians and parallels over a dusk sky. */
function globe(p: Palette, n: number): string {
  const cx = 800 + ((n * 97) % 300) - 150;
  const lines: string[] = [];
  for (let i = 1; i < 6; i++)
    lines.push(
      `<ellipse cx="${cx}" cy="450" rx="${i * 62}" ry="340" fill="none" stroke="${p.sky}" stroke-width="5" opacity=".7"/>`,
    );
  for (let j = -2; j <= 2; j++) {
    const y = 450 + j * 120;
    const half = Math.sqrt(340 * 340 - (y - 450) * (y - 450));
    lines.push(
      `<line x1="${cx - half}" y1="${y}" x2="${cx + half}" y2="${y}" stroke="${p.sky}" stroke-width="5" opacity=".7"/>`,
    );
  }
  return `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.ground}"/><stop offset="1" stop-color="${p.a}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#g)"/>
<circle cx="${cx}" cy="450" r="340" fill="${p.c}"/>${lines.join("")}
<circle cx="${cx + 420}" cy="160" r="46" fill="${p.b}"/>`;
}

/** Rising bars and a trend line. */
function chart(p: Palette, n: number): string {
  const bars: string[] = [];
  let h = 160 + (n % 4) * 30;
  for (let i = 0; i < 9; i++) {
    h += ((i * 53 + n * 31) % 120) - 30;
    bars.push(
      `<rect x="${170 + i * 145}" y="${780 - h}" width="96" height="${h}" rx="8" fill="${i % 3 === 2 ? p.b : p.a}"/>`,
    );
  }
  const trend = Array.from({ length: 9 }, (_, i) => `${218 + i * 145},${700 - i * 58 - ((i * n) % 5) * 12}`).join(" ");
  return `<rect width="${W}" height="${H}" fill="${p.sky}"/>
${[200, 400, 600].map((y) => `<line x1="120" y1="${y}" x2="1480" y2="${y}" stroke="${p.ground}" stroke-opacity=".12" stroke-width="3"/>`).join("")}
${bars.join("")}<polyline points="${trend}" fill="none" stroke="${p.ground}" stroke-width="12" stroke-linejoin="round" stroke-linecap="round"/>
<line x1="120" y1="780" x2="1480" y2="780" stroke="${p.ground}" stroke-width="6"/>`;
}

/** A pitch seen from above, with a ball. */
function pitch(p: Palette, n: number): string {
  const grass = ["#2f7d4a", "#3a8a55", "#27704a", "#34804f"][n % 4];
  const stripes = Array.from(
    { length: 10 },
    (_, i) => `<rect x="${i * 160}" y="0" width="160" height="${H}" fill="${grass}" opacity="${i % 2 ? 0.88 : 1}"/>`,
  ).join("");
  const bx = 500 + ((n * 173) % 700);
  const by = 250 + ((n * 91) % 400);
  return `${stripes}<g fill="none" stroke="#fff" stroke-width="8" opacity=".9">
<rect x="80" y="80" width="1440" height="740"/><line x1="800" y1="80" x2="800" y2="820"/><circle cx="800" cy="450" r="120"/>
<rect x="80" y="260" width="220" height="380"/><rect x="1300" y="260" width="220" height="380"/></g>
<circle cx="${bx + 8}" cy="${by + 10}" r="34" fill="#000" opacity=".25"/><circle cx="${bx}" cy="${by}" r="34" fill="#fff"/>
<circle cx="${bx}" cy="${by}" r="12" fill="${p.ground}"/>`;
}

/** A row of horseshoe arches, as in a medina gate. */
function arches(p: Palette, n: number): string {
  const count = 4 + (n % 2);
  const w = W / count;
  const shapes = Array.from({ length: count }, (_, i) => {
    const x = i * w + w * 0.18;
    const aw = w * 0.64;
    const r = aw / 2;
    return `<path d="M${x} 820 V${430} A${r} ${r * 1.1} 0 1 1 ${x + aw} 430 V820 Z" fill="${i % 2 ? p.ground : p.a}"/>
<path d="M${x + 26} 820 V${440} A${r - 26} ${(r - 26) * 1.1} 0 1 1 ${x + aw - 26} 440 V820 Z" fill="${p.sky}" opacity=".18"/>`;
  }).join("");
  return `<rect width="${W}" height="${H}" fill="${p.b}"/>${shapes}<rect y="820" width="${W}" height="80" fill="${p.ground}"/>`;
}

/** Overlapping circles: people gathered. */
function gathering(p: Palette, n: number): string {
  const dots: string[] = [];
  for (let i = 0; i < 22; i++) {
    const x = ((i * 211 + n * 67) % 1500) + 50;
    const y = ((i * 137 + n * 29) % 620) + 140;
    const r = 60 + ((i * 17) % 70);
    dots.push(`<circle cx="${x}" cy="${y}" r="${r}" fill="${[p.a, p.b, p.c, p.ground][i % 4]}" opacity=".82"/>`);
  }
  return `<rect width="${W}" height="${H}" fill="${p.sky}"/>${dots.join("")}`;
}

const byCategory: Record<string, { draw: (p: Palette, n: number) => string; alt: string }> = {
  وطنية: { draw: zellige, alt: "رسم تجريدي لنجوم ثمانية متكررة على طريقة الزليج المغربي" },
  دولية: { draw: globe, alt: "رسم تجريدي لكرة أرضية تعبرها خطوط الطول والعرض" },
  اقتصاد: { draw: chart, alt: "رسم بياني بأعمدة صاعدة وخط اتجاه" },
  رياضة: { draw: pitch, alt: "ملعب كرة قدم من الأعلى وكرة على العشب" },
  ثقافة: { draw: arches, alt: "صف من الأقواس على طراز أبواب المدينة العتيقة" },
  مجتمع: { draw: gathering, alt: "دوائر ملونة متداخلة ترمز إلى جمع من الناس" },
};

/** The SVG of a demo picture for an article of `category`, varied by `n`; null for a category without a drawing. */
export function demoPicture(category: string, n: number): { svg: string; alt: string } | null {
  const kind = byCategory[category];
  if (!kind) return null;
  const palette = palettes[n % palettes.length]!;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${kind.draw(palette, n)}</svg>`,
    alt: kind.alt,
  };
}
