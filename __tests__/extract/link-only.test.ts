/**
 * ADRs outside a run's scope are read only for what linking needs (SPEC §2, §6.3): the report must be the same,
 * byte for byte, as when every document is read in full, whatever the scope.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAdr } from '../../src/extract/adr/extract-adr.js';
import { receivesLinks } from '../../src/extract/link-documents.js';
import { analyzeDocuments } from '../../src/pipeline/analyze-documents.js';
import type { SourceFile } from '../../src/pipeline/analyze-types.js';
import { extractDocuments } from '../../src/pipeline/extract-documents.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const policy = loadBuiltinPolicy('recommended');
const now = new Date('2026-11-22T12:00:00Z');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Every fixture ADR, config and training file as one repository. */
function repository(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const set of ['adrs', 'adrs-validation', 'adrs-holdout', 'adrs-blind'])
    for (const path of walk(join(FIXTURES, set)).filter((p) => p.endsWith('.md')))
      files.push({ path: `docs/adr/${relative(FIXTURES, path)}`, text: readFileSync(path, 'utf8'), role: 'adr' });
  for (const path of walk(join(FIXTURES, 'configs')))
    files.push({ path: `ml/${relative(FIXTURES, path)}`, text: readFileSync(path, 'utf8'), role: 'config' });
  for (const path of walk(join(FIXTURES, 'data')).filter((p) => p.endsWith('.jsonl')))
    files.push({ path: relative(FIXTURES, path), text: readFileSync(path, 'utf8'), role: 'data' });
  return files;
}

const input = (scope: ReadonlySet<string>) => ({ scope, policy, repository: 'acme/app', version: '0.0.0', now });

describe('link-only extraction of out-of-scope ADRs', () => {
  const files = repository();
  const full = extractDocuments(files);

  it('reads the facts linking uses exactly as a full reading does', () => {
    const adrs = files.filter((f) => f.role === 'adr');
    expect(adrs.length).toBeGreaterThan(250);
    for (const file of adrs) {
      const whole = extractAdr(file.path, file.text);
      const linked = extractAdr(file.path, file.text, { linkOnly: true });
      for (const fact of ['adr.status', 'adr.llmRelated', 'approach', 'uses.fineTuning', 'uses.retrieval'])
        expect([file.path, fact, linked.facts[fact]]).toEqual([file.path, fact, whole.facts[fact]]);
      expect([file.path, linked.links]).toEqual([file.path, whole.links]);
    }
  });

  it.each([
    ['every config alone', (f: SourceFile) => f.role === 'config'],
    ['the configs and the training data', (f: SourceFile) => f.role !== 'adr'],
    ['one ADR in three and every config', (f: SourceFile, i: number) => f.role === 'config' || i % 3 === 0],
    ['the ADRs only', (f: SourceFile) => f.role === 'adr'],
    ['one config in three', (f: SourceFile, i: number) => f.role === 'config' && i % 3 === 1],
  ])('gives the same report as a full reading with %s in scope', (_name, inScope) => {
    const scope = new Set(files.filter(inScope).map((f) => f.path));
    const partial = analyzeDocuments(extractDocuments(files, scope), input(scope));
    const reference = analyzeDocuments(structuredClone(full), input(scope));
    expect(partial.documents.length).toBeGreaterThan(5);
    expect(JSON.stringify(partial)).toBe(JSON.stringify(reference));
  });

  it('a manifest outside the scope still decides fine-tuning for an in-scope config', () => {
    const configs = files.filter((f) => f.role !== 'adr');
    const lora = 'ml/configs/axolotl/support-lora.yml';
    const scope = new Set([lora]);
    const report = analyzeDocuments(extractDocuments(configs, scope), input(scope));
    expect(report.documents.map((d) => [d.path, d.facts['repo.acceptedFinetuneAdr']])).toEqual([[lora, true]]);
    const withoutManifests = configs.filter((f) => !f.path.includes('/manifest/'));
    const alone = analyzeDocuments(extractDocuments(withoutManifests, scope), input(scope));
    expect(alone.documents.map((d) => [d.path, d.facts['repo.acceptedFinetuneAdr']])).toEqual([[lora, false]]);
  });

  it('finds the accepted fine-tuning decision among out-of-scope ADRs', () => {
    const configs = files.filter((f) => f.role === 'config');
    const scope = new Set(configs.map((f) => f.path));
    const report = analyzeDocuments(extractDocuments(files, scope), input(scope));
    const linked = report.documents.filter((d) => d.facts['repo.acceptedFinetuneAdr'] === true);
    expect(linked.length).toBeGreaterThan(0);
  });

  describe('a scope without fine-tuning configs (the only documents that receive links)', () => {
    const kind = new Map(full.map((d) => [d.path, d.kind]));
    const linked = (f: SourceFile) => kind.get(f.path) === 'finetune-config';
    it.each([
      ['the ADRs', (f: SourceFile) => f.role === 'adr'],
      ['one ADR in three', (f: SourceFile, i: number) => f.role === 'adr' && i % 3 === 0],
      ['the training data', (f: SourceFile) => f.role === 'data'],
      ['every config that is not a fine-tuning config, and the ADRs', (f: SourceFile) => f.role !== 'data' && !linked(f)],
    ])('%s: the files in scope alone give the same report as the whole repository', (_name, inScope) => {
      const inScopeFiles = files.filter(inScope);
      const scope = new Set(inScopeFiles.map((f) => f.path));
      const alone = extractDocuments(inScopeFiles, scope);
      expect(alone.length).toBeGreaterThan(5);
      expect(alone.some(receivesLinks)).toBe(false);
      const reference = analyzeDocuments(structuredClone(full), input(scope));
      expect(JSON.stringify(analyzeDocuments(alone, input(scope)))).toBe(JSON.stringify(reference));
    });

    it('while a fine-tuning config alone loses what linking gives it', () => {
      const lora = files.filter((f) => f.path === 'ml/configs/axolotl/support-lora.yml');
      const scope = new Set(lora.map((f) => f.path));
      const alone = extractDocuments(lora, scope);
      expect(alone.some(receivesLinks)).toBe(true);
      const reference = analyzeDocuments(structuredClone(full), input(scope));
      expect(JSON.stringify(analyzeDocuments(alone, input(scope)))).not.toBe(JSON.stringify(reference));
    });
  });
});
