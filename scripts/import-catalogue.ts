/**
 * Imports the catalogue of administrative procedures from the portals' exports.
 *
 *   npm run import -- [--out FILE] [--dry-run] [--tiers tinh,xa] [--allow-shrink] [--accept-rejects] FILES...
 *   npm run import:default      rebuilds the committed catalogue from content/catalogue/sources/
 *
 * Exit status: 0 written (or a clean dry run); 1 nothing written (a file, a row or a safety check
 * failed, see the message); 2 the command line is wrong. README.md "Importing the catalogue" has more.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCatalogue, type BuildResult } from './lib/import/build';
import { InvalidCatalogueError, serialiseCatalogue } from './lib/import/catalogue';
import { parseImportArgs, USAGE, type ImportOptions } from './lib/import/cli';
import { diffCatalogues, readPreviousCatalogue } from './lib/import/diff';
import { ImportFileError, UsageError } from './lib/import/errors';
import { readSources } from './lib/import/read-sources';
import { formatReport } from './lib/import/report';
import { refusals } from './lib/import/safety';
import { loadTopicGroups } from './lib/import/topic-groups';
import { rejectsCsv, rejectsReportPath, writeFileAtomically } from './lib/import/write';

/**
 * Step 8: the rejects report (when rows were accepted as rejected), then the catalogue. A report
 * left by an earlier run is removed only once the new catalogue is in place.
 */
function writeOutputs(options: ImportOptions, result: BuildResult, text: string): string[] {
  const report = rejectsReportPath(options.out);
  const hasRejects = result.rejected.length > 0;
  if (hasRejects) writeFileAtomically(report, rejectsCsv(result.rejected));
  writeFileAtomically(options.out, text);
  const written = [
    `${options.out} (${result.catalogue.procedures.length} thủ tục, ${Math.round(Buffer.byteLength(text) / 1024)} KB)`,
  ];
  if (hasRejects) written.push(`${report} (${result.rejected.length} dòng bị từ chối)`);
  else if (existsSync(report)) {
    rmSync(report);
    written.push(`(đã xóa báo cáo cũ ${report}: lần này không dòng nào bị từ chối)`);
  }
  return written;
}

async function importCatalogue(options: ImportOptions): Promise<number> {
  const started = performance.now();
  const sources = await readSources(options.inputs, [options.out, rejectsReportPath(options.out)]); // 1. read
  const groups = loadTopicGroups();
  const result = buildCatalogue(sources, groups, options.tiers); // 2–5. normalise, merge, group, filter, validate
  const text = serialiseCatalogue(result.catalogue);
  const { previous, problem } = readPreviousCatalogue(resolve(options.out)); // 6. diff
  const diff = diffCatalogues(previous, result.catalogue);
  const refused = refusals(result, diff, options, problem); // 7. safety
  const written = refused.length === 0 && !options.dryRun ? writeOutputs(options, result, text) : []; // 8. write
  const report = formatReport({
    sources,
    result,
    groups,
    diff,
    previousProblem: problem,
    tiers: options.tiers,
    refusals: refused,
    written,
    dryRun: options.dryRun,
    verbose: options.verbose,
    seconds: (performance.now() - started) / 1000,
    outputBytes: Buffer.byteLength(text),
  });
  console.log(report.join('\n')); // 9. report
  return refused.length === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseImportArgs(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    return await importCatalogue(options);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ImportFileError || error instanceof InvalidCatalogueError) {
      console.error(`${error.message}\n\nKHÔNG GHI GÌ. Danh mục hiện có giữ nguyên.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
