/**
 * Writes a synthetic catalogue of N procedures in the catalogue schema, for scale tests only, with
 * the real procedures the content names added (so the real content builds on it).
 *
 *   npm run synthetic -- [N=25000] [--out tmp/synthetic-N.json] [--seed 20171818]
 *
 * Build the site with it:  CATALOGUE_FILE=tmp/synthetic-25000.json npm run build
 * It refuses to overwrite the real catalogue in content/catalogue/.
 */
import { parseArgs } from 'node:util';
import { catalogueSchema } from '../src/lib/catalogue/schema';
import { withContentProcedures } from './lib/synthetic/content-procedures';
import { syntheticCatalogue } from './lib/synthetic/generate';
import { refuseRealCatalogue, writeJson } from './lib/synthetic/output';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, seed: { type: 'string', default: '20171818' } },
  allowPositionals: true,
});
const count = Number(positionals[0] ?? 25000);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`N must be a positive whole number, got "${positionals[0]}".`);
const out = values.out ?? `tmp/synthetic-${count}.json`;

refuseRealCatalogue(out);
const catalogue = catalogueSchema.parse(withContentProcedures(syntheticCatalogue(count, Number(values.seed)), '.'));
writeJson(out, catalogue);
console.log(
  `Wrote ${count} synthetic procedures and ${catalogue.procedures.length - count} the content names to ${out}`,
);
