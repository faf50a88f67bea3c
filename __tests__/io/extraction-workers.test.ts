/**
 * Extraction over worker threads (issue #7): how many threads `auto` starts, and that the documents are the
 * same, in the same order, whichever thread read them, and whether a worker dies on the way.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { allowExtractionWorkers, extractFiles, workerCount } from '../../src/io/extraction-workers.js';
import { extractDocuments } from '../../src/pipeline/extract-documents.js';
import type { SourceFile } from '../../src/pipeline/analyze-types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const FIXTURES = join(ROOT, '__tests__', 'fixtures');

function fixtureAdrs(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const set of ['adrs', 'adrs-validation', 'adrs-holdout'])
    for (const name of readdirSync(join(FIXTURES, set))
      .filter((n) => n.endsWith('.md'))
      .sort())
      files.push({ path: `docs/adr/${set}/${name}`, text: readFileSync(join(FIXTURES, set, name), 'utf8'), role: 'adr' });
  return files;
}

afterEach(() => allowExtractionWorkers(undefined));

describe('workerCount', () => {
  it.each([
    // adrs, concurrency, cpus → workers besides the main thread
    [10_000, 'auto', 2, 1],
    [10_000, 'auto', 4, 3],
    [10_000, 'auto', 16, 3],
    [10_000, 'auto', 1, 0],
    [1_000, 'auto', 4, 0],
    [3_000, 'auto', 8, 2],
    [10_000, 'off', 8, 0],
    [10_000, 1, 8, 0],
    [5, 4, 1, 3],
    [0, 4, 8, 0],
  ] as const)('%i ADRs, --concurrency %s, %i CPUs → %i workers', (adrs, concurrency, cpus, expected) => {
    expect(workerCount(adrs, concurrency, cpus)).toBe(expected);
  });
});

describe('extractFiles', () => {
  it('without a registered entry point reads everything on the main thread, as extractDocuments does', async () => {
    const files = fixtureAdrs();
    expect(await extractFiles(files, 4)).toEqual(extractDocuments(files));
  });

  it('a worker that dies loses no document: what it did not deliver is read on the main thread', async () => {
    // The main thread reads the configs first: by then the worker has claimed every ADR and died.
    const configs = Array.from({ length: 400 }, (_, i) => ({
      path: `ml/train-${i}.yml`,
      text: `base_model: llama-3-8b\nlearning_rate: 0.0001\nepochs: ${i}\ntrain_file: data/${i}.jsonl\n`,
      role: 'config' as const,
    }));
    const files = [...configs, ...fixtureAdrs()];
    allowExtractionWorkers(pathToFileURL(join(HERE, 'fixtures', 'failing-worker.mjs')));
    const docs = await extractFiles(files, 3);
    expect(docs).toEqual(extractDocuments(files));
    expect(docs.length).toBe(files.length);
  });
});

/** Runs a bundle as a worker thread the way extractFiles starts one, and collects what it posts. */
function runBundleWorker(bundle: string, files: SourceFile[]): Promise<Map<number, unknown[]>> {
  const next = new SharedArrayBuffer(4);
  const batches = new Map<number, unknown[]>();
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(ROOT, bundle), { workerData: { role: 'llm-arch-lint:extract', files, next } });
    worker.on('message', ({ start, docs }: { start: number; docs: unknown[] }) => batches.set(start, docs));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve(batches) : reject(new Error(`worker exited with ${code}`))));
  });
}

describe('the bundles as extraction workers', () => {
  it.each(['dist/index.js', 'dist/cli/index.js'])('%s serves batches of documents and runs nothing else', async (bundle) => {
    const files = fixtureAdrs();
    const batches = await runBundleWorker(bundle, files);
    const docs = [...batches.keys()].sort((a, b) => a - b).flatMap((k) => batches.get(k)!);
    expect(docs).toEqual(extractDocuments(files));
  });

  it('the CLI gives the same report with --concurrency 3 as with --concurrency off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lal-workers-'));
    for (const set of ['adrs', 'adrs-validation', 'adrs-holdout', 'adrs-blind']) {
      mkdirSync(join(dir, 'docs', 'adr'), { recursive: true });
      cpSync(join(FIXTURES, set), join(dir, 'docs', 'adr', set), { recursive: true });
    }
    cpSync(join(FIXTURES, 'configs'), join(dir, 'ml', 'configs'), { recursive: true });
    const cli = (concurrency: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [join(ROOT, 'dist', 'cli', 'index.js'), '--format', 'json', '--repository', 'acme/app', '--concurrency', concurrency],
          { cwd: dir, maxBuffer: 64 << 20 },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    const [parallel, single] = await Promise.all([cli('3'), cli('off')]);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.code).toBe(single.code);
    const report = JSON.parse(parallel.stdout) as { documents: unknown[] };
    expect(report.documents.length).toBeGreaterThan(250);
    expect(parallel.stdout).toBe(single.stdout);
  });
});
