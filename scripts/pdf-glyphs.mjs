// Writes the Unicode ranges the PDF font can draw (both subsets of Atkinson Hyperlegible Next),
// so the PDF builder can replace anything else visibly instead of dropping it.
// Run after changing the PDF font: node scripts/pdf-glyphs.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontkit = require(
  require.resolve('fontkit', { paths: [require.resolve('@react-pdf/renderer')] }),
);
const dir = 'node_modules/@fontsource/atkinson-hyperlegible-next/files/';
const files = ['latin', 'latin-ext'].flatMap((s) =>
  [400, 700].map((w) => `${dir}atkinson-hyperlegible-next-${s}-${w}-normal.woff`),
);

const covered = new Set();
for (const f of files) for (const cp of fontkit.openSync(f).characterSet) covered.add(cp);
// Every weight must draw it, or bold text would fall back.
const inAll = [...covered].filter(
  (cp) =>
    files.some((f) => f.includes('-ext-')) &&
    files.filter((f) => fontkit.openSync(f).hasGlyphForCodePoint(cp)).length >= 2,
);
const sorted = inAll.sort((a, b) => a - b);
const ranges = [];
for (const cp of sorted) {
  const last = ranges[ranges.length - 1];
  if (last && last[1] === cp - 1) last[1] = cp;
  else ranges.push([cp, cp]);
}
writeFileSync(
  'src/pdf/glyphs.json',
  JSON.stringify({ font: 'Atkinson Hyperlegible Next', ranges }) + '\n',
);
console.log(`${sorted.length} code points in ${ranges.length} ranges`);
