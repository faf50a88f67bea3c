#!/usr/bin/env node
// The parse floor of `npm run bench`: reads every file of a folder once and parses it once with the libraries
// llm-arch-lint uses (markdown-it for Markdown, yaml for YAML and JSON, and yaml for the front matter block a
// Markdown file opens with, which is YAML and not Markdown), and nothing else: no discovery globs, no
// extraction, no policy, no report. What llm-arch-lint costs on top of this is its own work.
//
//   node scripts/bench/parse-floor.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseAllDocuments } from 'yaml';

const SKIP = new Set(['node_modules', '.git', 'vendor', 'dist']);
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

let files = 0;
let bytes = 0;
let nodes = 0;
const walk = (dir) => {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) parse(p);
  }
};

function parse(file) {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.md' && ext !== '.yml' && ext !== '.yaml' && ext !== '.json') return;
  const text = fs.readFileSync(file, 'utf8');
  files += 1;
  bytes += text.length;
  if (ext === '.md') {
    // Front matter: the YAML between an opening `---` line and the next `---`/`...` line.
    const fm = /^---[ \t]*\r?\n/.exec(text);
    const close = fm ? /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(fm[0].length)) : null;
    if (fm && close)
      for (const doc of parseAllDocuments(text.slice(fm[0].length, fm[0].length + close.index))) if (doc.toJS() !== undefined) nodes += 1;
    nodes += md.parse(text, {}).length;
  } else for (const doc of parseAllDocuments(text)) if (doc.toJS() !== undefined) nodes += 1;
}

walk(path.resolve(process.argv[2] ?? '.'));
process.stdout.write(`${JSON.stringify({ files, bytes, nodes })}\n`);
