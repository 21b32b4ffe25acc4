/** What editors read when content/search/synonyms.json is wrong: the build and the tools stop with it. */
import { SynonymFileError, parseSynonymFile, type SynonymPlace, type SynonymProblem } from '../lib/search/synonym-file';
import type { SynonymTable } from '../lib/search/synonyms';
import { editorsText } from './editors';

const m = editorsText.searchData;

function describePlace(place: SynonymPlace): string {
  switch (place.kind) {
    case 'group':
      return m.atGroup(place.position, place.terms);
    case 'optionalWord':
      return m.atOptionalWord(place.position);
    case 'field':
      return m.atField(place.path);
    case 'top':
      return m.atTop;
  }
}

function describe(problem: SynonymProblem): string {
  switch (problem.kind) {
    case 'notJson':
      return `${m.notJson} (${problem.detail})`;
    case 'schema':
      return `- ${describePlace(problem.place)}: ${problem.zodMessage}`;
    case 'noWords':
      return `${describePlace(problem.place)}: ${m.noWords}`;
    case 'duplicate':
      return `${describePlace(problem.place)}: ${m.duplicate(problem.term, problem.group)}`;
  }
}

/** The synonym table, or an Error saying in Vietnamese what to fix in which file. */
export function readSynonymTable(text: string, fileName: string): SynonymTable {
  try {
    return parseSynonymFile(text, fileName);
  } catch (error) {
    if (!(error instanceof SynonymFileError)) throw error;
    const [first, ...rest] = error.problems.map(describe);
    const separate = error.problems[0]?.kind === 'schema';
    throw new Error(
      separate ? [m.inFile(error.file), first, ...rest].join('\n') : `${m.inFile(error.file)} ${[first, ...rest].join('\n')}`,
    );
  }
}
