/**
 * The plain-Markdown reader (src/parse/read-simple-markdown.ts) against markdown-it on real records: for every
 * Markdown file under the given folders, parseMarkdown must give the same blocks and comments with the reader
 * as with markdown-it's block parser alone. Prints how many files the reader accepted; exits 1 on a difference.
 * `.ci/run` runs it on ../shared/corpus (the committed tests hold the fixtures and generated texts).
 *
 *   tsx scripts/check-markdown-reader.ts DIR...
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseMarkdown, splitFrontMatter } from '../src/parse/parse-markdown.js';
import { readSimpleMarkdown } from '../src/parse/read-simple-markdown.js';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : markdownFiles(p);
    return /\.(md|markdown)$/i.test(e.name) ? [p] : [];
  });
}

const files = process.argv.slice(2).flatMap(markdownFiles);
let accepted = 0;
const differing: string[] = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const body = parseMarkdown(text, { markdownItOnly: true });
  if (readSimpleMarkdown(splitFrontMatter(text).body) !== undefined) accepted++;
  if (!isDeepStrictEqual(parseMarkdown(text), body)) differing.push(file);
}
console.log(`markdown reader: ${files.length} files, ${accepted} read without markdown-it's block parser, ${differing.length} differing`);
for (const f of differing) console.log(`  differs from markdown-it: ${f}`);
process.exit(files.length > 0 && differing.length === 0 ? 0 : 1);
