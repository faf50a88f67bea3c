/**
 * Linking across the repository, end to end through analyze(): a config's training file flows into it, the
 * accepted fine-tuning decision is looked for over the whole repository whatever the scope, and the findings of
 * the recommended pack land on the right lines.
 */
import { describe, expect, it } from '@jest/globals';
import type { DatasetReference, DocumentFacts } from '../../../src/facts/types.js';
import { linkDocuments, resolveDataset } from '../../../src/extract/link-documents.js';
import { analyze } from '../../../src/pipeline/analyze.js';
import type { SourceFile } from '../../../src/pipeline/analyze-types.js';
import { loadBuiltinPolicy } from '../../../src/policy/load-policy.js';
import { fixture } from './fixtures.js';

const policy = loadBuiltinPolicy('recommended');
const now = new Date('2026-01-15T12:00:00Z');

const adr = (status: string, decision: string): string =>
  `# 7. Support replies\n\n## Status\n\n${status}\n\n## Context\n\nThe support assistant answers customers with an LLM.\n\n## Decision\n\n${decision}\n\n## Consequences\n\nWe will see.\n`;

const config = (path: string, rel: string): SourceFile => ({ path, text: fixture(`configs/${rel}`), role: 'config' });
const data = (path: string, rel: string): SourceFile => ({ path, text: fixture(`data/${rel}`), role: 'data' });

function run(files: SourceFile[], scope?: string[]) {
  const report = analyze({ files, policy, repository: 'acme/app', version: '0.0.0', now, ...(scope ? { scope: new Set(scope) } : {}) });
  const docs = new Map(report.documents.map((d) => [d.path, d]));
  const findings = report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`);
  return { report, docs, findings };
}

describe('a pull request adding an axolotl config and a chat JSONL full of prices', () => {
  const files = [
    config('ml/axolotl/support-lora.yml', 'axolotl/support-lora.yml'),
    data('data/support-replies.jsonl', 'chat-prices.jsonl'),
  ];
  const { report, docs, findings } = run(files, ['ml/axolotl/support-lora.yml', 'data/support-replies.jsonl']);

  it('gets the right findings on the right lines', () => {
    expect(findings.sort()).toEqual([
      'data/support-replies.jsonl:1 training-data-volatile-facts',
      'ml/axolotl/support-lora.yml:2 finetune-config-without-adr',
      'ml/axolotl/support-lora.yml:8 insufficient-training-data',
    ]);
  });

  it('says how many answers state volatile facts, quoting the first', () => {
    const f = report.findings.find((x) => x.ruleId === 'training-data-volatile-facts');
    expect(f?.message).toContain('50% of the training examples');
    expect(f?.message).toContain('The Pro plan currently costs $49 per month');
  });

  it('counts the examples in the linked file, pointing at the dataset key', () => {
    expect(docs.get('ml/axolotl/support-lora.yml')?.facts).toMatchObject({
      'training.examples': 8,
      'training.volatileFactRatio': 0.5,
      'training.sensitiveData': false,
      'repo.acceptedFinetuneAdr': false,
    });
    const f = report.findings.find((x) => x.ruleId === 'insufficient-training-data');
    expect(f?.message).toContain('datasets.0.path: data/support-replies.jsonl (8 examples in data/support-replies.jsonl)');
  });
});

describe('repo.acceptedFinetuneAdr', () => {
  const files = [config('ml/axolotl/support-lora.yml', 'axolotl/support-lora.yml')];

  it('is true when an accepted ADR anywhere in the repository decides fine-tuning, even outside the scope', () => {
    const decision = {
      path: 'docs/adr/0007-replies.md',
      role: 'adr' as const,
      text: adr('Accepted', 'We will fine-tune a LoRA adapter for the reply tone.'),
    };
    const { docs, findings } = run([...files, decision], ['ml/axolotl/support-lora.yml']);
    expect(docs.get('ml/axolotl/support-lora.yml')?.facts['repo.acceptedFinetuneAdr']).toBe(true);
    expect(findings).not.toContain('ml/axolotl/support-lora.yml:2 finetune-config-without-adr');
  });

  it('counts the manifest as an accepted decision', () => {
    const manifest = config('llm-architecture.yml', 'manifest/llm-architecture.yml');
    expect(run([...files, manifest]).docs.get('ml/axolotl/support-lora.yml')?.facts['repo.acceptedFinetuneAdr']).toBe(true);
  });

  it('is false for a proposed ADR', () => {
    const decision = {
      path: 'docs/adr/0007-replies.md',
      role: 'adr' as const,
      text: adr('Proposed', 'We will fine-tune a LoRA adapter for the reply tone.'),
    };
    expect(run([...files, decision]).findings).toContain('ml/axolotl/support-lora.yml:2 finetune-config-without-adr');
  });

  it('names an accepted decision against fine-tuning in the finding’s evidence', () => {
    const decision = {
      path: 'docs/adr/0003-policy.md',
      role: 'adr' as const,
      text: adr('Accepted', 'We chose retrieval over fine-tuning for the policy answers.'),
    };
    const { report } = run([...files, decision], ['ml/axolotl/support-lora.yml']);
    const f = report.findings.find((x) => x.ruleId === 'finetune-config-without-adr');
    expect(f?.line).toBe(2);
    expect(f?.evidence).toContainEqual({
      path: 'docs/adr/0003-policy.md',
      line: 13,
      text: 'We chose retrieval over fine-tuning for the policy answers.',
    });
  });

  it('uses the ADR extractor’s record of a rejection when there is one', () => {
    const rejection = { path: 'docs/adr/9.md', line: 20, text: 'We will not fine-tune.', source: 'prose' as const };
    const base = { signals: [], suppressions: [], anchors: {}, problems: [] };
    const against: DocumentFacts = {
      ...base,
      path: 'docs/adr/9.md',
      kind: 'adr',
      format: 'nygard',
      facts: { 'adr.status': { value: 'accepted' }, approach: { value: 'rag' }, 'uses.fineTuning': { value: false } },
      links: { rejectsFineTuning: rejection },
    };
    const cfg: DocumentFacts = { ...base, path: 'ml/ft.yml', kind: 'finetune-config', format: 'axolotl', facts: {} };
    linkDocuments([cfg, against]);
    expect(cfg.facts['repo.acceptedFinetuneAdr']).toEqual({ value: false, evidence: rejection });
  });
});

describe('training files flowing into configs', () => {
  it('flows personal data into the config, and fires on the data file with the value masked', () => {
    const files = [
      config('ml/openai/finetune-job.json', 'openai/finetune-job.json'),
      data('ml/openai/data/support-replies.jsonl', 'prompt-completion-pii.jsonl'),
    ];
    const { report, docs, findings } = run(files);
    expect(docs.get('ml/openai/finetune-job.json')?.facts).toMatchObject({ 'training.examples': 4, 'training.sensitiveData': true });
    expect(findings).toEqual(
      expect.arrayContaining([
        'ml/openai/data/support-replies.jsonl:1 sensitive-data-in-weights',
        'ml/openai/finetune-job.json:4 missing-eval-harness',
        'ml/openai/finetune-job.json:3 insufficient-training-data',
      ]),
    );
    const f = report.findings.find((x) => x.ruleId === 'sensitive-data-in-weights');
    expect(f?.message).toContain('[e-mail redacted]');
    expect(JSON.stringify(report)).not.toContain('anna.novak');
  });

  it('counts a continued-pre-training corpus as corpus documents, not labelled examples', () => {
    const files = [config('ml/axolotl/manuals-cpt.yml', 'axolotl/manuals-cpt.yml'), data('corpus/manuals.jsonl', 'corpus.jsonl')];
    const facts = run(files).docs.get('ml/axolotl/manuals-cpt.yml')?.facts;
    expect(facts).toMatchObject({ approach: 'continued-pretraining', 'knowledge.corpusDocuments': 3 });
    expect(facts?.['training.examples']).toBeUndefined();
  });

  it('sets no count when a training dataset is not in the repository (a partial count would be a guess)', () => {
    const text =
      'base_model: meta-llama/Llama-3.2-1B\ndatasets:\n  - path: data/a.jsonl\n    type: chat_template\n  - path: tatsu-lab/alpaca\n    type: alpaca\n';
    const files: SourceFile[] = [{ path: 'ml/mixed.yml', text, role: 'config' }, data('data/a.jsonl', 'chat-clean.jsonl')];
    expect(run(files).docs.get('ml/mixed.yml')?.facts['training.examples']).toBeUndefined();
  });

  it('flows facts from a data file outside the scope, which itself gets no finding', () => {
    const files = [
      config('ml/axolotl/support-lora.yml', 'axolotl/support-lora.yml'),
      data('data/support-replies.jsonl', 'chat-prices.jsonl'),
    ];
    const { docs, findings } = run(files, ['ml/axolotl/support-lora.yml']);
    expect(docs.get('ml/axolotl/support-lora.yml')?.facts['training.examples']).toBe(8);
    expect(findings.filter((f) => f.startsWith('data/'))).toEqual([]);
  });
});

describe('resolveDataset', () => {
  const doc = (path: string) => ({ path }) as DocumentFacts;
  const data = new Map(['ml/data/a.jsonl', 'data/a.jsonl', 'proj/x/data/b.jsonl', 'other/data/b.jsonl'].map((p) => [p, doc(p)]));
  const ref = (...candidates: string[]): DatasetReference => ({ key: 'k', line: 1, role: 'train', candidates, text: 'k' });

  it.each<[string, string, string[], string | undefined]>([
    ['relative to the config first', 'ml/config.yml', ['data/a.jsonl'], 'ml/data/a.jsonl'],
    ['then relative to the repository root', 'cfg/config.yml', ['data/a.jsonl'], 'data/a.jsonl'],
    ['with .. segments', 'ml/config.yml', ['../data/a.jsonl'], 'data/a.jsonl'],
    ['absolute from the root', 'ml/config.yml', ['/data/a.jsonl'], 'data/a.jsonl'],
    ['as the tail of a path, the closest to the config', 'proj/x/cfg/config.yml', ['data/b.jsonl'], 'proj/x/data/b.jsonl'],
    ['never above the repository', 'ml/config.yml', ['../../../a.jsonl'], undefined],
    ['not when absent', 'ml/config.yml', ['data/c.jsonl'], undefined],
  ])('%s', (_name, configPath, candidates, expected) => {
    expect(resolveDataset(configPath, ref(...candidates), data)?.path).toBe(expected);
  });
});
