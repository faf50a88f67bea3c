/** What a pull request's changed files need: the repository is read only when a changed document is linked. */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { changedDocuments, unreadNote, unreadNoteOf } from '../../src/action/changed-documents.js';

const ADR = '# 1. Knowledge\n\n## Status\n\nAccepted\n\n## Decision\n\nWe will fine-tune the LLM on the rate cards.\n';
const AXOLOTL = 'base_model: meta-llama/Llama-3.2-1B\nadapter: lora\nnum_epochs: 3\nlearning_rate: 0.0002\n';
const RAG =
  'pipeline:\n  name: policy-assistant\n  ingestion:\n    chunking:\n      strategy: fixed_tokens\n      chunk_size: 512\n  retrieval:\n    vector_store: pgvector\n    top_k: 6\n';
const WORKFLOW = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lal-changed-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const READ = { include: {}, exclude: [], maxFileBytes: 2_097_152, maxDataBytes: 268_435_456 };

const ws = workspace({
  'docs/adr/0001-knowledge.md': ADR,
  'ml/sft.yml': AXOLOTL,
  'rag/pipeline.yaml': RAG,
  '.github/workflows/ci.yml': WORKFLOW,
  'package-lock.json': '{"name": "app", "lockfileVersion": 3, "packages": {}}\n',
  'src/app.py': 'print(1)\n',
  'node_modules/pkg/config.yml': AXOLOTL,
  'docs/adr/0002-big.md': `# Big\n\n${'x'.repeat(3_000)}\n`,
});
symlinkSync(join(ws, 'docs/adr/0001-knowledge.md'), join(ws, 'docs/adr/0003-link.md'));
// A folder of the workspace that is a link to records outside it: never followed, as the walk does not.
symlinkSync(workspace({ '0001-outside.md': ADR }), join(ws, 'docs/decisions'));

async function read(paths: string[], checkoutHasHead = true) {
  const r = await changedDocuments(ws, new Set(paths), READ, checkoutHasHead);
  return { needsRepository: r.needsRepository, documents: r.documents.length, files: r.files.map((f) => f.path) };
}

describe('changedDocuments', () => {
  test.each([
    [['src/app.py'], 0, []],
    [['src/app.py', '.github/workflows/ci.yml', 'package-lock.json'], 0, ['.github/workflows/ci.yml', 'package-lock.json']],
    [['node_modules/pkg/config.yml'], 0, []],
    [['docs/adr/0003-link.md'], 0, []],
    [['docs/decisions/0001-outside.md'], 0, []],
    [['docs/adr/gone.md'], 0, []],
    [['src/app.py', 'docs/adr/0001-knowledge.md'], 1, ['docs/adr/0001-knowledge.md']],
    [['rag/pipeline.yaml', 'docs/adr/0001-knowledge.md'], 2, ['rag/pipeline.yaml', 'docs/adr/0001-knowledge.md']],
  ])('changing %j: %i document(s), read alone', async (paths, documents, files) => {
    expect(await read(paths)).toEqual({ needsRepository: false, documents, files });
  });

  test('a changed fine-tuning config needs the repository: linking gives it facts from other documents', async () => {
    expect(await read(['.github/workflows/ci.yml', 'ml/sft.yml'])).toMatchObject({ needsRepository: true, documents: 1 });
  });

  test('a path that climbs out of the workspace is not read', async () => {
    const outside = relative(ws, join(workspace({ 'docs/adr/0001-outside.md': ADR }), 'docs/adr/0001-outside.md'));
    expect(outside.startsWith('../')).toBe(true);
    expect(await read([outside])).toEqual({ needsRepository: false, documents: 0, files: [] });
  });

  test('links are passed over silently, as the walk passes them', async () => {
    const result = await changedDocuments(ws, new Set(['docs/adr/0003-link.md', 'docs/decisions/0001-outside.md']), READ, true);
    expect(result).toMatchObject({ documents: [], notes: [] });
  });

  test('with the base checked out (pull_request_target), a path the globs match needs the repository, unread', async () => {
    expect(await read(['.github/workflows/ci.yml'], false)).toEqual({ needsRepository: true, documents: 0, files: [] });
    expect(await read(['docs/adr/0001-knowledge.md'], false)).toEqual({ needsRepository: true, documents: 0, files: [] });
    expect(await read(['src/app.py'], false)).toEqual({ needsRepository: false, documents: 0, files: [] });
  });

  test('what reading a changed file says is kept: an ADR over the size limit is no document, and said so', async () => {
    const result = await changedDocuments(ws, new Set(['docs/adr/0002-big.md']), { ...READ, maxFileBytes: 1_000 }, true);
    expect(result).toMatchObject({ needsRepository: false, documents: [] });
    expect(result.notes).toEqual([expect.stringMatching(/^docs\/adr\/0002-big\.md skipped: .* over limits\.maxFileBytes/)]);
  });

  test('the run says the repository was not read because nothing changed is a document, unless reading said otherwise', async () => {
    const source = await changedDocuments(ws, new Set(['src/app.py', '.github/workflows/ci.yml']), READ, true);
    expect(unreadNoteOf(source)).toBe(unreadNote(2));
    const big = await changedDocuments(ws, new Set(['docs/adr/0002-big.md']), { ...READ, maxFileBytes: 1_000 }, true);
    expect(unreadNoteOf(big)).toBeUndefined();
    const adr = await changedDocuments(ws, new Set(['docs/adr/0001-knowledge.md']), READ, true);
    expect(unreadNoteOf(adr)).toBeUndefined();
  });

  test('the globs are those of the config', async () => {
    const include = { adr: ['decisions/**/*.md'] };
    const result = await changedDocuments(ws, new Set(['docs/adr/0001-knowledge.md']), { ...READ, include }, true);
    expect(result.globsTried).toContain('decisions/**/*.md');
    expect(result.documents).toHaveLength(0);
  });
});

describe('unreadNote', () => {
  test.each([
    [0, /^This pull request adds, modifies or renames no file, so the repository's documents were not read/],
    [1, /^The one file this pull request adds, modifies or renames is not an ADR, model config or training data, so/],
    [1200, /^None of the 1,200 files this pull request adds, modifies or renames is an ADR, model config or training data, so/],
  ])('%i changed files', (n, expected) => {
    expect(unreadNote(n)).toMatch(expected);
    expect(unreadNote(n)).toMatch(/only changed documents receive findings\.$/);
  });
});
