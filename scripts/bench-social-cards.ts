/**
 * How long the build spends drawing social cards: renders one card per content page (titles read
 * from content/) and prints the time per card and the file sizes.
 *
 *   npx tsx scripts/bench-social-cards.ts
 */
import { parseMarkdown } from '../src/lib/content/frontmatter';
import { cardFonts, renderCardPng } from '../src/lib/social/card';
import { readContentFiles } from './lib/content-check/content-files';

// Read the titles the build will draw.
const titles = readContentFiles('.').map((file) => {
  const data = parseMarkdown(file.text).data as { title?: string } | undefined;
  return data?.title ?? file.slug;
});

// Load the fonts once, as the build does, and time that separately.
let start = performance.now();
cardFonts();
const fontMs = performance.now() - start;

// Draw every card.
start = performance.now();
const sizes: number[] = [];
for (const title of titles) {
  sizes.push(
    (await renderCardPng({ kicker: 'Hướng dẫn', title, siteName: 'Dịch vụ công trực tuyến Tiền Giang' }))
      .length,
  );
}
const totalMs = performance.now() - start;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`fonts loaded in ${fontMs.toFixed(0)} ms`);
console.log(
  `${titles.length} cards in ${totalMs.toFixed(0)} ms (${(totalMs / titles.length).toFixed(0)} ms per card)`,
);
console.log(
  `PNG size: min ${kb(Math.min(...sizes))} KiB, max ${kb(Math.max(...sizes))} KiB, total ${kb(sizes.reduce((a, b) => a + b, 0))} KiB`,
);
