/**
 * The one reader of the catalogue file (content/catalogue/services.json, written by the import).
 * Pure: it takes the file's text and returns the checked catalogue, or fails naming the file, the
 * procedure and the field, so a hand-edited or truncated file never builds a wrong site.
 *
 * The site reads the file itself rather than through a content collection: Astro's content layer
 * copies every entry into its data store and bundles that store as one JavaScript module, and at
 * 25,000 procedures with their documents and steps (230 MB) bundling it took minutes and 5 GB.
 */
import { catalogueSchema, type Catalogue } from './schema';

/** How many schema problems to list before "…": enough to see a pattern, short enough to read. */
const PROBLEMS_SHOWN = 10;

export class CatalogueFileError extends Error {
  override readonly name = 'CatalogueFileError';
}

export function parseCatalogueFile(text: string, file: string): Catalogue {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CatalogueFileError(
      `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): rebuild it with npm run import:default.`,
    );
  }
  const result = catalogueSchema.safeParse(data);
  if (!result.success) {
    const procedures = (data as { procedures?: { code?: unknown }[] } | null)?.procedures;
    const problems = result.error.issues.slice(0, PROBLEMS_SHOWN).map((issue) => {
      const [section, index, ...rest] = issue.path;
      const code =
        section === 'procedures' && typeof index === 'number' ? procedures?.[index]?.code : undefined;
      const place =
        typeof code === 'string'
          ? `procedure ${code}, field "${rest.join('.')}"`
          : `"${issue.path.join('.')}"`;
      return `${place}: ${issue.message}`;
    });
    throw new CatalogueFileError(
      `${file} does not match the catalogue schema (src/lib/catalogue/schema.ts):\n  ${problems.join('\n  ')}\nThe file is written by the import, never by hand: rebuild it with npm run import:default.`,
    );
  }
  if (result.data.procedures.length === 0) {
    // The import never writes an empty catalogue: an empty one means a wrong file, not "no procedures".
    throw new CatalogueFileError(`${file} has no procedures: rebuild it with npm run import:default.`);
  }
  return result.data;
}
