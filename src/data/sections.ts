/**
 * Reads the Markdown sections for the routes in src/pages, so each route stays a few lines long.
 * This is the only module (besides routes) that talks to astro:content for articles.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrderThenTitle, newestFirst } from '../lib/content/order';
import { entryPath, type SectionId } from '../lib/navigation';

export type ArticleCollection = 'explainers' | 'guides' | 'postal';

/** Entries of an article section in display order. */
export async function sectionEntries<C extends ArticleCollection>(
  collection: C,
): Promise<CollectionEntry<C>[]> {
  return byOrderThenTitle(await getCollection(collection));
}

/** The sections whose entries are articles at /<section>/<slug>/. */
export type ArticleSection = ArticleCollection | 'news';

/** `getStaticPaths` of an article route: one page per published entry. */
export async function articlePaths<S extends ArticleSection>(
  section: S,
): Promise<{ params: { slug: string }; props: { entry: CollectionEntry<S> } }[]> {
  const entries = (
    section === 'news' ? await newsEntries() : await sectionEntries(section as ArticleCollection)
  ) as CollectionEntry<S>[];
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** News, newest first. */
export async function newsEntries(): Promise<CollectionEntry<'news'>[]> {
  return newestFirst(await getCollection('news'));
}

/** Links for a list of articles. */
export function toEntryLinks(
  section: SectionId,
  entries: readonly { id: string; data: { title: string; description: string; date?: Date } }[],
) {
  return entries.map((entry) => ({
    href: entryPath(section, entry.id),
    title: entry.data.title,
    description: entry.data.description,
    ...(entry.data.date ? { date: entry.data.date } : {}),
  }));
}
