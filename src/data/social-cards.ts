/**
 * The social cards the build draws: one per content page, one per section, one for the home page.
 * Procedure pages and other generated pages use their section's card (see src/lib/social).
 */
import { getCollection } from 'astro:content';
import { site } from '../config/site';
import { kit } from '../i18n/kit';
import { vi } from '../i18n/vi';
import { KIT_KINDS, KIT_PATH, kitItemPath } from '../lib/kit/paths';
import { entryPath, pagePath, SECTION_PATHS, type SectionId } from '../lib/navigation';
import { cardForPath, cardIdForPath } from '../lib/social/card-path';
import type { CardText } from '../lib/social/card';

const ARTICLE_SECTIONS = {
  explainers: 'explainers',
  guides: 'guides',
  postal: 'postal',
  news: 'news',
} as const;

async function listCards(): Promise<Map<string, CardText>> {
  const cards = new Map<string, CardText>();
  const add = (path: string, kicker: string, title: string) =>
    cards.set(cardIdForPath(path), { kicker, title, siteName: site.name });

  add('/', site.province.fullName, vi.home.title);
  for (const [id, path] of Object.entries(SECTION_PATHS) as [SectionId, string][]) {
    add(path, vi.social.sectionKicker, vi.sections[id].title);
  }
  for (const [collection, section] of Object.entries(ARTICLE_SECTIONS)) {
    for (const entry of await getCollection(collection as keyof typeof ARTICLE_SECTIONS)) {
      add(entryPath(section, entry.id), vi.sections[section].title, entry.data.title);
    }
  }
  for (const entry of await getCollection('pages')) {
    add(pagePath(entry.id), vi.social.pageKicker, entry.data.title);
  }
  // The kit (/tai-lieu-tuyen-truyen/): articles are republished with their card.
  add(KIT_PATH, vi.social.sectionKicker, kit.title);
  for (const kind of KIT_KINDS) {
    for (const entry of await getCollection(kind))
      add(kitItemPath(kind, entry.id), kit.title, entry.data.title);
  }
  return cards;
}

let cards: Promise<Map<string, CardText>> | undefined;
let drawn: Promise<Set<string>> | undefined;

/** Every card to draw, by file name; computed once per build and shared by all pages. */
export function socialCards(): Promise<Map<string, CardText>> {
  cards ??= listCards();
  return cards;
}

/** The card image (URL path) for the page at `pathname`. */
export async function socialCardFor(pathname: string): Promise<string> {
  drawn ??= socialCards().then((all) => new Set(all.keys()));
  return cardForPath(pathname, await drawn);
}
