/**
 * Training data: the incremental scanner, and the training-data documents it gives for each JSONL format
 * (fixtures written for these tests), with the first offending line as evidence and personal data masked.
 */
import { describe, expect, it } from '@jest/globals';
import { createTrainingDataScanner } from '../../../src/extract/data/create-training-data-scanner.js';
import { extractTrainingData } from '../../../src/extract/data/extract-training-data.js';
import { readExample } from '../../../src/extract/data/read-example.js';
import { factsOf, fixture } from '../config/fixtures.js';

const read = (rel: string, path = `ml/data/${rel}`, explicit = false) => extractTrainingData(path, fixture(`data/${rel}`), explicit);

describe('readExample: one line of each format', () => {
  it.each<[string, unknown, string, string[], string[]]>([
    [
      'OpenAI chat',
      {
        messages: [
          { role: 'system', content: 'S' },
          { role: 'user', content: 'U' },
          { role: 'assistant', content: 'A' },
        ],
      },
      'openai-chat-jsonl',
      ['S', 'U'],
      ['A'],
    ],
    [
      'OpenAI chat, content parts, weight 0',
      {
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'U' }] },
          { role: 'assistant', content: 'old', weight: 0 },
          { role: 'assistant', content: 'A' },
        ],
      },
      'openai-chat-jsonl',
      ['U', 'old'],
      ['A'],
    ],
    [
      'OpenAI preference (DPO)',
      {
        input: { messages: [{ role: 'user', content: 'U' }] },
        preferred_output: [{ role: 'assistant', content: 'good' }],
        non_preferred_output: [{ role: 'assistant', content: 'bad' }],
      },
      'openai-chat-jsonl',
      ['U'],
      ['good'],
    ],
    ['prompt/completion', { prompt: 'P', completion: 'C' }, 'prompt-completion-jsonl', ['P'], ['C']],
    ['Alpaca', { instruction: 'I', input: 'X', output: 'O' }, 'prompt-completion-jsonl', ['I', 'X'], ['O']],
    ['PaLM', { input_text: 'P', output_text: 'C' }, 'prompt-completion-jsonl', ['P'], ['C']],
    [
      'Vertex contents, roles implied',
      { contents: [{ parts: [{ text: 'U' }] }, { parts: [{ text: 'M' }] }] },
      'vertex-contents-jsonl',
      ['U'],
      ['M'],
    ],
    [
      'Bedrock conversation',
      {
        schemaVersion: 'bedrock-conversation-2024',
        system: [{ text: 'S' }],
        messages: [
          { role: 'user', content: [{ text: 'U' }] },
          { role: 'assistant', content: [{ text: 'A' }] },
        ],
      },
      'bedrock-conversation-jsonl',
      ['S', 'U'],
      ['A'],
    ],
    [
      'ShareGPT',
      {
        conversations: [
          { from: 'human', value: 'U' },
          { from: 'gpt', value: 'A' },
        ],
      },
      'sharegpt-jsonl',
      ['U'],
      ['A'],
    ],
  ])('%s', (_name, value, format, input, target) => {
    const ex = readExample(value);
    expect(ex?.format).toBe(format);
    expect(ex?.input.map((t) => t.text)).toEqual(input);
    expect(ex?.target.map((t) => t.text)).toEqual(target);
  });

  it('reads a continued-pre-training corpus, and nothing else that merely has a text field', () => {
    expect(readExample({ text: 'Chapter 1', id: 3 })?.format).toBe('text-corpus-jsonl');
    expect(readExample({ input: 'A Bedrock CPT document' })?.format).toBe('text-corpus-jsonl');
    expect(readExample({ text: 'x', level: 'info', ts: 1 })).toBeUndefined();
    expect(readExample({ ts: '2025-01-01', msg: 'started' })).toBeUndefined();
    expect(readExample([1, 2])).toBeUndefined();
  });
});

describe('createTrainingDataScanner', () => {
  const lines = fixture('data/chat-prices.jsonl').split('\n');

  it('gives the same result line by line as for the whole file, and a result at any time', () => {
    const scanner = createTrainingDataScanner();
    lines.forEach((line, i) => {
      scanner.push(line, i + 1);
      if (i === 2) expect(scanner.result()).toMatchObject({ examples: 3, volatile: 3 });
    });
    expect(scanner.result()).toMatchObject({
      format: 'openai-chat-jsonl',
      examples: 8,
      withTarget: 8,
      volatile: 4,
      firstVolatile: { line: 1, kind: 'amount', text: 'assistant: The Pro plan currently costs $49 per month, billed annually.' },
      sensitive: 0,
      malformed: 0,
    });
  });

  it('holds constant state: a million pushes keep only counts and the first evidence', () => {
    const scanner = createTrainingDataScanner();
    const line = lines[1] as string;
    for (let i = 1; i <= 20_000; i++) scanner.push(line, i);
    const r = scanner.result();
    expect([r.examples, r.volatile, r.firstVolatile?.line]).toEqual([20_000, 20_000, 1]);
    expect(JSON.stringify(r).length).toBeLessThan(600);
  });

  it('counts a malformed line once, with its column, and keeps going', () => {
    const scanner = createTrainingDataScanner();
    scanner.push('{"prompt": "a", "completion": "b"}', 1);
    scanner.push('{"prompt": "a" "completion": "b"}', 2);
    scanner.push('', 3);
    scanner.push('{"prompt": "c", "completion": "d"}', 4);
    expect(scanner.result()).toMatchObject({ examples: 2, malformed: 1, lines: 3, firstMalformed: { line: 2, column: 16 } });
  });
});

describe('extractTrainingData: documents per format', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'chat-prices.jsonl',
      'openai-chat-jsonl',
      { 'training.examples': [8, 1], 'training.volatileFactRatio': [0.5, 1], 'training.sensitiveData': false },
    ],
    // Placeholders, values copied from the input, statutory durations, physical quantities: nothing volatile.
    [
      'chat-clean.jsonl',
      'openai-chat-jsonl',
      { 'training.examples': [5, 1], 'training.volatileFactRatio': 0, 'training.sensitiveData': false },
    ],
    [
      'prompt-completion-pii.jsonl',
      'prompt-completion-jsonl',
      { 'training.examples': [4, 1], 'training.volatileFactRatio': 0, 'training.sensitiveData': [true, 1] },
    ],
    [
      'vertex-contents.jsonl',
      'vertex-contents-jsonl',
      { 'training.examples': [3, 1], 'training.volatileFactRatio': [1 / 3, 2], 'training.sensitiveData': false },
    ],
    [
      'bedrock-conversation.jsonl',
      'bedrock-conversation-jsonl',
      { 'training.examples': [2, 1], 'training.volatileFactRatio': 0, 'training.sensitiveData': [true, 2] },
    ],
    [
      'sharegpt.jsonl',
      'sharegpt-jsonl',
      { 'training.examples': [2, 1], 'training.volatileFactRatio': [0.5, 2], 'training.sensitiveData': false },
    ],
    ['corpus.jsonl', 'text-corpus-jsonl', { 'knowledge.corpusDocuments': [3, 1], 'training.sensitiveData': false }],
  ])('%s → %s', (rel, format, facts) => {
    const doc = read(rel);
    expect([doc?.kind, doc?.format]).toEqual(['training-data', format]);
    expect(factsOf(doc)).toEqual(facts);
    expect(doc?.problems).toEqual([]);
  });

  it('quotes the offending answer, and masks personal data in every quote', () => {
    const pii = read('prompt-completion-pii.jsonl');
    expect(pii?.facts['training.sensitiveData']?.evidence).toEqual({
      path: 'ml/data/prompt-completion-pii.jsonl',
      line: 1,
      text: 'completion: Dear Ms Novak, we have updated your address. Contact us at [e-mail redacted] if anything is wrong.',
      source: 'data',
    });
    expect(read('bedrock-conversation.jsonl')?.facts['training.sensitiveData']?.evidence?.text).toBe(
      'user: My IBAN changed to [IBAN redacted]',
    );
  });

  it('turns a malformed line of clear training data into one parse-error and counts the rest', () => {
    const doc = read('malformed.jsonl');
    expect([doc?.kind, doc?.format]).toEqual(['training-data', 'openai-chat-jsonl']);
    expect(doc?.facts['training.examples']?.value).toBe(2);
    expect(doc?.problems).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', line: 2, column: 94, message: expect.stringContaining('Line 2 is not valid JSON') }),
    ]);
  });

  it('ignores JSONL that is not training data', () => {
    expect(read('app-log.jsonl')).toBeUndefined();
    expect(read('notes.jsonl', 'logs/notes.jsonl')).toBeUndefined();
  });

  it('reports a file of no JSON at all as a parse-error where LLM material lives or when named', () => {
    const doc = read('training/not-json.jsonl');
    expect([doc?.kind, doc?.format]).toEqual(['unknown', 'unknown']);
    expect(doc?.problems).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: 1, column: 1 })]);
    expect(read('notes.jsonl', 'logs/notes.jsonl', true)?.problems[0]?.ruleId).toBe('parse-error');
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF{"prompt": "a", "completion": "costs $5"}\r\n{"prompt": "b", "completion": "c"}\r\n';
    const doc = extractTrainingData('d.jsonl', text, false);
    expect(factsOf(doc)).toMatchObject({ 'training.examples': [2, 1], 'training.volatileFactRatio': [0.5, 1] });
  });
});
