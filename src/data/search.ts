/**
 * The search index file and the filter choices of /tra-cuu/, computed once per build from the
 * catalogue, the articles and the editors' synonym table. The endpoint that writes the file and the
 * page that fetches it both call `searchIndexFile()`, so they always agree on its hashed name.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { LOCAL_TIERS, ONLINE_LEVELS } from '../lib/catalogue/schema';
import { groupShortNames } from '../lib/catalogue/topic-groups';
import { DATA_FILES } from '../lib/content/data-files';
import { SEARCHED_COLLECTIONS } from '../lib/content/collections';
import { entryPath } from '../lib/navigation';
import type { EventInput, PageInput } from '../lib/search/asset-format';
import { encodeSearchAsset, UnknownGroupError } from '../lib/search/asset-encode';
import { editorsText } from '../i18n/editors';
import { lifeEvents } from './events';
import { eventSituationText } from '../lib/events/situation';
import { readSynonymTable } from '../i18n/search-data';
import type { FilterChoices } from '../lib/search/url';
import { loadCatalogue } from './catalogue';

export interface SearchIndexFile {
  /** The file name without extension, e.g. "chi-muc-3f9a1c2b7d". */
  name: string;
  /** Its URL path, e.g. "/tra-cuu/chi-muc-3f9a1c2b7d.json". */
  path: string;
  json: string;
}

async function articles(): Promise<PageInput[]> {
  const lists = await Promise.all(
    SEARCHED_COLLECTIONS.map(async ([collection, kind]) =>
      // In address order, whatever order the files were read in, so the index file is the same on every machine.
      (await getCollection(collection))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => ({
          kind,
          url: entryPath(collection, entry.id),
          title: entry.data.title,
          description: entry.data.description,
        })),
    ),
  );
  return lists.flat();
}

/** Life events in address order, each with its procedures' codes in the order it lists them. */
async function events(): Promise<EventInput[]> {
  return (await lifeEvents())
    .map(({ entry, steps }) => ({
      url: entryPath('events', entry.id),
      title: entry.data.title,
      description: entry.data.description,
      words: entry.data.words,
      codes: steps.flatMap((step) => step.procedures.map((item) => item.procedure.code)),
      situation: eventSituationText({ body: entry.body ?? '', steps: entry.data.steps }),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The catalogue in code order, and its topic groups' short names. */
async function catalogue() {
  const { procedures, groups } = await loadCatalogue();
  return {
    procedures: [...procedures].sort((a, b) => a.code.localeCompare(b.code)),
    groupNames: groupShortNames(groups),
  };
}

let cached: Promise<SearchIndexFile> | undefined;

/** The index file, built on first use and reused by the page and the endpoint. */
export function searchIndexFile(): Promise<SearchIndexFile> {
  cached ??= (async () => {
    const input = {
      ...(await catalogue()),
      pages: await articles(),
      events: await events(),
      synonyms: readSynonymTable(readFileSync(DATA_FILES.synonyms, 'utf8'), DATA_FILES.synonyms),
    };
    let asset;
    try {
      asset = encodeSearchAsset(input);
    } catch (error) {
      if (!(error instanceof UnknownGroupError)) throw error;
      throw new Error(editorsText.searchData.unknownGroup(error.code, error.group));
    }
    const json = JSON.stringify(asset);
    const name = `chi-muc-${createHash('sha256').update(json).digest('hex').slice(0, 10)}`;
    return { name, path: `/tra-cuu/${name}.json`, json };
  })();
  return cached;
}

/** Filter choices that the catalogue actually has: no "level 4" choice when no source states levels. */
export async function searchFilterChoices(): Promise<FilterChoices> {
  const { procedures, groupNames } = await catalogue();
  const groupIds = new Set(procedures.map((procedure) => procedure.topicGroup));
  const tiers = new Set(procedures.flatMap((procedure) => procedure.tiers));
  const levels = new Set(
    procedures.flatMap((procedure) => (procedure.onlineLevel ? [procedure.onlineLevel] : [])),
  );
  return {
    groups: [...groupNames].filter(([id]) => groupIds.has(id)).map(([id, name]) => ({ id, name })),
    tiers: LOCAL_TIERS.filter((tier) => tiers.has(tier)),
    levels: ONLINE_LEVELS.filter((level) => levels.has(level)),
  };
}
