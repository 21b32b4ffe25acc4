/**
 * Printable handouts for schools: one per guide that has a `handout` summary (the level guides).
 * Each carries a QR code of the guide's full address, built from SITE_URL.
 */
import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site';
import { vi } from '../i18n/vi';
import { entryPath, SECTION_PATHS } from '../lib/navigation';
import { qrSvg } from '../lib/qr/svg';
import { sectionEntries } from './sections';

export interface Handout {
  guide: CollectionEntry<'guides'>;
  /** The handout's own page. */
  path: string;
  /** The guide's full address, printed under the QR code. */
  guideUrl: string;
  /** Guide path on this site, for links. */
  guidePath: string;
  qr: string;
  lines: string[];
}

/** URL path of the handout of a guide. */
export function handoutPath(guideSlug: string): string {
  return `${SECTION_PATHS.schools}to-roi/${guideSlug}/`;
}

/** The handouts, in the guides' own order. */
export async function handouts(): Promise<Handout[]> {
  return (await sectionEntries('guides')).flatMap((guide) => {
    const lines = guide.data.handout;
    if (!lines || lines.length === 0) return [];
    const guidePath = entryPath('guides', guide.id);
    const guideUrl = new URL(guidePath, site.url).href;
    return [
      {
        guide,
        path: handoutPath(guide.id),
        guideUrl,
        guidePath,
        qr: qrSvg(guideUrl, vi.schools.qrLabel(guideUrl)),
        lines,
      },
    ];
  });
}
