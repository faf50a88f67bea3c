/**
 * Table tests of config detection and facts, one fixture per toolchain (written for these tests): the kind and
 * format each file is recognised as, and every fact with the line of the key that states it.
 */
import { describe, expect, it } from '@jest/globals';
import { extractConfig } from '../../../src/extract/config/extract-config.js';
import { factsOf, fixture } from './fixtures.js';

const read = (rel: string, explicit = false) => extractConfig(`ml/${rel}`, fixture(`configs/${rel}`), explicit);

describe('extractConfig: kind and format by key signature', () => {
  it.each([
    ['axolotl/support-lora.yml', 'finetune-config', 'axolotl'],
    ['axolotl/manuals-cpt.yml', 'finetune-config', 'axolotl'],
    ['llama-factory/ticket-sft.yaml', 'finetune-config', 'llama-factory'],
    ['llama-factory/wiki-pt.yaml', 'finetune-config', 'llama-factory'],
    ['llama-factory/v1-sft.yaml', 'finetune-config', 'llama-factory'],
    ['torchtune/summary-lora.yaml', 'finetune-config', 'torchtune'],
    ['trl/sft.yaml', 'finetune-config', 'trl'],
    ['trl/handbook-dpo.yaml', 'finetune-config', 'trl'],
    ['autotrain/faq-sft.yml', 'finetune-config', 'autotrain'],
    ['peft/adapter_config.json', 'finetune-config', 'peft-adapter'],
    ['openai/finetune-job.json', 'finetune-config', 'openai-finetune-job'],
    ['openai/azure-job.json', 'finetune-config', 'openai-finetune-job'],
    ['bedrock/cpt-job.json', 'finetune-config', 'bedrock-customization'],
    ['bedrock/distillation-job.json', 'finetune-config', 'bedrock-customization'],
    ['vertex/tuning-job.json', 'finetune-config', 'vertex-tuning'],
    ['generic/finetune-job.json', 'finetune-config', 'generic-finetune'],
    ['haystack/indexing.yml', 'rag-config', 'haystack-pipeline'],
    ['haystack/query.yml', 'rag-config', 'haystack-pipeline'],
    ['haystack/v1-pipeline.yml', 'rag-config', 'haystack-pipeline'],
    ['r2r/r2r.toml', 'rag-config', 'r2r'],
    ['ragflow/agent.json', 'rag-config', 'ragflow'],
    ['ragflow/ingestion.json', 'rag-config', 'ragflow'],
    ['dify/kb-chat.yml', 'rag-config', 'dify'],
    ['flowise/token-splitter.json', 'rag-config', 'flowise'],
    ['privategpt/settings.yaml', 'rag-config', 'privategpt'],
    ['generic/rag-pipeline.yaml', 'rag-config', 'generic-rag'],
    ['generic/rag-sizes.json', 'rag-config', 'generic-rag'],
    ['manifest/llm-architecture.yml', 'manifest', 'llm-arch-manifest'],
    ['manifest/cpt-manifest.yaml', 'manifest', 'llm-arch-manifest'],
  ])('%s → %s / %s', (rel, kind, format) => {
    const doc = read(rel);
    expect([doc?.kind, doc?.format]).toEqual([kind, format]);
    expect(doc?.problems.filter((p) => p.ruleId === 'parse-error')).toEqual([]);
  });

  it.each([
    ['llama-factory/predict.yaml', 'a prediction run trains nothing'],
    ['torchtune/eval.yaml', 'an evaluation recipe has no dataset'],
    ['haystack/not-rag.yml', 'a pipeline that neither indexes nor retrieves'],
    ['dify/chatbot.yml', 'a Dify app without knowledge retrieval'],
    ['generic/image-classifier.yaml', 'training that is not of a language model'],
    ['not-ours/docker-compose.yml', 'somebody else’s YAML'],
  ])('%s is not ours (%s)', (rel) => {
    expect(read(rel)).toBeUndefined();
  });
});

describe('extractConfig: fine-tuning facts with the key’s line', () => {
  it.each<[string, Record<string, unknown>, number]>([
    ['axolotl/support-lora.yml', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2], 'training.evalSet': [true, 11] }, 2],
    [
      'axolotl/manuals-cpt.yml',
      { 'uses.fineTuning': [true, 2], approach: ['continued-pretraining', 3], 'training.evalSet': [false, 7] },
      2,
    ],
    // The commented-out val_size is what LLaMA-Factory sees: nothing.
    ['llama-factory/ticket-sft.yaml', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2] }, 2],
    // val_size given as a string, as the tool accepts it.
    [
      'llama-factory/wiki-pt.yaml',
      { 'uses.fineTuning': [true, 1], approach: ['continued-pretraining', 2], 'training.evalSet': [true, 6] },
      1,
    ],
    ['llama-factory/v1-sft.yaml', { 'uses.fineTuning': [true, 1], approach: ['fine-tuning', 1] }, 1],
    ['torchtune/summary-lora.yaml', { 'uses.fineTuning': [true, 3], approach: ['fine-tuning', 3], 'training.evalSet': [true, 13] }, 3],
    ['trl/sft.yaml', { 'uses.fineTuning': [true, 1], approach: ['fine-tuning', 1], 'training.evalSet': [false, 5] }, 1],
    ['trl/handbook-dpo.yaml', { 'uses.fineTuning': [true, 1], approach: ['fine-tuning', 1], 'training.evalSet': [true, 6] }, 1],
    ['autotrain/faq-sft.yml', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2], 'training.evalSet': [true, 7] }, 2],
    ['peft/adapter_config.json', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2] }, 2],
    ['openai/finetune-job.json', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2], 'training.evalSet': [false, 4] }, 2],
    ['openai/azure-job.json', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2], 'training.evalSet': [true, 4] }, 2],
    ['bedrock/cpt-job.json', { 'uses.fineTuning': [true, 5], approach: ['continued-pretraining', 6] }, 5],
    ['bedrock/distillation-job.json', { 'uses.fineTuning': [true, 5], approach: ['fine-tuning', 5], 'training.evalSet': [true, 8] }, 5],
    ['vertex/tuning-job.json', { 'uses.fineTuning': [true, 2], approach: ['fine-tuning', 2], 'training.evalSet': [true, 5] }, 2],
    ['generic/finetune-job.json', { 'uses.fineTuning': [true, 4], approach: ['fine-tuning', 4], 'training.evalSet': [true, 6] }, 4],
  ])('%s', (rel, facts, anchor) => {
    const doc = read(rel);
    expect(factsOf(doc)).toEqual(facts);
    expect(doc?.anchors.decisionLine).toBe(anchor);
  });

  it('quotes the key and its value as evidence', () => {
    const doc = read('axolotl/support-lora.yml');
    expect(doc?.facts['training.evalSet']?.evidence).toEqual({
      path: 'ml/axolotl/support-lora.yml',
      line: 11,
      text: 'val_set_size: 0.05',
      source: 'config',
    });
    expect(doc?.facts['uses.fineTuning']?.evidence?.text).toBe('base_model: meta-llama/Llama-3.2-3B-Instruct');
  });

  it.each<[string, [string, string, string[]][]]>([
    ['axolotl/support-lora.yml', [['datasets.0.path', 'train', ['data/support-replies.jsonl']]]],
    ['axolotl/manuals-cpt.yml', [['pretraining_dataset.0.path', 'train', ['corpus/manuals.jsonl']]]],
    ['llama-factory/ticket-sft.yaml', [['dataset', 'train', ['data/ticket_triage.jsonl', 'data/ticket_triage.json']]]],
    [
      'torchtune/summary-lora.yaml',
      [
        ['dataset.data_files', 'train', ['data/summaries.jsonl']],
        ['dataset_val.data_files', 'validation', ['data/summaries-val.jsonl']],
      ],
    ],
    ['trl/sft.yaml', [['dataset_name', 'train', ['data/intents.jsonl']]]],
    // A hub dataset cannot be in the repository: kept, with no path to try.
    ['trl/handbook-dpo.yaml', [['dataset_mixture.datasets.0.id', 'train', []]]],
    [
      'autotrain/faq-sft.yml',
      [
        ['data.train_split', 'train', ['data/faq/train.jsonl', 'data/faq/train.csv']],
        ['data.valid_split', 'validation', ['data/faq/validation.jsonl', 'data/faq/validation.csv']],
      ],
    ],
    ['openai/finetune-job.json', [['training_file', 'train', ['data/support-replies.jsonl']]]],
    [
      'openai/azure-job.json',
      [
        ['training_file', 'train', []],
        ['validation_file', 'validation', []],
      ],
    ],
    ['bedrock/cpt-job.json', [['trainingDataConfig.s3Uri', 'train', []]]],
    [
      'generic/finetune-job.json',
      [
        ['training.train_file', 'train', ['data/claims-train.jsonl']],
        ['training.validation_file', 'validation', ['data/claims-val.jsonl']],
      ],
    ],
  ])('%s names its training files', (rel, expected) => {
    const refs = read(rel)?.links?.datasets ?? [];
    expect(refs.map((r) => [r.key, r.role, r.candidates])).toEqual(expected);
  });
});

describe('extractConfig: RAG facts with the key’s line', () => {
  it.each<[string, Record<string, unknown>]>([
    // Fixed word windows: naive chunking.
    [
      'haystack/indexing.yml',
      { 'uses.retrieval': [true, 17], approach: ['rag', 17], 'rag.chunking': ['fixed', 9], 'rag.chunkOverlap': [20, 11] },
    ],
    [
      'haystack/query.yml',
      {
        'uses.retrieval': [true, 3],
        approach: ['rag', 3],
        'rag.chunking': ['recursive', 14],
        'rag.chunkOverlap': [40, 17],
        'rag.evaluation': [true, 11],
      },
    ],
    ['r2r/r2r.toml', { 'uses.retrieval': [true, 7], approach: ['rag', 7], 'rag.chunking': ['fixed', 16], 'rag.chunkOverlap': [128, 18] }],
    ['ragflow/agent.json', { 'uses.retrieval': [true, 10], approach: ['rag', 10] }],
    // Delimiter-first chunking (paragraphs, sentence ends) is not naive; the overlap is 10 % of 512 tokens.
    [
      'ragflow/ingestion.json',
      { 'uses.retrieval': [true, 7], approach: ['rag', 7], 'rag.chunking': ['structure', 11], 'rag.chunkOverlap': [51, 11] },
    ],
    ['dify/kb-chat.yml', { 'uses.retrieval': [true, 19], approach: ['rag', 19] }],
    // Values given as strings ("50"), as Flowise exports them.
    [
      'flowise/token-splitter.json',
      { 'uses.retrieval': [true, 15], approach: ['rag', 15], 'rag.chunking': ['fixed', 7], 'rag.chunkOverlap': [50, 9] },
    ],
    // privateGPT 0.x always splits into sentence windows.
    ['privategpt/settings.yaml', { 'uses.retrieval': [true, 14], approach: ['rag', 14], 'rag.chunking': ['structure', 8] }],
    [
      'generic/rag-pipeline.yaml',
      {
        'uses.retrieval': [true, 10],
        approach: ['rag', 10],
        'rag.chunking': ['fixed', 6],
        'rag.chunkOverlap': [64, 8],
        'rag.evaluation': [true, 13],
      },
    ],
    // A chunk size with no splitter named: fixed-size windows.
    [
      'generic/rag-sizes.json',
      { 'uses.retrieval': [true, 2], approach: ['rag', 2], 'rag.chunking': ['fixed', 4], 'rag.chunkOverlap': [100, 5] },
    ],
  ])('%s', (rel, facts) => {
    expect(factsOf(read(rel))).toEqual(facts);
  });

  it('resolves ${VAR:default} placeholders to their default, typed, in config.*', () => {
    const doc = read('privategpt/settings.yaml');
    const config = doc?.config as {
      server: { port: unknown; env_name: unknown };
      rag: { similarity_top_k: unknown; rerank: { enabled: unknown } };
    };
    expect(config.server).toEqual({ env_name: 'prod', port: 8001 });
    expect(config.rag).toEqual({ similarity_top_k: 4, rerank: { enabled: false } });
  });

  it('resolves OmegaConf references to other keys (torchtune)', () => {
    const config = read('torchtune/summary-lora.yaml')?.config as { checkpointer: { output_dir: unknown } };
    expect(config.checkpointer.output_dir).toBe('/tmp/torchtune/summary');
  });
});

describe('extractConfig: the llm-arch-manifest', () => {
  it('reads the declared facts with their lines, like an accepted ADR', () => {
    const doc = read('manifest/llm-architecture.yml');
    expect(factsOf(doc)).toMatchObject({
      approach: ['hybrid', 2],
      'uses.fineTuning': [true, 2],
      'uses.retrieval': [true, 2],
      'finetune.purpose': ['behavior', 3],
      'knowledge.volatility': ['weekly', 4],
      'knowledge.changesFast': [true, 4],
      'requires.citations': [true, 5],
      'training.examples': [2400, 6],
      'training.evalSet': [true, 7],
      'baseline.evaluated': [true, 8],
      'rag.chunking': ['structure', 9],
      'rag.evaluation': [true, 10],
      'behavior.strictFormat': [true, 11],
      'behavior.tone': [true, 11],
      recommendation: 'hybrid',
    });
    expect(doc?.anchors).toEqual({ decisionLine: 2, titleLine: 1 });
    expect(doc?.problems).toEqual([]);
  });

  it('accepts any file name with kind: llm-arch-manifest and reports unknown keys', () => {
    const doc = read('manifest/cpt-manifest.yaml');
    expect(factsOf(doc)).toMatchObject({ approach: ['continued-pretraining', 3], 'knowledge.corpusDocuments': [42000, 4] });
    expect(doc?.problems).toEqual([
      expect.objectContaining({
        ruleId: 'invalid-front-matter',
        line: 6,
        message: expect.stringContaining('Unknown key `owner`; expected one of name, kind'),
      }),
    ]);
  });
});

describe('extractConfig: unparsable files (SPEC §6.3)', () => {
  it('is a parse-error with line and column where LLM material lives', () => {
    const doc = extractConfig('ml/train/broken-config.yaml', fixture('configs/train/broken-config.yaml'), false);
    expect([doc?.kind, doc?.format]).toEqual(['unknown', 'unknown']);
    expect(doc?.problems).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: 5, column: 1 })]);
  });

  it('is a parse-error when the file was named explicitly, wherever it is', () => {
    expect(read('not-ours/broken.yaml', true)?.problems[0]?.ruleId).toBe('parse-error');
  });

  it('is skipped silently elsewhere, and for templates even in an LLM path', () => {
    expect(extractConfig('deploy/broken.yaml', fixture('configs/not-ours/broken.yaml'), false)).toBeUndefined();
    expect(extractConfig('charts/rag/templates/deployment.yaml', fixture('configs/rag/templates/deployment.yaml'), false)).toBeUndefined();
  });

  it('gives JSON errors JSON’s own position', () => {
    const doc = extractConfig(
      'ml/openai/job.json',
      '{\n  "model": "gpt-4o-mini",\n  "training_file": "file-1"\n  "suffix": "x"\n}\n',
      false,
    );
    expect(doc?.problems).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: 4, column: 3 })]);
    expect(doc?.problems[0]?.message).toContain("expected ',' or '}'");
  });

  it('gives TOML errors their position', () => {
    const doc = extractConfig('rag/r2r.toml', '[app]\nfast_llm = "x"\n[embedding\nbase_model = "y"\n', false);
    expect(doc?.problems[0]).toEqual(expect.objectContaining({ ruleId: 'parse-error', line: 3 }));
  });

  it('reads quoted scalars with unindented continuation lines as PyYAML does (Dify exports)', () => {
    const text = [
      'app:',
      '  mode: workflow',
      'kind: app',
      'version: 0.1.3',
      'workflow:',
      '  graph:',
      '    nodes:',
      '      - data:',
      '          type: llm',
      "          text: 'Answer from the context.",
      '',
      "1. Be brief'",
      '      - data:',
      '          type: knowledge-retrieval',
      '',
    ].join('\n');
    const doc = extractConfig('apps/dify.yml', text, false);
    expect([doc?.format, doc?.facts['uses.retrieval']?.evidence?.line]).toEqual(['dify', 14]);
  });
});
