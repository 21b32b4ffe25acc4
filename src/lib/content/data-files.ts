/**
 * The data files under content/ that are not Markdown, by what they hold. Paths are from the
 * project root. Each has one parser in src/lib and one reader on each side: src/data/ for the site,
 * scripts/lib/data-files.ts for the command-line tools.
 */
export const DATA_FILES = {
  /** The procedure catalogue, written by `npm run import`; never edited by hand. */
  catalogue: 'content/catalogue/services.json',
  /** Citizen-facing topic groups above the official fields (copied unchanged, MIT). */
  topicGroups: 'content/catalogue/nhom-linh-vuc.json',
  /** Fields the groups file lacks, placed in a group by editors. */
  extraTopicGroups: 'content/catalogue/nhom-linh-vuc-bo-sung.json',
  /** Other names citizens use for procedures ("CCCD", "sổ đỏ"), kept by editors. */
  synonyms: 'content/search/synonyms.json',
  /** The home page's "Người dân thường cần" list, kept by editors. */
  topTasks: 'content/top-tasks.json',
} as const;

/**
 * The catalogue a build reads: CATALOGUE_FILE when set (a synthetic catalogue for scale tests,
 * written by `npm run synthetic`), else the committed one.
 */
export function catalogueFile(env: Record<string, string | undefined> = process.env): string {
  return env['CATALOGUE_FILE'] ?? DATA_FILES.catalogue;
}
