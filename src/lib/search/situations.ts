/**
 * Life events found by a situation typed as a sentence ("vợ tôi vừa sinh thì phải làm gì"), when
 * the query holds none of an event's everyday words: the query's meaningful words (not the
 * optional ones such as "tôi", "cần", "gì") are looked up in what each event is about — its
 * title, description and everyday words first, then its steps, text and the names of its
 * procedures — a word that few events share counting for more, a long page's text less. An event
 * needs one word of what it is named for, or two of what it is about. The events the query's
 * words point to most clearly are offered.
 */
import { passes } from './filters';
import { expandQuery } from './synonyms';
import type { SearchFilters, SearchIndex } from './types';
import { optionalPositions } from './words';

/** An event is offered only for a word that tells events apart: found in at most this share of them. */
const MOST_EVENTS_SHARE = 0.25;
/** Events whose score comes this close to the best are offered beside it. */
const CLOSE_TO_BEST = 0.75;
/** At most this many events are offered for a situation. */
const MOST_OFFERED = 2;
/** A situation is told in a sentence: at least this many words, some of them optional ("tôi", "cần", "gì"). */
const SENTENCE_WORDS = 4;

/** The query's words that carry meaning: not optional words, not single letters, not numbers. */
export function meaningfulWords(index: SearchIndex, typed: readonly string[]): string[] {
  const optional = optionalPositions(index, typed);
  return typed.filter((word, at) => word.length > 1 && !/^\d+$/.test(word) && !optional[at]);
}

/** Without a word of what the event is named for, at least this many of the query's words must be found in what it is about. */
const MATCHED_WORDS = 2;
/** A word in what an event is named for (title, description, everyday words) counts this many times more. */
const CORE_WEIGHT = 3;

/** How rare a word is among the events' given word sets: 0 when it is in too many to tell them apart. */
function rarity(word: string, counts: ReadonlyMap<string, number>, total: number): number {
  const count = counts.get(word) ?? 0;
  return count === 0 || count > Math.max(1, total * MOST_EVENTS_SHARE) ? 0 : Math.log((total + 1) / count);
}

export function situationEvents(
  index: SearchIndex,
  typed: readonly string[],
  filters: SearchFilters,
): number[] {
  const isSentence = typed.length >= SENTENCE_WORDS && optionalPositions(index, typed).some(Boolean);
  if (!isSentence) return [];
  // The synonym table's other names count too ("chung minh nhan dan" → "can cuoc").
  const words = [
    ...new Set(
      expandQuery([...typed], index.lookup).flatMap((variant) => meaningfulWords(index, variant.words)),
    ),
  ];
  const total = index.events.length;
  if (words.length === 0 || total === 0) return [];
  const averageSize = index.events.reduce((sum, event) => sum + event.situation.size, 0) / total;
  const scored = index.events
    .filter((event) => {
      const record = index.records[event.id];
      return record !== undefined && passes(record, filters);
    })
    .map((event) => {
      // A long page holds more words by chance: its text's matches count less (as BM25 does).
      const lengthFactor = Math.sqrt(Math.max(1, event.situation.size / averageSize));
      let score = 0;
      let matched = 0;
      let named = false;
      for (const word of words) {
        const core = event.core.has(word) ? CORE_WEIGHT * rarity(word, index.coreEvents, total) : 0;
        const text = event.situation.has(word)
          ? rarity(word, index.situationEvents, total) / lengthFactor
          : 0;
        if (core + text > 0) matched += 1;
        if (core > 0) named = true;
        score += Math.max(core, text);
      }
      // One word met by chance in a page's text is no sign of the situation; one word of what the
      // event is named for ("sinh" for "Sinh con") is.
      return { id: event.id, score: named || matched >= MATCHED_WORDS ? score : 0 };
    })
    .filter((event) => event.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((event) => event.score >= best * CLOSE_TO_BEST)
    .slice(0, MOST_OFFERED)
    .map((event) => event.id);
}
