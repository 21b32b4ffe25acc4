/**
 * The in-memory index, built once in the browser from the decoded index file: folded titles and
 * details, an inverted index of their words, and every record's words in order as numbers, so
 * phrases can be checked without searching the text again.
 */
import type { SearchData } from './asset-format';
import { synonymLookup } from './synonyms';
import { foldKeepingPositions, splitWords, words } from './text';
import type { SearchIndex } from './types';

function addPosting(postings: Map<string, number[]>, token: string, id: number): void {
  const list = postings.get(token);
  if (!list) postings.set(token, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Builds the in-memory index from the decoded asset (a few milliseconds for the real catalogue). */
export function createSearchIndex(data: SearchData): SearchIndex {
  const titles: string[] = [];
  const details: string[] = [];
  const titlePostings = new Map<string, number[]>();
  const detailPostings = new Map<string, number[]>();
  const byCode = new Map<string, number>();
  const documentPairPostings = new Map<string, number[]>();
  const documentPhrasePostings = new Map<string, number[]>();
  const events: SearchIndex['events'] = [];
  const situationEvents = new Map<string, number>();
  const coreEvents = new Map<string, number>();
  const wordNumbers = new Map<string, number>();
  const numberOf = (word: string): number => {
    let number = wordNumbers.get(word);
    if (number === undefined) {
      number = wordNumbers.size;
      wordNumbers.set(word, number);
    }
    return number;
  };
  // A paper's pairs of words, and every run of three or more of its words ("chung nhan nuoi con").
  const addPaperPhrase = (list: string[], id: number): void => {
    for (let at = 0; at + 1 < list.length; at++) {
      addPosting(documentPairPostings, `${list[at]} ${list[at + 1]}`, id);
      for (let end = at + 3; end <= list.length; end++) {
        addPosting(documentPhrasePostings, list.slice(at, end).join(' '), id);
      }
    }
  };
  const sequence: number[] = [];
  const sequenceStarts = new Int32Array(data.records.length + 1);
  data.records.forEach((record, id) => {
    const title = foldKeepingPositions(record.title);
    const detail = foldKeepingPositions(record.detail);
    titles.push(title);
    details.push(detail);
    sequenceStarts[id] = sequence.length;
    // An event is found by its everyday words (engine.ts), or by a sentence through what it is
    // about and named for (situations.ts); its loose title words are not in the word index.
    if (record.kind === 'event') {
      const situation = new Set(record.eventSituation ?? []);
      const core = new Set(words([record.title, record.detail, ...(record.eventWords ?? [])].join(' ')));
      for (const word of situation) situationEvents.set(word, (situationEvents.get(word) ?? 0) + 1);
      for (const word of core) coreEvents.set(word, (coreEvents.get(word) ?? 0) + 1);
      events.push({
        id,
        words: (record.eventWords ?? []).map((phrase) => phrase.split(' ')),
        situation,
        core,
      });
      sequence.push(-1);
      return;
    }
    for (const phrase of record.documentPairs ?? []) addPaperPhrase(phrase.split(' '), id);
    for (const word of splitWords(title)) {
      addPosting(titlePostings, word, id);
      sequence.push(numberOf(word));
    }
    sequence.push(-1);
    for (const word of splitWords(detail)) {
      addPosting(detailPostings, word, id);
      sequence.push(numberOf(word));
    }
    if (record.code) byCode.set(record.code, id);
  });
  sequenceStarts[data.records.length] = sequence.length;
  const vocabulary = [...wordNumbers.keys()].sort();
  return {
    records: data.records,
    groups: data.groups,
    titles,
    details,
    titlePostings,
    detailPostings,
    wordNumbers,
    wordList: [...wordNumbers.keys()],
    sequences: Int32Array.from(sequence),
    sequenceStarts,
    vocabulary,
    vocabularySet: new Set(vocabulary),
    byCode,
    documentPairPostings,
    documentPhrasePostings,
    events,
    situationEvents,
    coreEvents,
    lookup: synonymLookup(data.synonyms),
    optionalWords: new Set(data.synonyms.optionalWords.filter((term) => !term.includes(' '))),
    optionalPhrases: data.synonyms.optionalWords
      .filter((term) => term.includes(' '))
      .map((term) => term.split(' ')),
    wordCache: new Map(),
    nameCache: new Map(),
  };
}

/** Whether the record's title or detail holds these words side by side, in this order. */
export function holdsPhrase(index: SearchIndex, id: number, phrase: readonly number[]): boolean {
  const from = index.sequenceStarts[id] ?? 0;
  const to = (index.sequenceStarts[id + 1] ?? 0) - phrase.length;
  for (let at = from; at <= to; at++) {
    let offset = 0;
    while (offset < phrase.length && index.sequences[at + offset] === phrase[offset]) offset++;
    if (offset === phrase.length) return true;
  }
  return false;
}
