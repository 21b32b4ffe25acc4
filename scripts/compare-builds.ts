/**
 * Proves that a refactor changed nothing a reader sees.
 *
 *   npm run compare-builds -- answers DIST OUT.json
 *     writes the search's answers to every query of the relevance sets, from DIST's index;
 *   npm run compare-builds -- sites BEFORE_DIST AFTER_DIST [ANSWERS_BEFORE.json]
 *     compares two built sites file by file (scripts/lib/compare/sites.ts says how) and, given the
 *     answers saved before the change, the search's answers now.
 *
 * So: build and save the answers before the change, change, build again, compare. Exit status 0
 * when nothing differs, 1 otherwise, with the differences listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { diffAnswers, searchAnswers, type Answers } from './lib/compare/answers';
import { compareSites } from './lib/compare/sites';

const USAGE = [
  'npm run compare-builds -- answers DIST OUT.json',
  'npm run compare-builds -- sites BEFORE_DIST AFTER_DIST [ANSWERS_BEFORE.json]',
].join('\n');

function main([command, ...args]: string[]): number {
  if (command === 'answers' && args.length === 2) {
    const [dist, out] = args as [string, string];
    writeFileSync(out, `${JSON.stringify(searchAnswers(dist), null, 1)}\n`);
    console.log(`Wrote the answers to ${out}.`);
    return 0;
  }
  if (command === 'sites' && (args.length === 2 || args.length === 3)) {
    const [before, after, answersFile] = args as [string, string, string | undefined];
    const lines = compareSites(before, after);
    if (answersFile) {
      const saved = JSON.parse(readFileSync(answersFile, 'utf8')) as Answers;
      lines.push(...diffAnswers(saved, searchAnswers(after)));
    }
    for (const line of lines) console.log(line);
    console.log(lines.length === 0 ? 'No differences.' : `${lines.length} differences.`);
    return lines.length === 0 ? 0 : 1;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
