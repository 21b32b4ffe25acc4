/**
 * What the benchmark and the relevance test search: the catalogue file, read at run time (never a
 * frozen copy, so after the import they measure the real catalogue), the articles' titles and
 * descriptions, and the editors' synonym table. The same asset encoder as the build is used.
 */
import { existsSync } from 'node:fs';
import type { Procedure } from '../../../src/lib/catalogue/schema';
import { groupShortNames } from '../../../src/lib/catalogue/topic-groups';
import { SEARCHED_COLLECTIONS } from '../../../src/lib/content/collections';
import { parseMarkdown } from '../../../src/lib/content/frontmatter';
import { DATA_FILES } from '../../../src/lib/content/data-files';
import { encodeSearchAsset } from '../../../src/lib/search/asset-encode';
import type { EventInput, PageInput, SearchAsset } from '../../../src/lib/search/asset-format';
import { eventSituationText } from '../../../src/lib/events/situation';
import type { LifeEvent } from '../../../src/lib/content/event-schemas';
import type { SynonymTable } from '../../../src/lib/search/synonyms';
import { readContentFiles } from '../content-check/content-files';
import { readCatalogue, readSynonyms, readTopicGroupFile } from '../data-files';
import { syntheticCatalogue } from '../synthetic/generate';

export interface SearchSource {
  label: string;
  procedures: Procedure[];
  pages: PageInput[];
  events: EventInput[];
  groupNames: Map<string, string>;
  synonyms: SynonymTable;
}

/** Group names from the group file, plus the bare id for any group it lacks (synthetic data). */
function groupNamesFor(procedures: readonly Procedure[]): Map<string, string> {
  const names = groupShortNames(readTopicGroupFile('.').nhom);
  for (const procedure of procedures)
    if (!names.has(procedure.topicGroup)) names.set(procedure.topicGroup, procedure.topicGroup);
  return names;
}

/** Titles and descriptions of the published articles, read as npm run check reads them. */
export function readArticles(root = '.'): PageInput[] {
  const files = readContentFiles(root);
  return SEARCHED_COLLECTIONS.flatMap(([collection, kind]) =>
    files
      .filter((content) => content.collection === collection)
      .map((content) => {
        const data = parseMarkdown(content.text).data as { title: string; description: string };
        return { kind, url: content.path, title: data.title, description: data.description };
      }),
  );
}

/** The published life events, in address order as the build lists them (src/data/search.ts). */
export function readEvents(root = '.'): EventInput[] {
  return readContentFiles(root)
    .filter((content) => content.collection === 'events')
    .map((content) => {
      const { data, body } = parseMarkdown(content.text) as { data: LifeEvent; body: string };
      return {
        url: content.path,
        title: data.title,
        description: data.description,
        words: data.words,
        codes: data.steps.flatMap((step) => step.procedures.map((procedure) => procedure.code)),
        situation: eventSituationText({ body, steps: data.steps }),
      };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export function sourceFrom(label: string, procedures: Procedure[]): SearchSource {
  return {
    label,
    procedures,
    pages: readArticles(),
    events: readEvents(),
    groupNames: groupNamesFor(procedures),
    synonyms: readSynonyms('.'),
  };
}

/** The real catalogue as committed (or as imported locally). */
export function realSource(): SearchSource {
  return sourceFrom('real', readCatalogue(DATA_FILES.catalogue).procedures);
}

/**
 * The synthetic catalogue: tmp/synthetic-N.json when `npm run synthetic -- N` wrote it, otherwise
 * generated in memory with the same default seed (the same records).
 */
export function syntheticSource(count: number): SearchSource {
  const file = `tmp/synthetic-${count}.json`;
  const procedures = existsSync(file) ? readCatalogue(file).procedures : syntheticCatalogue(count).procedures;
  return sourceFrom(`synthetic ${count}`, procedures);
}

export function assetOf(source: SearchSource): SearchAsset {
  return encodeSearchAsset(source);
}
