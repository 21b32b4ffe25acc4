/**
 * What the benchmark and the relevance test search: the catalogue file, read at run time (never a
 * frozen copy, so after the import they measure the real catalogue), the articles' titles and
 * descriptions, and the editors' synonym table. The same asset encoder as the build is used.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueSchema, type Procedure } from '../../../src/lib/catalogue/schema';
import { parseMarkdown } from '../../../src/lib/content/frontmatter';
import { entryPath } from '../../../src/lib/navigation';
import {
  encodeSearchAsset,
  type PageInput,
  type PageKind,
  type SearchAsset,
} from '../../../src/lib/search/asset';
import { parseSynonymFile } from '../../../src/lib/search/synonym-file';
import type { SynonymTable } from '../../../src/lib/search/synonyms';
import { slugify } from '../../../src/lib/text/slug';
import { syntheticCatalogue } from '../synthetic/generate';

export const REAL_CATALOGUE = 'content/catalogue/services.json';
export const TOPIC_GROUP_FILE = 'content/catalogue/nhom-linh-vuc.json';
export const SYNONYM_FILE = 'content/search/synonyms.json';

export interface SearchSource {
  label: string;
  procedures: Procedure[];
  pages: PageInput[];
  groupNames: Map<string, string>;
  synonyms: SynonymTable;
}

/** Folders of articles → their section and kind, as src/data/search.ts maps the collections. */
const ARTICLE_FOLDERS: [
  folder: string,
  section: 'guides' | 'explainers' | 'postal' | 'news',
  kind: PageKind,
][] = [
  ['guides', 'guides', 'guide'],
  ['explainers', 'explainers', 'explainer'],
  ['postal', 'postal', 'postal'],
  ['news', 'news', 'news'],
];

export function readProcedures(file: string): Procedure[] {
  return catalogueSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).procedures;
}

/** Group names from the group file, plus the bare id for any group it lacks (synthetic data). */
export function readGroupNames(procedures: readonly Procedure[]): Map<string, string> {
  const names = new Map<string, string>();
  if (existsSync(TOPIC_GROUP_FILE)) {
    const file = JSON.parse(readFileSync(TOPIC_GROUP_FILE, 'utf8')) as {
      nhom: { id: string; ten: string; tenNgan?: string }[];
    };
    for (const group of file.nhom) names.set(group.id, group.tenNgan ?? group.ten);
  }
  for (const procedure of procedures)
    if (!names.has(procedure.topicGroup)) names.set(procedure.topicGroup, procedure.topicGroup);
  return names;
}

/** Titles and descriptions of the published articles (files starting with "_" are drafts). */
export function readArticles(contentDir = 'content'): PageInput[] {
  return ARTICLE_FOLDERS.flatMap(([folder, section, kind]) => {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
      .map((name) => {
        const data = parseMarkdown(readFileSync(join(dir, name), 'utf8')).data as {
          title: string;
          description: string;
        };
        return {
          kind,
          url: entryPath(section, slugify(name.replace(/\.md$/, ''))),
          title: data.title,
          description: data.description,
        };
      });
  });
}

export function readSynonyms(): SynonymTable {
  return parseSynonymFile(readFileSync(SYNONYM_FILE, 'utf8'), SYNONYM_FILE);
}

export function sourceFrom(label: string, procedures: Procedure[]): SearchSource {
  return {
    label,
    procedures,
    pages: readArticles(),
    groupNames: readGroupNames(procedures),
    synonyms: readSynonyms(),
  };
}

/** The real catalogue as committed (or as imported locally). */
export function realSource(): SearchSource {
  return sourceFrom('real', readProcedures(REAL_CATALOGUE));
}

/**
 * The synthetic catalogue: tmp/synthetic-N.json when `npm run synthetic -- N` wrote it, otherwise
 * generated in memory with the same default seed (the same records).
 */
export function syntheticSource(count: number): SearchSource {
  const file = `tmp/synthetic-${count}.json`;
  const procedures = existsSync(file) ? readProcedures(file) : syntheticCatalogue(count).procedures;
  return sourceFrom(`synthetic ${count}`, procedures);
}

export function assetOf(source: SearchSource): SearchAsset {
  return encodeSearchAsset(source);
}
