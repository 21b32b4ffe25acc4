/**
 * Writes the editors' web editor into dist/quan-tri/ at the end of `astro build` (write.ts), so the
 * editor's forms always match the schemas the site was built with.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITOR_REPO_EXAMPLE, site } from '../../../src/config/site';
import { vi } from '../../../src/i18n/vi';
import { writeEditor } from './write';

export function webEditor(): AstroIntegration {
  return {
    name: 'dvc-web-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeEditor(fileURLToPath(dir));
        const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
        logger.info(
          vi.build.editorWritten(written.version, site.editor.host, site.editor.repo, megabytes(written.atStart.bytes), megabytes(written.atStart.gzipBytes)),
        );
        if (site.editor.repo === EDITOR_REPO_EXAMPLE) logger.warn(vi.build.editorRepoExample);
      },
    },
  };
}
