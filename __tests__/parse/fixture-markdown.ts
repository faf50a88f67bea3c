/** The Markdown fixture records (__tests__/fixtures), for the tests that compare a reader with markdown-it on all of them. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

export const fixtureMarkdownFiles = (): string[] =>
  markdownFiles(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures'));
