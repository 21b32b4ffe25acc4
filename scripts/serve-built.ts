/**
 * Serves the built sites with nginx and the shipped configuration until stopped (Ctrl+C): the
 * browser tests' server when `npm run test:e2e` is run alone (npm test starts its own once).
 *
 *   npm run serve:built            the site on PORT (default 4321), the fixture site on the next
 *                                  port, the served-files folder on the one after, the fixture
 *                                  site's two deploys (served in turn) on the next
 */
import { startTestSites } from './lib/deploy/test-sites';

const port = Number(process.env.PORT ?? 4321);
const { urls, stop } = await startTestSites(port);
console.log(
  `Serving the site at ${urls.site}, the fixture site at ${urls.fixture}, files at ${urls.files}, the fixture's deploys at ${urls.deploy}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stop().then(() => process.exit(0));
  });
}
setInterval(() => {}, 1 << 30);
