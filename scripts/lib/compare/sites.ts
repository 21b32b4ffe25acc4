/**
 * Two built sites, file by file. What a content hash names is renamed first (normaliseHtml), so
 * only what a reader could see counts as a difference:
 * - HTML: compared after normaliseHtml;
 * - the search index (tra-cuu/chi-muc-*.json): compared by content, whatever its name;
 * - built scripts and styles (_astro/): compared by name without the hash; their bytes change
 *   with any change of code and the browser tests cover what they do;
 * - everything else (feeds, sitemaps, cards, headers, downloads): byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, normaliseHtml, normalisePath } from './normalise';

const MAX_LINES_PER_FILE = 3;

function firstDifferentLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lines: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && lines.length < MAX_LINES_PER_FILE; i++) {
    if (a[i] !== b[i])
      lines.push(`    line ${i + 1}: ${(a[i] ?? '').slice(0, 160)} → ${(b[i] ?? '').slice(0, 160)}`);
  }
  return lines;
}

export function compareSites(beforeDist: string, afterDist: string): string[] {
  const before = new Map(filesUnder(beforeDist).map((file) => [normalisePath(file), file]));
  const after = new Map(filesUnder(afterDist).map((file) => [normalisePath(file), file]));
  const lines: string[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    if (!a || !b) {
      lines.push(`${key}: only in the ${a ? 'before' : 'after'} build`);
      continue;
    }
    if (key.startsWith('_astro/')) continue;
    const bytesA = readFileSync(join(beforeDist, a));
    const bytesB = readFileSync(join(afterDist, b));
    if (key.endsWith('.html')) {
      const htmlA = normaliseHtml(bytesA.toString('utf8'));
      const htmlB = normaliseHtml(bytesB.toString('utf8'));
      if (htmlA !== htmlB) lines.push(`${key}: HTML differs`, ...firstDifferentLines(htmlA, htmlB));
    } else if (!bytesA.equals(bytesB)) {
      lines.push(`${key}: content differs`);
    }
  }
  return lines;
}
