/**
 * Extraction spread over worker threads, for large repositories (issue #7). The runner environment lives here,
 * at the edge: the pure core's `extractDocument` is the same function in every thread, so a document's facts do
 * not depend on which thread read it, and the result is in the order of the files, as a sequential run gives it.
 *
 * Only Markdown ADRs go to workers: they are most of the files and most of the time, and what they produce
 * (facts, front matter from YAML's core schema) is plain data that survives the copy between threads exactly.
 * Configs and training data (TOML dates, streamed scans) stay on the main thread, which also claims ADRs once it
 * has read them. Threads claim batches of ADRs from one shared counter, so a thread that is slowed down takes
 * fewer. A worker that fails loses nothing: whatever it did not deliver is extracted on the main thread.
 *
 * A worker runs the bundle that started the process (each entry point registers itself), so nothing outside the
 * committed `dist/` is loaded.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DocumentFacts } from '../facts/types.js';
import type { SourceFile } from '../pipeline/analyze-types.js';

/** `auto`: as many threads as pay off for the files and the machine; `off` (or 1): none besides the main thread. */
export type Concurrency = number | 'auto' | 'off';

const ROLE = 'llm-arch-lint:extract';
/** ADRs per claim: large enough that the shared counter and the messages cost nothing, small enough to balance. */
const BATCH = 32;
/** Below this many ADRs a worker's start-up (a V8 isolate, the bundle, a cold JIT) costs more than it saves. */
const MIN_ADRS_PER_WORKER = 1500;
/** More threads than this gain little: the main thread's own work (reading, evaluation, the report) does not split. */
const MAX_WORKERS = 3;

let entry: URL | undefined;

/** Each bundle's entry point names itself: workers run that file. Until then, extraction stays on one thread. */
export function allowExtractionWorkers(entryUrl: URL | undefined): void {
  entry = entryUrl;
}

/** True in a thread started by `extractFiles`: the entry point serves it instead of running the tool. */
export function isExtractionWorker(): boolean {
  return !isMainThread && (workerData as WorkerInput | undefined)?.role === ROLE;
}

interface WorkerInput {
  role: typeof ROLE;
  files: SourceFile[];
  /** One Int32: the index of the next unclaimed ADR, shared by every thread. */
  next: SharedArrayBuffer;
}

interface BatchResult {
  start: number;
  docs: (DocumentFacts | null)[];
}

/** The worker's side: claim batches until none is left, post each batch's documents. */
export async function serveExtractionWorker(): Promise<void> {
  const { extractDocument } = await import('../pipeline/extract-documents.js');
  const { files, next } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  for (let start = Atomics.add(counter, 0, BATCH); start < files.length; start = Atomics.add(counter, 0, BATCH)) {
    const docs: (DocumentFacts | null)[] = [];
    for (let i = start; i < Math.min(start + BATCH, files.length); i++) docs.push(extractDocument(files[i]!) ?? null);
    parentPort!.postMessage({ start, docs } satisfies BatchResult);
  }
}

/** How many worker threads to start for this many ADRs. */
export function workerCount(adrs: number, concurrency: Concurrency, cpus = availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return Math.max(0, Math.min(cpus - 1, MAX_WORKERS, Math.floor(adrs / MIN_ADRS_PER_WORKER)));
  return adrs > 0 ? Math.max(0, concurrency - 1) : 0;
}

/** Every file's document, in the order of the files (files that are none of ours give none). */
export async function extractFiles(files: readonly SourceFile[], concurrency: Concurrency = 'auto'): Promise<DocumentFacts[]> {
  const { extractDocument } = await import('../pipeline/extract-documents.js');
  const adrIndexes: number[] = [];
  for (let i = 0; i < files.length; i++) if (files[i]!.role === 'adr') adrIndexes.push(i);
  const count = entry ? workerCount(adrIndexes.length, concurrency) : 0;
  const results: (DocumentFacts | null | undefined)[] = new Array(files.length);
  if (count === 0) {
    for (let i = 0; i < files.length; i++) results[i] = extractDocument(files[i]!) ?? null;
    return results.filter((d): d is DocumentFacts => !!d);
  }

  const adrs = adrIndexes.map((i) => files[i]!);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const finished: Promise<void>[] = [];
  for (let w = 0; w < count; w++) {
    const worker = new Worker(entry!, { workerData: { role: ROLE, files: adrs, next } satisfies WorkerInput });
    finished.push(
      new Promise((resolve) => {
        worker.on('message', ({ start, docs }: BatchResult) => {
          for (let k = 0; k < docs.length; k++) results[adrIndexes[start + k]!] = docs[k];
        });
        // A worker that fails (out of memory, a bug) is not fatal: its undelivered ADRs are read below.
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }),
    );
  }
  // The main thread reads what stays with it, then claims ADRs alongside the workers.
  for (let i = 0; i < files.length; i++) if (files[i]!.role !== 'adr') results[i] = extractDocument(files[i]!) ?? null;
  for (let start = Atomics.add(counter, 0, BATCH); start < adrs.length; start = Atomics.add(counter, 0, BATCH))
    for (let k = start; k < Math.min(start + BATCH, adrs.length); k++) results[adrIndexes[k]!] = extractDocument(adrs[k]!) ?? null;
  await Promise.all(finished);
  for (let i = 0; i < files.length; i++) if (results[i] === undefined) results[i] = extractDocument(files[i]!) ?? null;
  return results.filter((d): d is DocumentFacts => !!d);
}
