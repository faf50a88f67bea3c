#!/usr/bin/env node
// Looks at the golden comment as a person would (issue #3 item 4): renders the golden Markdown files
// with GitHub-flavoured Markdown (markdown-it) and their Mermaid blocks with mermaid's browser bundle in
// headless Chromium, fails on a Mermaid parse or render error (or a quadrant chart that plots fewer
// points than its source names), and saves a screenshot of each page to .tmp/render/ (gitignored).
// No network: every request the page makes beyond the inlined content is aborted.
//
//   node scripts/render-comment.mjs [golden.md ...]       (default: the comment and job-summary goldens)
//   CHROMIUM=/path/to/chromium overrides /usr/bin/chromium; Debian: apt-get install -y chromium
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN_DIR = path.join(ROOT, '__tests__', '__outputs__');
const OUT_DIR = path.join(ROOT, '.tmp', 'render');
const MERMAID = path.join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';
const DEFAULT_FILES = ['comment.md', 'comment-all-clear.md', 'comment-verdict-many.md', 'job-summary.md'];
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// GitHub renders ```mermaid fences as diagrams; everything else as GFM (tables, raw <details>, <sub>, <br>).
const md = new MarkdownIt({ html: true, linkify: true });
const defaultFence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token.info.trim() === 'mermaid') return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`;
  return defaultFence(tokens, idx, options, env, self);
};

// Enough of GitHub's comment styles to judge layout: width, fonts, tables, code, quotes.
const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { width: 880px; margin: 16px; padding: 16px 24px; border: 1px solid #d1d9e0; border-radius: 6px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin-bottom: 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
tr:nth-child(2n) { background: #f6f8fa; }
code { background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
blockquote { margin: 0; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
pre.mermaid { background: none; text-align: center; }
details { margin-bottom: 16px; }
sub { color: #59636e; }
a { color: #0969da; text-decoration: none; }
`;

function page(markdown) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="comment">${md.render(markdown)}</div></body></html>`;
}

/** Point lines of a quadrant chart: `Label: [x, y]`. */
function quadrantPoints(source) {
  if (!/^\s*quadrantChart\b/m.test(source)) return undefined;
  return source.split('\n').filter((line) => /^\s*[^:\n]+:\s*\[\s*[\d.]+\s*,\s*[\d.]+\s*\]\s*$/.test(line)).length;
}

async function renderFile(browser, file) {
  const name = path.basename(file, '.md');
  const markdown = fs.readFileSync(file, 'utf8');
  const problems = [];
  const context = await browser.newContext({ viewport: { width: 940, height: 800 }, deviceScaleFactor: 1, javaScriptEnabled: true });
  const tab = await context.newPage();
  await tab.route('**/*', (route) => route.abort());
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await tab.setContent(page(markdown), { waitUntil: 'load' });
  await tab.addScriptTag({ path: MERMAID });
  const results = await tab.evaluate(async () => {
    /* global document, window */
    const mermaid = window.mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    const out = [];
    for (const node of document.querySelectorAll('pre.mermaid')) {
      const source = node.textContent;
      const result = { source, error: undefined, circles: 0, svg: false, texts: [] };
      try {
        await mermaid.parse(source);
        await mermaid.run({ nodes: [node], suppressErrors: false });
        const svg = node.querySelector('svg');
        result.svg = Boolean(svg) && !/Syntax error/i.test(svg.textContent);
        result.circles = svg ? svg.querySelectorAll('circle').length : 0;
        result.texts = svg ? [...svg.querySelectorAll('text')].map((t) => t.textContent) : [];
        const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
        if (box.width < 100 || box.height < 100) result.error = `diagram too small: ${box.width}x${box.height}`;
      } catch (error) {
        result.error = String(error?.message ?? error);
      }
      out.push(result);
    }
    return out;
  });
  for (const [i, result] of results.entries()) {
    const where = `${name} diagram ${i + 1}`;
    if (result.error) problems.push(`${where}: ${result.error}`);
    else if (!result.svg) problems.push(`${where}: no SVG rendered`);
    const expected = quadrantPoints(result.source);
    if (expected !== undefined && result.circles !== expected) {
      problems.push(`${where}: ${expected} points in the source, ${result.circles} plotted`);
    }
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const shot = path.join(OUT_DIR, `${name}.png`);
  await tab.locator('.comment').screenshot({ path: shot });
  const shots = [shot];
  // The verdict section alone, at full resolution, to check the chart and the table closely.
  const hasVerdict = await tab.evaluate(() => {
    const heading = [...document.querySelectorAll('h3')].find((h) => /verdict/i.test(h.textContent));
    if (!heading) return false;
    const box = document.createElement('div');
    box.className = 'verdict';
    heading.before(box);
    let node = heading;
    while (node && !(node !== heading && /^H[23]$/.test(node.tagName))) {
      const next = node.nextElementSibling;
      box.append(node);
      node = next;
    }
    return true;
  });
  if (hasVerdict) {
    const verdict = path.join(OUT_DIR, `${name}-verdict.png`);
    await tab.locator('.verdict').screenshot({ path: verdict });
    shots.push(verdict);
  }
  if (/<details>/.test(markdown)) {
    await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const open = path.join(OUT_DIR, `${name}-expanded.png`);
    await tab.locator('.comment').screenshot({ path: open });
    shots.push(open);
  }
  await context.close();
  return { name, diagrams: results.length, points: results.map((r) => r.circles), problems, shots };
}

async function main() {
  const files = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES.map((f) => path.join(GOLDEN_DIR, f))).filter(
    (file) => {
      if (fs.existsSync(file)) return true;
      console.log(`skip ${path.relative(ROOT, file)}: not found`);
      return false;
    },
  );
  if (!fs.existsSync(EXECUTABLE)) {
    console.error(`render: no Chromium at ${EXECUTABLE} (Debian: apt-get install -y chromium; or set CHROMIUM)`);
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
  let failed = 0;
  try {
    for (const file of files) {
      const result = await renderFile(browser, file);
      const ok = result.problems.length === 0;
      if (!ok) failed += 1;
      console.log(
        `${ok ? 'PASS' : 'FAIL'} render: ${result.name}: ${result.diagrams} Mermaid diagram(s)${
          result.points.length > 0 ? `, ${result.points.join('/')} point(s)` : ''
        } → ${result.shots.map((s) => path.relative(ROOT, s)).join(', ')}`,
      );
      for (const problem of result.problems) console.log(`       ${problem}`);
    }
  } finally {
    await browser.close();
  }
  if (files.length === 0) {
    console.error('render: no golden file to render');
    process.exit(1);
  }
  process.exit(failed > 0 ? 1 : 0);
}

await main();
