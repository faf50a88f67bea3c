/**
 * Table tests for every rule of the `recommended` pack (ESLint RuleTester style): each rule has documents it
 * must pass and documents it must fail, with the expected line, built directly from facts and evidence.
 */
import { describe, expect, it } from '@jest/globals';
import type { DocumentFacts } from '../../src/facts/types.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';
import { adr, makeDoc } from './make-doc.js';

const policy = loadBuiltinPolicy('recommended');
const now = new Date('2026-01-15T12:00:00Z');

interface Invalid {
  name: string;
  doc: DocumentFacts;
  line: number;
  /** Fragments the message must contain (the quoted evidence, interpolated facts). */
  message?: string[];
}

interface RuleCases {
  valid: { name: string; doc: DocumentFacts }[];
  invalid: Invalid[];
}

function findingsOf(ruleId: string, doc: DocumentFacts) {
  return evaluate([doc], policy, { now }).filter((f) => f.ruleId === ruleId);
}

function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('passes: %s', (_name, c) => {
      expect(findingsOf(ruleId, c.doc)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('fails: %s', (_name, c) => {
      const found = findingsOf(ruleId, c.doc);
      expect(found).toHaveLength(1);
      expect(found[0]?.line).toBe(c.line);
      for (const fragment of c.message ?? []) expect(found[0]?.message).toContain(fragment);
    });
  });
}

// Decision sentences reused across cases (line 12 is the decision anchor of make-doc's ADRs).
const FT: [boolean, number, string] = [true, 14, 'We will fine-tune Llama 3 8B on our tariff sheets.'];
const RAG: [boolean, number, string] = [true, 15, 'We will retrieve tariff sheets at query time.'];

ruleTester('finetune-for-fresh-facts', {
  invalid: [
    {
      name: 'knowledge fine-tune of weekly facts',
      doc: adr({
        approach: 'fine-tuning',
        'uses.fineTuning': FT,
        'finetune.purpose': ['knowledge', 14, 'so the assistant quotes current prices'],
        'knowledge.volatility': ['weekly', 9, 'Tariffs change every week.'],
        'knowledge.changesFast': [true, 9, 'Tariffs change every week.'],
      }),
      line: 14,
      message: ['changes fast (weekly: "Tariffs change every week.")', 'retrieval index'],
    },
    {
      name: 'hybrid counts as fine-tuning; mixed purpose; frequent',
      doc: adr({
        approach: 'hybrid',
        'uses.fineTuning': FT,
        'uses.retrieval': RAG,
        'finetune.purpose': 'mixed',
        'knowledge.volatility': ['frequent', 8, 'prices change all the time'],
        'knowledge.changesFast': true,
      }),
      line: 14,
    },
    {
      name: 'the manifest is judged like an accepted ADR',
      doc: makeDoc('manifest', {
        'uses.fineTuning': [true, 2, 'approach: fine-tuning'],
        'finetune.purpose': 'knowledge',
        'knowledge.volatility': ['daily', 4, 'knowledge-volatility: daily'],
        'knowledge.changesFast': true,
      }),
      line: 2,
    },
  ],
  valid: [
    { name: 'behaviour fine-tune', doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'behavior', 'knowledge.changesFast': true }) },
    {
      name: 'yearly knowledge is finetune-for-knowledge',
      doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.volatility': 'yearly' }),
    },
    { name: 'retrieval of fast facts', doc: adr({ 'uses.retrieval': RAG, 'knowledge.changesFast': true }) },
    {
      name: 'rejected ADR chose nothing',
      doc: adr({ 'adr.status': 'rejected', 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.changesFast': true }),
    },
    {
      name: 'superseded ADR is history',
      doc: adr({ 'adr.status': 'superseded', 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.changesFast': true }),
    },
    {
      name: 'not an LLM decision',
      doc: adr({ 'adr.llmRelated': false, 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.changesFast': true }),
    },
  ],
});

ruleTester('finetune-for-knowledge', {
  invalid: [
    {
      name: 'fine-tune to know the product manuals (pace unstated)',
      doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': ['knowledge', 14, 'so that it knows every product'] }),
      line: 14,
      message: ['"so that it knows every product"'],
    },
    {
      name: 'yearly policies, proposed ADR',
      doc: adr({ 'adr.status': 'proposed', 'uses.fineTuning': FT, 'finetune.purpose': 'mixed', 'knowledge.volatility': 'yearly' }),
      line: 14,
    },
  ],
  valid: [
    {
      name: 'weekly facts fire the fresh-facts rule instead',
      doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.volatility': 'weekly', 'knowledge.changesFast': true }),
    },
    { name: 'behaviour fine-tune', doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'behavior' }) },
    { name: 'deprecated ADR', doc: adr({ 'adr.status': 'deprecated', 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge' }) },
  ],
});

ruleTester('citations-need-retrieval', {
  invalid: [
    {
      name: 'fine-tune where answers must cite',
      doc: adr({
        approach: ['fine-tuning', 14, FT[2]],
        'uses.fineTuning': FT,
        'requires.citations': [true, 6, 'Every answer must cite its guideline section.'],
      }),
      line: 14,
      message: [`("${FT[2]}") retrieves nothing`],
    },
    {
      name: 'prompting alone in an audited domain',
      doc: adr({ approach: ['prompting', 13, 'We will prompt GPT-4o with the question.'], 'requires.audit': true }),
      line: 13,
    },
  ],
  valid: [
    {
      name: 'hybrid has retrieval',
      doc: adr({ approach: 'hybrid', 'uses.fineTuning': FT, 'uses.retrieval': RAG, 'requires.citations': true }),
    },
    { name: 'RAG with citations', doc: adr({ approach: 'rag', 'uses.retrieval': RAG, 'requires.citations': true }) },
    { name: 'no citation requirement', doc: adr({ approach: 'fine-tuning', 'uses.fineTuning': FT }) },
    { name: 'nothing chosen', doc: adr({ approach: 'none', 'requires.citations': true }) },
    {
      name: 'rejected ADR',
      doc: adr({ 'adr.status': 'rejected', approach: 'fine-tuning', 'uses.fineTuning': FT, 'requires.citations': true }),
    },
  ],
});

ruleTester('sensitive-data-in-weights', {
  invalid: [
    {
      name: 'fine-tune on tickets with customer names',
      doc: adr({ 'uses.fineTuning': FT, 'training.sensitiveData': [true, 16, 'including customer names and account numbers'] }),
      line: 14,
    },
    {
      name: 'erasure requirement while facts go into weights',
      doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'data.erasure': [true, 7, 'customers may ask to be forgotten'] }),
      line: 14,
    },
    {
      name: 'continued pre-training on personal data',
      doc: adr({ approach: 'continued-pretraining', 'uses.fineTuning': FT, 'data.sensitive': true }),
      line: 14,
    },
    {
      name: 'training data with personal data',
      doc: makeDoc('training-data', { 'training.sensitiveData': [true, 42, '"content": "Jane Doe, IBAN DE89 3704 0044 0532 0130 00"'] }),
      line: 42,
      message: ['Jane Doe'],
    },
  ],
  valid: [
    {
      name: 'behaviour fine-tune while retrieval serves personal data',
      doc: adr({ 'uses.fineTuning': FT, 'uses.retrieval': RAG, 'finetune.purpose': 'behavior', 'data.sensitive': true }),
    },
    { name: 'retrieval with erasure', doc: adr({ 'uses.retrieval': RAG, 'data.erasure': true, 'data.sensitive': true }) },
    { name: 'synthetic training data', doc: makeDoc('training-data', { 'training.sensitiveData': false }) },
    { name: 'superseded ADR', doc: adr({ 'adr.status': 'superseded', 'uses.fineTuning': FT, 'training.sensitiveData': true }) },
  ],
});

ruleTester('tenant-knowledge-in-weights', {
  invalid: [
    {
      name: 'one shared model trained on all customers’ terms',
      doc: adr({
        'uses.fineTuning': FT,
        'finetune.purpose': 'knowledge',
        'knowledge.perTenant': [true, 8, 'each customer has its own contract terms'],
      }),
      line: 14,
      message: ['"each customer has its own contract terms"'],
    },
    {
      name: 'purpose unstated and no retrieval to carry the tenant knowledge',
      doc: adr({ 'uses.fineTuning': FT, 'knowledge.perTenant': true }),
      line: 14,
    },
  ],
  valid: [
    {
      name: 'tenant filters in retrieval, behaviour fine-tune',
      doc: adr({ 'uses.fineTuning': FT, 'uses.retrieval': RAG, 'finetune.purpose': 'behavior', 'knowledge.perTenant': true }),
    },
    { name: 'retrieval only', doc: adr({ 'uses.retrieval': RAG, 'knowledge.perTenant': true }) },
  ],
});

ruleTester('retraining-to-refresh-facts', {
  invalid: [
    {
      name: 'monthly retraining with new prices (stated as a consequence)',
      doc: adr({
        'uses.fineTuning': FT,
        'training.refreshRetrain': [true, 22, 'The model will be retrained every month with the updated price list.'],
      }),
      line: 22,
      message: ['"The model will be retrained every month with the updated price list."'],
    },
  ],
  valid: [
    { name: 'nightly re-indexing', doc: adr({ 'uses.retrieval': RAG, 'training.refreshRetrain': false }) },
    { name: 'retraining only for behaviour', doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'behavior' }) },
    { name: 'rejected option', doc: adr({ 'adr.status': 'rejected', 'uses.fineTuning': FT, 'training.refreshRetrain': true }) },
  ],
});

ruleTester('large-corpus-in-weights', {
  invalid: [
    {
      name: 'continued pre-training on 40,000 wiki pages',
      doc: adr({
        approach: 'continued-pretraining',
        'uses.fineTuning': FT,
        'knowledge.corpusDocuments': [40000, 10, 'our 40,000 wiki pages'],
      }),
      line: 14,
      message: ['"our 40,000 wiki pages"'],
    },
    {
      name: 'knowledge fine-tune on a growing corpus',
      doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.corpusGrowing': true }),
      line: 14,
    },
  ],
  valid: [
    { name: '9,999 documents', doc: adr({ 'uses.fineTuning': FT, 'finetune.purpose': 'knowledge', 'knowledge.corpusDocuments': 9999 }) },
    {
      name: 'large corpus in retrieval, behaviour fine-tune',
      doc: adr({ 'uses.fineTuning': FT, 'uses.retrieval': RAG, 'finetune.purpose': 'behavior', 'knowledge.corpusDocuments': 50000 }),
    },
  ],
});

ruleTester('insufficient-training-data', {
  invalid: [
    {
      name: 'ADR with 120 examples',
      doc: adr({ 'uses.fineTuning': FT, 'training.examples': [120, 16, 'the 120 tickets we labelled'] }),
      line: 16,
      message: ['has 120 labelled examples ("the 120 tickets we labelled")', 'fewer than the 500'],
    },
    {
      name: 'fine-tuning config whose training file has 80 examples',
      doc: makeDoc('finetune-config', {
        'uses.fineTuning': [true, 1, 'base_model: meta-llama/Meta-Llama-3-8B'],
        'training.examples': [80, 3, 'path: data/replies.jsonl'],
      }),
      line: 3,
    },
  ],
  valid: [
    { name: '500 examples', doc: adr({ 'uses.fineTuning': FT, 'training.examples': 500 }) },
    { name: 'count unknown', doc: adr({ 'uses.fineTuning': FT }) },
    { name: 'retrieval with few examples', doc: adr({ 'uses.retrieval': RAG, 'training.examples': 20 }) },
    { name: 'training data is never judged by it', doc: makeDoc('training-data', { 'training.examples': 10 }) },
  ],
});

ruleTester('missing-eval-harness', {
  invalid: [
    {
      name: 'ADR ships if the replies read well',
      doc: adr({ 'uses.fineTuning': FT }),
      line: 14,
      message: [`("${FT[2]}") defines no held-out evaluation set`],
    },
    {
      name: 'config without validation split, located at its model key',
      doc: makeDoc('finetune-config', { 'uses.fineTuning': [true, 3, 'base_model: mistralai/Mistral-7B-v0.3'] }),
      line: 3,
    },
    { name: 'config with no evidence falls back to line 1', doc: makeDoc('finetune-config', {}), line: 1 },
  ],
  valid: [
    { name: 'held-out set defined', doc: adr({ 'uses.fineTuning': FT, 'training.evalSet': true }) },
    { name: 'config with val_set_size', doc: makeDoc('finetune-config', { 'training.evalSet': [true, 9, 'val_set_size: 0.05'] }) },
    { name: 'RAG only', doc: adr({ 'uses.retrieval': RAG }) },
  ],
});

ruleTester('finetune-before-baseline', {
  invalid: [
    { name: 'prompting "felt unreliable"', doc: adr({ 'uses.fineTuning': FT }), line: 14, message: [`("${FT[2]}")`] },
    { name: 'decision without evidence anchors at the decision line', doc: adr({ 'uses.fineTuning': true }), line: 12 },
    {
      name: 'no decision line: the title',
      doc: adr({ 'uses.fineTuning': true }, { anchors: { titleLine: 3 } }),
      line: 3,
    },
  ],
  valid: [
    { name: 'measured baseline', doc: adr({ 'uses.fineTuning': FT, 'baseline.evaluated': true }) },
    { name: 'fine-tuning configs are judged by other rules', doc: makeDoc('finetune-config', { 'uses.fineTuning': true }) },
  ],
});

ruleTester('finetune-to-fix-retrieval', {
  invalid: [
    {
      name: 'fine-tune to stop hallucinations',
      doc: adr({ 'uses.fineTuning': FT, 'finetune.fixesRetrieval': [true, 6, 'Our RAG assistant hallucinates policy details.'] }),
      line: 14,
      message: ['"Our RAG assistant hallucinates policy details."'],
    },
  ],
  valid: [
    { name: 'fixing retrieval', doc: adr({ 'uses.retrieval': RAG, 'finetune.fixesRetrieval': false }) },
    {
      name: 'reranker tuning is not fine-tuning',
      doc: adr({ 'uses.retrieval': RAG, 'uses.fineTuning': false, 'finetune.fixesRetrieval': true }),
    },
  ],
});

ruleTester('naive-chunking', {
  invalid: [
    {
      name: 'ADR with 512-token windows',
      doc: adr({ 'uses.retrieval': RAG, 'rag.chunking': ['fixed', 17, 'split into 512-token chunks with 50 tokens of overlap'] }),
      line: 17,
      message: ['"split into 512-token chunks with 50 tokens of overlap"'],
    },
    {
      name: 'RAG config with chunk_size',
      doc: makeDoc('rag-config', { 'rag.chunking': ['fixed', 7, 'chunk_size: 512'], 'rag.chunkOverlap': 50 }),
      line: 7,
    },
  ],
  valid: [
    { name: 'heading-aware chunks', doc: adr({ 'uses.retrieval': RAG, 'rag.chunking': 'structure' }) },
    { name: 'recursive splitter in a config', doc: makeDoc('rag-config', { 'rag.chunking': 'recursive' }) },
    { name: 'non-LLM ADR about message batches', doc: adr({ 'adr.llmRelated': false, 'uses.retrieval': true, 'rag.chunking': 'fixed' }) },
    { name: 'training data is not judged', doc: makeDoc('training-data', { 'rag.chunking': 'fixed' }) },
  ],
});

ruleTester('rag-without-evaluation', {
  invalid: [
    { name: 'evaluation "to be added later"', doc: adr({ 'uses.retrieval': RAG }), line: 15, message: [`("${RAG[2]}")`] },
    { name: 'hybrid counts as retrieval', doc: adr({ 'uses.retrieval': RAG, 'uses.fineTuning': FT, 'training.evalSet': true }), line: 15 },
  ],
  valid: [
    { name: 'recall@5 tracked', doc: adr({ 'uses.retrieval': RAG, 'rag.evaluation': true }) },
    { name: 'RAG configs are not judged by it', doc: makeDoc('rag-config', { 'uses.retrieval': true }) },
    { name: 'proposed but rejected later', doc: adr({ 'adr.status': 'rejected', 'uses.retrieval': RAG }) },
  ],
});

ruleTester('rag-for-behavior', {
  invalid: [{ name: 'retrieve the style guide to fix tone', doc: adr({ 'uses.retrieval': RAG, 'problem.kind': 'behavior' }), line: 15 }],
  valid: [
    { name: 'inconsistent facts are knowledge', doc: adr({ 'uses.retrieval': RAG, 'problem.kind': 'knowledge' }) },
    { name: 'hybrid fine-tunes the behaviour', doc: adr({ 'uses.retrieval': RAG, 'uses.fineTuning': FT, 'problem.kind': 'behavior' }) },
  ],
});

ruleTester('unjustified-hybrid', {
  invalid: [
    {
      name: '"best of both worlds"',
      doc: adr({
        approach: 'hybrid',
        'uses.fineTuning': [true, 14, 'We will fine-tune Llama 3 on our docs and also use RAG.'],
        'uses.retrieval': [true, 14, 'We will fine-tune Llama 3 on our docs and also use RAG.'],
      }),
      line: 14,
    },
  ],
  valid: [
    { name: 'strict JSON schema', doc: adr({ 'uses.fineTuning': FT, 'uses.retrieval': RAG, 'behavior.strictFormat': true }) },
    { name: 'latency on a hot path', doc: adr({ 'uses.fineTuning': FT, 'uses.retrieval': RAG, 'behavior.latencySensitive': true }) },
    { name: 'retrieval only', doc: adr({ 'uses.retrieval': RAG }) },
  ],
});

ruleTester('training-data-volatile-facts', {
  invalid: [
    {
      name: '12% of answers state prices',
      doc: makeDoc('training-data', { 'training.volatileFactRatio': [0.12, 3, 'The Pro plan currently costs $49 per month.'] }),
      line: 3,
      message: ['12% of the training examples', '"The Pro plan currently costs $49 per month."', 'less than 5%'],
    },
    { name: 'exactly the threshold', doc: makeDoc('training-data', { 'training.volatileFactRatio': 0.05 }), line: 1 },
  ],
  valid: [
    { name: '4%', doc: makeDoc('training-data', { 'training.volatileFactRatio': 0.04 }) },
    { name: 'not measured', doc: makeDoc('training-data', {}) },
    { name: 'ADRs are not judged', doc: adr({ 'training.volatileFactRatio': 0.5 }) },
  ],
});

ruleTester('finetune-config-without-adr', {
  invalid: [
    {
      name: 'axolotl config, no accepted ADR',
      doc: makeDoc('finetune-config', { 'uses.fineTuning': [true, 1, 'base_model: meta-llama/Meta-Llama-3-8B'] }),
      line: 1,
      message: ['("base_model: meta-llama/Meta-Llama-3-8B")'],
    },
  ],
  valid: [
    { name: 'an accepted ADR decides fine-tuning', doc: makeDoc('finetune-config', { 'repo.acceptedFinetuneAdr': true }) },
    { name: 'ADRs are not judged', doc: adr({ 'uses.fineTuning': FT }) },
  ],
});

ruleTester('adr-missing-sections', {
  invalid: [
    {
      name: 'no consequences',
      doc: adr({ 'adr.sections': ['status', 'context', 'decision'] }),
      line: 12,
      message: ['(it has: status, context, decision)'],
    },
    { name: 'whatever the status: superseded', doc: adr({ 'adr.status': 'superseded', 'adr.sections': ['decision'] }), line: 12 },
    {
      name: 'no sections at all, no decision line',
      doc: adr({ 'adr.sections': [] }, { anchors: { titleLine: 1 } }),
      line: 1,
      message: ['(it has: none)'],
    },
  ],
  valid: [
    { name: 'all four sections', doc: adr({}) },
    { name: 'not an LLM decision', doc: adr({ 'adr.llmRelated': false, 'adr.sections': [] }) },
    { name: 'manifests have no sections', doc: makeDoc('manifest', { 'adr.sections': [] }) },
  ],
});

ruleTester('undecided-llm-adr', {
  invalid: [{ name: 'accepted, options listed, nothing chosen', doc: adr({ approach: 'none' }), line: 12 }],
  valid: [
    { name: 'a decision', doc: adr({ approach: 'rag', 'uses.retrieval': RAG }) },
    { name: 'proposed ADRs may still be open', doc: adr({ 'adr.status': 'proposed' }) },
    { name: 'rejected', doc: adr({ 'adr.status': 'rejected' }) },
    { name: 'not an LLM decision', doc: adr({ 'adr.llmRelated': false }) },
    { name: 'the manifest is not judged', doc: makeDoc('manifest', { 'adr.status': 'accepted', 'adr.llmRelated': true }) },
  ],
});

ruleTester('prompt-bloat', {
  invalid: [
    {
      name: '2,400-token prompt on 3 million monthly requests',
      doc: adr({
        approach: 'prompting',
        'prompt.instructionTokens': [2400, 13, 'our 2,400-token instruction block'],
        'behavior.highVolume': [true, 14, '3 million monthly ticket classifications'],
      }),
      line: 13,
      message: ['about 2,400 tokens ("our 2,400-token instruction block")'],
    },
  ],
  valid: [
    { name: 'short prompt', doc: adr({ 'prompt.instructionTokens': 400, 'behavior.highVolume': true }) },
    { name: 'low volume', doc: adr({ 'prompt.instructionTokens': 3000 }) },
    {
      name: 'already fine-tuned',
      doc: adr({ 'uses.fineTuning': FT, 'prompt.instructionTokens': 3000, 'behavior.latencySensitive': true }),
    },
    { name: 'size unknown', doc: adr({ 'behavior.highVolume': true }) },
  ],
});

describe('the pack as a whole', () => {
  it('gives an ADR unrelated to LLMs no finding at all', () => {
    const doc = adr({
      'adr.llmRelated': false,
      'adr.sections': ['context'],
      'uses.fineTuning': true,
      'uses.retrieval': true,
      'requires.audit': true,
      'rag.chunking': 'fixed',
      approach: 'none',
    });
    expect(evaluate([doc], policy, { now })).toEqual([]);
  });

  it('gives a rejected ADR only structure findings', () => {
    const doc = adr({
      'adr.status': 'rejected',
      'adr.sections': ['status', 'decision'],
      'uses.fineTuning': FT,
      'finetune.purpose': 'knowledge',
      'knowledge.changesFast': true,
      'requires.citations': true,
    });
    expect(evaluate([doc], policy, { now }).map((f) => f.ruleId)).toEqual(['adr-missing-sections']);
  });
});
