/**
 * The "Tài liệu tuyên truyền" kit as its routes need it: each item with its address, and what is
 * computed from it (a radio script's words, reading time and plain text; a poster's QR code).
 * The rules live in src/lib/kit; this module only reads the collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../config/site';
import { kit } from '../i18n/kit';
import { vi } from '../i18n/vi';
import { byOrderThenTitle } from '../lib/content/order';
import { MARKDOWN_COLLECTIONS, SEARCHED_COLLECTIONS } from '../lib/content/collections';
import { kitItemPath, radioTextPath, type KitKind } from '../lib/kit/paths';
import { readingTime, scriptParagraphs, scriptText, scriptWords, type ReadingTime } from '../lib/kit/radio';
import { procedureCodeOfPath, SECTION_PATHS, type SectionId } from '../lib/navigation';
import { qrSvg } from '../lib/qr/svg';
import { loadCatalogue } from './catalogue';

/** The full address of a path on this site, as printed and shared. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** The line to print with a copy of the item at `path`. */
export function kitAttribution(title: string, path: string): string {
  return kit.reuse.attribution(title, site.name, absoluteUrl(path));
}

async function entriesOf<K extends KitKind>(kind: K): Promise<CollectionEntry<K>[]> {
  return byOrderThenTitle(await getCollection(kind));
}

export interface RadioScript {
  entry: CollectionEntry<'radio'>;
  path: string;
  textPath: string;
  paragraphs: string[];
  words: number;
  time: ReadingTime;
  /** The .txt download, word for word the page's script. */
  text: string;
}

export async function radioScripts(): Promise<RadioScript[]> {
  return (await entriesOf('radio')).map((entry) => {
    const body = entry.body ?? '';
    const paragraphs = scriptParagraphs(body);
    const words = scriptWords(body);
    const path = kitItemPath('radio', entry.id);
    return {
      entry,
      path,
      textPath: radioTextPath(entry.id),
      paragraphs,
      words,
      time: readingTime(words),
      text: scriptText(entry.data.title, paragraphs, kitAttribution(entry.data.title, path)),
    };
  });
}

export interface Poster {
  entry: CollectionEntry<'posters'>;
  path: string;
  /** The full address the QR code opens. */
  targetUrl: string;
  qr: string;
}

export async function posters(): Promise<Poster[]> {
  return (await entriesOf('posters')).map((entry) => {
    const targetUrl = absoluteUrl(entry.data.target);
    return {
      entry,
      path: kitItemPath('posters', entry.id),
      targetUrl,
      qr: qrSvg(targetUrl, kit.poster.qrLabel(targetUrl)),
    };
  });
}

export interface KitText<K extends 'articles' | 'lessons'> {
  entry: CollectionEntry<K>;
  path: string;
}

export async function kitTexts<K extends 'articles' | 'lessons'>(kind: K): Promise<KitText<K>[]> {
  return (await entriesOf(kind)).map((entry) => ({ entry, path: kitItemPath(kind, entry.id) }));
}

let titles: Promise<Map<string, string>> | undefined;

async function listTitles(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const [id, path] of Object.entries(SECTION_PATHS) as [SectionId, string][]) {
    map.set(path, vi.sections[id].title);
  }
  for (const [collection] of SEARCHED_COLLECTIONS) {
    for (const entry of await getCollection(collection)) {
      map.set(MARKDOWN_COLLECTIONS[collection].path(entry.id), entry.data.title);
    }
  }
  for (const entry of await getCollection('pages'))
    map.set(MARKDOWN_COLLECTIONS.pages.path(entry.id), entry.data.title);
  return map;
}

/** The site's pages an item is built from (`basedOn`), with their titles, for links. */
export async function basedOnLinks(paths: readonly string[]): Promise<{ href: string; title: string }[]> {
  titles ??= listTitles();
  const known = await titles;
  const { procedures } = await loadCatalogue();
  return paths.map((href) => {
    const code = procedureCodeOfPath(href);
    const title = known.get(href) ?? (code && procedures.find((p) => p.code === code)?.name) ?? href;
    return { href, title };
  });
}
