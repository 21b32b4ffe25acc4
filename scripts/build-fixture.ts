/**
 * npm run build:fixture: the fixture site in tmp/fixture-site/dist (scripts/lib/fixture-site/):
 * the real content on a catalogue of named cases, for the browser tests of the templates.
 */
import { performance } from 'node:perf_hooks';
import { FIXTURE_DIST, buildFixtureSite } from './lib/fixture-site/build';

const started = performance.now();
const { procedures } = await buildFixtureSite();
console.log(
  `Fixture site: ${procedures} procedures built into ${FIXTURE_DIST} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
