/**
 * npm run build:fixture: the fixture site in tmp/fixture-site/dist (scripts/lib/fixture-site/):
 * the real content on a catalogue of named cases, for the browser tests of the templates; and two
 * deploys of it (tmp/deploy-site/) for the offline tests.
 */
import { performance } from 'node:perf_hooks';
import { FIXTURE_DIST, buildFixtureSite } from './lib/fixture-site/build';
import { DEPLOYS_DIR, prepareDeploys } from './lib/fixture-site/deploys';

const started = performance.now();
const { procedures } = await buildFixtureSite();
await prepareDeploys();
console.log(
  `Fixture site: ${procedures} procedures built into ${FIXTURE_DIST}, and two deploys of it in ${DEPLOYS_DIR}, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
