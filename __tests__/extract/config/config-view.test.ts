/** Values as the tools read them: placeholders, strings for numbers and booleans, dotted paths, key lines. */
import { describe, expect, it } from '@jest/globals';
import { ConfigView, resolvePlaceholders, toBoolean, toNumber } from '../../../src/extract/config/config-view.js';
import { classifyChunking } from '../../../src/extract/config/read-rag-config.js';
import { detectConfigFormat, isGenericFinetune, isGenericRag } from '../../../src/extract/config/detect-config-format.js';
import { extractConfig } from '../../../src/extract/config/extract-config.js';
import { factsOf } from './fixtures.js';
import { LLM_PATH } from '../../../src/extract/config/llm-path.js';

describe('resolvePlaceholders', () => {
  const root = { output_dir: '/tmp/run', nested: { dir: '${output_dir}/logs' } };
  it.each<[string, unknown]>([
    ['${PORT:8001}', 8001],
    ['${FLAG:true}', true],
    ['${ROOT:}', ''],
    ['${HTTP_PROXY,http_proxy:}', ''],
    ['${MODE:-1}', -1],
    ['${MODEL:-gpt-4o}', 'gpt-4o'],
    ['${oc.env:HF_HOME,/cache}', '/cache'],
    ['${output_dir}', '/tmp/run'],
    ['${output_dir}/ckpt', '/tmp/run/ckpt'],
    ['${HF_TOKEN}', '${HF_TOKEN}'],
    ['plain', 'plain'],
  ])('%s → %j', (value, expected) => {
    expect(resolvePlaceholders(value, root)).toEqual(expected);
  });

  it('follows references through other references, and stops on a cycle', () => {
    expect(resolvePlaceholders({ a: '${nested.dir}' }, root)).toEqual({ a: '/tmp/run/logs' });
    const cyclic = { a: '${b}', b: '${a}' };
    expect(() => resolvePlaceholders(cyclic, cyclic)).not.toThrow();
  });
});

describe('coercion', () => {
  it.each<[unknown, number | undefined]>([
    ['0.05', 0.05],
    [' 3 ', 3],
    ['1_024', 1024],
    ['2e-5', 0.00002],
    ['', undefined],
    ['abc', undefined],
    [null, undefined],
    [7, 7],
  ])('toNumber(%j) = %j', (v, n) => expect(toNumber(v)).toBe(n));

  it.each<[unknown, boolean | undefined]>([
    ['true', true],
    ['False', false],
    ['yes', true],
    [0, false],
    ['maybe', undefined],
  ])('toBoolean(%j) = %j', (v, b) => expect(toBoolean(v)).toBe(b));
});

describe('ConfigView', () => {
  const view = new ConfigView(
    'ml/x.yml',
    { a: { 'b.c': { d: '${V:2}' } }, list: [{ p: 'x' }] },
    new Map([
      ['a', 3],
      ['list.0.p', 9],
    ]),
  );
  it('reads dotted paths, including keys that contain dots', () => {
    expect(view.get('a.b.c.d')).toBe(2);
    expect(view.get('list.0.p')).toBe('x');
  });
  it('gives the line of a key, or of its nearest ancestor', () => {
    expect(view.line('list.0.p')).toBe(9);
    expect(view.line('a.b.c.d')).toBe(3);
    expect(view.line('missing')).toBe(1);
  });
});

describe('classifyChunking', () => {
  it.each<[string, string | undefined]>([
    ['RecursiveCharacterTextSplitter', 'recursive'],
    ['recursive', 'recursive'],
    ['CharacterTextSplitter', 'fixed'],
    ['tokenTextSplitter', 'fixed'],
    ['fixed_tokens', 'fixed'],
    ['word', 'fixed'],
    ['by_title', 'structure'],
    ['markdownTextSplitter', 'structure'],
    ['sentence', 'structure'],
    ['SemanticSplitterNodeParser', 'semantic'],
    ['by_similarity', 'semantic'],
    ['mystery', undefined],
  ])('%s → %s', (name, chunking) => expect(classifyChunking(name)).toBe(chunking));
});

describe('in-house configs', () => {
  it.each<[string, Record<string, unknown>, boolean, boolean]>([
    ['RAG keys, nested', { rag: { embedding_model: 'e5', vector_store: 'pg' } }, false, true],
    ['top_k alone is sampling, not retrieval', { top_k: 40, temperature: 0.2 }, false, false],
    ['LLM fine-tune keys', { base_model: 'llama', epochs: 3, learning_rate: 1e-4 }, true, false],
    ['training an image model', { model: 'resnet50', epochs: 3, learning_rate: 1e-3, train_file: 'x.csv' }, false, false],
    ['an LLM named by value', { model: 'mistral-7b', epochs: 3, learning_rate: 1e-4, train_file: 'x.jsonl' }, true, false],
    ['camelCase keys (Helm values)', { retriever: { topK: 5 }, embeddingModel: 'e5', chunkSize: 512 }, false, true],
  ])('%s', (_name, data, finetune, rag) => {
    expect([isGenericFinetune(data), isGenericRag(data)]).toEqual([finetune, rag]);
  });
});

describe('in-house detection stays out of repository metadata', () => {
  const rag = { embedding_model: 'e5', vector_store: 'pg', chunk_size: 512 };
  it('reads the same keys in a config, not in a GitHub workflow', () => {
    expect(detectConfigFormat(rag, 'ml/rag.yml')?.format).toBe('generic-rag');
    expect(detectConfigFormat(rag, '.github/workflows/index.yml')).toBeUndefined();
    expect(detectConfigFormat({ on: 'push', jobs: {}, ...rag }, 'ci/index.yml')).toBeUndefined();
  });

  it('reads camelCase settings like snake_case ones', () => {
    const doc = extractConfig('deploy/values.yaml', 'retriever:\n  topK: 5\nembeddingModel: e5\nchunkSize: 512\nchunkOverlap: 64\n', false);
    expect(factsOf(doc)).toMatchObject({ 'rag.chunking': ['fixed', 4], 'rag.chunkOverlap': [64, 5], 'uses.retrieval': [true, 1] });
  });
});

describe('LLM_PATH (where an unparsable file is worth a parse-error)', () => {
  it.each([
    ['ml/finetune/config.yaml', true],
    ['configs/sft.yaml', true],
    ['data/train.jsonl', true],
    ['rag/pipeline.yml', true],
    ['services/retrieval/settings.yaml', true],
    ['axolotl/x.yml', true],
    ['k8s/constraints.yaml', false],
    ['ctrl/settings.yaml', false],
    ['deploy/storage.yaml', false],
  ])('%s → %s', (path, expected) => expect(LLM_PATH.test(path)).toBe(expected));
});
