/**
 * Writes the editors' web editor into dist/quan-tri/, in four steps:
 *   1. bundle src/editor/main.ts with Sveltia CMS from npm (its fonts, Vietnamese words and
 *      pictures beside it: nothing is fetched from another site);
 *   2. write config.yml from the collections' schemas (src/lib/content/editor-config.ts);
 *   3. write the preview's stylesheet from the site's own (tokens and base styles);
 *   4. write the page, with its own Content-Security-Policy and noindex.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import yaml from 'js-yaml';
import { site } from '../../../src/config/site';
import { EDITOR_COLLECTIONS, editorText, editorWords } from '../../../src/i18n/editor';
import { MARKDOWN_COLLECTIONS } from '../../../src/lib/content/collections';
import { editorConfig } from '../../../src/lib/content/editor-config';
import { EDITOR_PATH } from '../../../src/lib/navigation';
import { editorChoices } from './choices';
import { editorCsp } from './csp';

const ENTRY = 'src/editor/main.ts';
const SVELTIA = 'node_modules/@sveltia/cms';
/** The stylesheets the preview borrows from the site, in the order the site loads them. */
const PREVIEW_STYLES = ['src/styles/tokens.css', 'src/styles/base.css'];
export const PREVIEW_STYLESHEET = 'xem-truoc.css';

export interface WrittenEditor {
  dir: string;
  /** The page's one script, under dir. */
  script: string;
  /** Size of config.yml. */
  configBytes: number;
  /** Sveltia CMS's version, from its package. */
  version: string;
  /** What opening the editor downloads before any choice: its script and the chunks it imports. */
  atStart: { files: number; bytes: number; gzipBytes: number };
}

/** The entry script and every chunk it imports statically, as output paths. */
function loadedAtStart(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen];
}

function sveltiaVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, SVELTIA, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Step 1: the editor's script, its chunks, and Sveltia's own files (fonts, icons) it points to. */
async function bundleEditor(root: string, dir: string): Promise<{ script: string; atStart: WrittenEditor['atStart'] }> {
  const result = await build({
    entryPoints: { editor: join(root, ENTRY) },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    // Code highlighting loads a language only when an editor writes a code block; those are not
    // shipped (hundreds of files) and the editor works without them.
    external: ['@shikijs/*'],
    loader: { '.wasm': 'file', '.woff2': 'file', '.png': 'file' },
    metafile: true,
    logLevel: 'warning',
    legalComments: 'linked',
  });
  // Sveltia finds its fonts and pictures beside the script ("assets/…", from import.meta.url).
  cpSync(join(root, SVELTIA, 'npm/assets'), join(dir, 'assets'), { recursive: true });
  const entry = Object.keys(result.metafile.outputs).find((file) => basename(file).startsWith('editor-') && file.endsWith('.js'));
  if (!entry) throw new Error('The editor bundle has no entry script.');
  const files = loadedAtStart(result.metafile, entry);
  const contents = files.map((file) => readFileSync(file));
  return {
    script: basename(entry),
    atStart: {
      files: files.length,
      bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
      gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 6 }).length, 0),
    },
  };
}

/** Step 2. Codes are one list the YAML writes once and refers to from every code field. */
function writeConfig(root: string, dir: string): number {
  const config = editorConfig({
    backend: site.editor,
    siteUrl: site.url,
    contentRoot: 'content',
    collections: (Object.keys(EDITOR_COLLECTIONS) as (keyof typeof MARKDOWN_COLLECTIONS)[]).map((name) => ({
      name,
      folder: MARKDOWN_COLLECTIONS[name].folder,
      schema: MARKDOWN_COLLECTIONS[name].schema,
    })),
    words: editorWords(site.name),
    choices: editorChoices(root),
  });
  const text = `# Written by npm run build from the collections' schemas (scripts/lib/editor/). Do not edit.\n${yaml.dump(config, { lineWidth: -1 })}`;
  writeFileSync(join(dir, 'config.yml'), text);
  return Buffer.byteLength(text);
}

/** Step 3. */
function writePreviewStyles(root: string, dir: string): void {
  const css = PREVIEW_STYLES.map((file) => `/* ${file} */\n${readFileSync(join(root, file), 'utf8')}`).join('\n');
  writeFileSync(join(dir, PREVIEW_STYLESHEET), css);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);

/** Step 4. */
function writePage(dir: string, script: string): void {
  const t = editorText.page;
  const html = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="content-security-policy" content="${escape(editorCsp(site.editor))}">
    <title>${escape(editorText.appTitle(site.name))}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link href="${EDITOR_PATH}config.yml" type="application/yaml" rel="cms-config-url">
    <script type="module" src="${EDITOR_PATH}${script}"></script>
  </head>
  <body>
    <noscript><p>${escape(t.noScript)}</p></noscript>
  </body>
</html>
`;
  writeFileSync(join(dir, 'index.html'), html);
}

export async function writeEditor(dist: string, root = '.'): Promise<WrittenEditor> {
  const dir = join(dist, EDITOR_PATH);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { script, atStart } = await bundleEditor(root, dir);
  const configBytes = writeConfig(root, dir);
  writePreviewStyles(root, dir);
  writePage(dir, script);
  return { dir, script, configBytes, version: sveltiaVersion(root), atStart };
}
