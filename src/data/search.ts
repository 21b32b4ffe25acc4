/**
 * The search index file and the filter choices of /tra-cuu/, computed once per build from the
 * catalogue, the articles and the editors' synonym table. The endpoint that writes the file and the
 * page that fetches it both call `searchIndexFile()`, so they always agree on its hashed name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { TIERS, ONLINE_LEVELS } from '../lib/catalogue/schema';
import { loadCatalogue } from './catalogue';
import { entryPath, type SectionId } from '../lib/navigation';
import { encodeSearchAsset, type PageInput, type PageKind } from '../lib/search/asset';
import type { FilterChoices } from '../lib/search/url';
import { parseSynonymFile } from '../lib/search/synonym-file';

const SYNONYM_FILE = 'content/search/synonyms.json';
const TOPIC_GROUP_FILE = 'content/catalogue/nhom-linh-vuc.json';

/** Articles searched alongside procedures: collection → kind in the index. */
const ARTICLE_KINDS: [SectionId & ('guides' | 'explainers' | 'postal' | 'news'), PageKind][] = [
  ['guides', 'guide'],
  ['explainers', 'explainer'],
  ['postal', 'postal'],
  ['news', 'news'],
];

export interface SearchIndexFile {
  /** The file name without extension, e.g. "chi-muc-3f9a1c2b7d". */
  name: string;
  /** Its URL path, e.g. "/tra-cuu/chi-muc-3f9a1c2b7d.json". */
  path: string;
  json: string;
}

/** Topic group id → short name, from the group file the import copies (absent before the first import). */
function topicGroupNames(): Map<string, string> {
  if (!existsSync(TOPIC_GROUP_FILE)) return new Map();
  const file = JSON.parse(readFileSync(TOPIC_GROUP_FILE, 'utf8')) as {
    nhom: { id: string; tenNgan?: string; ten: string }[];
  };
  return new Map(file.nhom.map((group) => [group.id, group.tenNgan ?? group.ten]));
}

async function articles(): Promise<PageInput[]> {
  const lists = await Promise.all(
    ARTICLE_KINDS.map(async ([collection, kind]) =>
      (await getCollection(collection)).map((entry) => ({
        kind,
        url: entryPath(collection, entry.id),
        title: entry.data.title,
        description: entry.data.description,
      })),
    ),
  );
  return lists.flat();
}

async function procedures() {
  return [...(await loadCatalogue()).procedures].sort((a, b) => a.code.localeCompare(b.code));
}

let cached: Promise<SearchIndexFile> | undefined;

/** The index file, built on first use and reused by the page and the endpoint. */
export function searchIndexFile(): Promise<SearchIndexFile> {
  cached ??= (async () => {
    const asset = encodeSearchAsset({
      procedures: await procedures(),
      pages: await articles(),
      groupNames: topicGroupNames(),
      synonyms: parseSynonymFile(readFileSync(SYNONYM_FILE, 'utf8'), SYNONYM_FILE),
    });
    const json = JSON.stringify(asset);
    const name = `chi-muc-${createHash('sha256').update(json).digest('hex').slice(0, 10)}`;
    return { name, path: `/tra-cuu/${name}.json`, json };
  })();
  return cached;
}

/** Filter choices that the catalogue actually has: no "level 4" choice when no source states levels. */
export async function searchFilterChoices(): Promise<FilterChoices> {
  const all = await procedures();
  const names = topicGroupNames();
  const groupIds = new Set(all.map((procedure) => procedure.topicGroup));
  const tiers = new Set(all.flatMap((procedure) => procedure.tiers));
  const levels = new Set(all.flatMap((procedure) => (procedure.onlineLevel ? [procedure.onlineLevel] : [])));
  return {
    groups: [...names].filter(([id]) => groupIds.has(id)).map(([id, name]) => ({ id, name })),
    tiers: TIERS.filter((tier) => tiers.has(tier) && (tier === 'tinh' || tier === 'xa')),
    levels: ONLINE_LEVELS.filter((level) => levels.has(level)),
  };
}
