/**
 * Starts a new page from the template:
 *
 *   npm run new -- news "Ra mắt ứng dụng TienGiangS"
 *
 * Writes content/<collection>/<slug of the title>.md and never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { vi } from '../src/i18n/vi';
import { MARKDOWN_COLLECTION_NAMES, isMarkdownCollectionName } from '../src/lib/content/collections';
import { newEntry } from './lib/new-entry/template';

const [collection, ...titleWords] = process.argv.slice(2);
const names = MARKDOWN_COLLECTION_NAMES.join(', ');

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

// Read the section and the title.
if (!collection || titleWords.length === 0) stop(vi.newEntry.usage(names));
if (!isMarkdownCollectionName(collection)) stop(vi.newEntry.unknownCollection(collection, names));

// Build the file from the template.
let entry;
try {
  entry = newEntry(collection, titleWords.join(' '), new Date());
} catch (error) {
  stop(error instanceof Error ? error.message : String(error));
}

// Write it, unless a file of that name already exists.
const target = resolve(entry.file);
if (existsSync(target)) stop(vi.newEntry.exists(entry.file));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text, { flag: 'wx' });
console.log(vi.newEntry.created(entry.file, entry.address));
