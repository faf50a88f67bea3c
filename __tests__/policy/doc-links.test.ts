/**
 * The repository's own Markdown (README, SECURITY.md, docs/, examples/) links to files and headings that
 * exist: a moved section or a renamed rule page would otherwise leave a dead link that no other test sees.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headingAnchors } from '../markdown-anchors.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const markdownUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));

const DOCS = ['README.md', 'SECURITY.md', ...markdownUnder('docs'), 'examples/README.md'];

const anchorsOf = (file: string): Set<string> => headingAnchors(readFileSync(path.join(ROOT, file), 'utf8'));

/** Relative links `[text](target)`, outside code blocks and inline code. */
function linksOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((t) => !/^[a-z][\w+.-]*:/i.test(t));
}

describe("links in the repository's Markdown", () => {
  test('finds the documents and their links', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['README.md', 'docs/performance.md', 'docs/rules/parse-error.md']));
    expect(linksOf('README.md')).toEqual(expect.arrayContaining(['docs/performance.md', '#custom-rules']));
  });

  test.each(DOCS)('%s: every relative link names an existing file and heading', (file) => {
    const dead: string[] = [];
    for (const link of linksOf(file)) {
      const [target = '', anchor] = link.split('#');
      const resolved = target ? path.join(path.dirname(file), target) : file;
      if (!existsSync(path.join(ROOT, resolved))) dead.push(`${link} (no file ${resolved})`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) dead.push(`${link} (no heading #${anchor})`);
    }
    expect(dead).toEqual([]);
  });
});
