/**
 * The search's answers to every query of the relevance sets, from a built site's own index file:
 * the codes or addresses of the first 20 results, the total, and the marked words. A change to the
 * engine or to what it indexes shows up here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSearchAsset } from '../../../src/lib/search/asset-decode';
import { createSearchIndex, search } from '../../../src/lib/search/engine';
import { readRelevanceSet } from '../bench/relevance';

export type Answers = Record<string, string>;

function indexFileOf(dist: string): string {
  const dir = join(dist, 'tra-cuu');
  const name = readdirSync(dir).find((file) => /^chi-muc-[0-9a-f]+\.json$/.test(file));
  if (!name) throw new Error(`${dir} has no search index file: build the site first.`);
  return join(dir, name);
}

export function searchAnswers(dist: string): Answers {
  const data = decodeSearchAsset(JSON.parse(readFileSync(indexFileOf(dist), 'utf8')));
  const index = createSearchIndex(data);
  const answers: Answers = {};
  for (const { query } of readRelevanceSet()) {
    const response = search(index, query);
    const hits = response.hits.map(
      ({ record, highlights }) => `${record.code ?? record.url} ${JSON.stringify(highlights)}`,
    );
    answers[query] = [response.mode, response.total, response.partial, ...hits].join('\n');
  }
  return answers;
}

export function diffAnswers(before: Answers, after: Answers): string[] {
  const queries = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return queries
    .filter((query) => before[query] !== after[query])
    .map((query) => `search "${query}": answers differ`);
}
