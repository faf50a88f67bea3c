import { describe, expect, it } from '@jest/globals';
import { extractAdr } from '../../src/extract/adr/extract-adr.js';

const nygard = (decision: string, context = 'The assistant answers customer questions with an LLM.') =>
  `# 7. Knowledge for the assistant\n\n## Status\n\nAccepted\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n\n## Consequences\n\nWe will see.\n`;

const facts = (text: string) => {
  const doc = extractAdr('docs/adr/0007.md', text);
  return Object.fromEntries(Object.entries(doc.facts).map(([k, v]) => [k, v.value]));
};

describe('extractAdr: what was chosen', () => {
  it.each([
    ['We will fine-tune the model on the documentation so it knows the rate cards.', 'fine-tuning'],
    ['We will use retrieval-augmented generation over a pgvector index.', 'rag'],
    ['We fine-tune a LoRA adapter for the JSON format and retrieve facts from a vector store.', 'hybrid'],
    ['We will not fine-tune; answers come from a retrieval index.', 'rag'],
    ['We chose RAG over fine-tuning.', 'rag'],
    ['We will use RAG. If retrieval proves insufficient we may later fine-tune.', 'rag'],
    ['Fine-tuning was ruled out. We will ground answers in a vector DB.', 'rag'],
    ['We tried fine-tuning last year; we will now use a knowledge base with semantic search.', 'rag'],
    ['We will fine-tune the embedding model on our queries and keep the generator as it is, with a vector index.', 'rag'],
    ['We will improve the system prompt with few-shot examples.', 'prompting'],
    ['We will continue pre-training the base model on our 40,000 engineering reports.', 'continued-pretraining'],
  ])('%s → %s', (decision, approach) => {
    expect(facts(nygard(decision)).approach).toBe(approach);
  });

  it('reads only the chosen option in MADR, not the considered ones', () => {
    const madr = `# Knowledge source\n\n## Context and Problem Statement\n\nThe LLM assistant must know our prices.\n\n## Considered Options\n\n* Fine-tune the model on the price list\n* Retrieval-augmented generation\n\n## Decision Outcome\n\nChosen option: "Retrieval-augmented generation", because fine-tuning cannot keep up with price changes.\n\n### Consequences\n\n* Good.\n`;
    const f = facts(madr);
    expect(f.approach).toBe('rag');
    expect(f['uses.fineTuning']).toBe(false);
    expect(f['doc.format']).toBe('madr');
  });

  it('reads a Y-statement', () => {
    const y = `# Assistant knowledge\n\nStatus: accepted\n\nIn the context of the support chatbot, facing rate cards that change weekly, we decided for retrieval-augmented generation and neglected fine-tuning, to achieve fresh answers, accepting that we run a vector store.\n`;
    const f = facts(y);
    expect(f['doc.format']).toBe('y-statement');
    expect(f.approach).toBe('rag');
    expect(f['knowledge.volatility']).toBe('weekly');
  });
});

describe('extractAdr: knowledge and fine-tuning facts', () => {
  it.each([
    ['Rate cards are revised every week.', 'weekly', true],
    ['Prices move daily.', 'daily', true],
    ['The handbook is updated each quarter.', 'quarterly', true],
    ['Inventory changes constantly.', 'frequent', true],
    ['The glossary rarely changes.', 'static', false],
    ['The tax tables are published yearly.', 'yearly', false],
  ])('volatility: %s', (context, volatility, fast) => {
    const f = facts(nygard('We will fine-tune the LLM on the material so it knows it.', context));
    expect(f['knowledge.volatility']).toBe(volatility);
    expect(f['knowledge.changesFast']).toBe(fast);
  });

  it('tells knowledge purpose from behaviour purpose', () => {
    expect(facts(nygard('We will fine-tune the model on the product documentation so it knows our products.'))['finetune.purpose']).toBe(
      'knowledge',
    );
    expect(facts(nygard('We will fine-tune a small model for the house tone and a strict JSON format.'))['finetune.purpose']).toBe(
      'behavior',
    );
    expect(
      facts(nygard('We fine-tune for the JSON output format, while facts are retrieved from the policy documents in a vector store.'))[
        'finetune.purpose'
      ],
    ).toBe('behavior');
  });

  it('reads citations, audit, examples and eval sets', () => {
    const f = facts(
      nygard(
        'We will fine-tune a LoRA adapter on 12k examples, with a held-out evaluation set of 500 tickets.',
        'Answers must be traceable to the source clause. Auditors need to see which document a claim came from.',
      ),
    );
    expect(f['requires.citations']).toBe(true);
    expect(f['requires.audit']).toBe(true);
    expect(f['training.examples']).toBe(12000);
    expect(f['training.evalSet']).toBe(true);
  });

  it('counts "about 300 labelled pairs" and ignores evaluation questions', () => {
    expect(facts(nygard('We will fine-tune the model with about 300 labelled pairs.'))['training.examples']).toBe(300);
    expect(facts(nygard('We will fine-tune the model. We wrote 200 evaluation questions.'))['training.examples']).toBeUndefined();
  });

  it('keeps evidence with the line of the sentence', () => {
    const doc = extractAdr(
      'a.md',
      nygard('We will fine-tune the model on the docs so it knows them.', 'Line one.\nRate cards change weekly.'),
    );
    expect(doc.facts['knowledge.volatility']?.evidence).toEqual({
      path: 'a.md',
      line: 10,
      text: 'Rate cards change weekly.',
      source: 'prose',
    });
    expect(doc.facts['uses.fineTuning']?.evidence?.line).toBe(14);
    expect(doc.anchors.decisionLine).toBe(12);
  });
});

describe('extractAdr: documents that are not about LLMs', () => {
  it.each([
    'We will fine-tune the autoscaler thresholds. Prices change daily. The audit log keeps every change.',
    'Retrieval of rows from Postgres happens in chunks of 500. We cite the RFC in the code.',
  ])('%s', (decision) => {
    const f = facts(nygard(decision, 'The billing service falls behind at month end.'));
    expect(f['adr.llmRelated']).toBe(false);
    expect(f.approach).toBeUndefined();
    expect(f['uses.fineTuning']).toBeUndefined();
  });
});

describe('extractAdr: status, sections, front matter', () => {
  it.each([
    ['## Status\n\nSuperseded by ADR-0012', 'superseded'],
    ['Status: Proposed', 'proposed'],
    ['- Status: rejected', 'rejected'],
    ['**Status:** Accepted', 'accepted'],
    ['## Status: Deprecated', 'deprecated'],
  ])('%s → %s', (line, status) => {
    expect(facts(`# Title\n\n${line}\n\n## Context\n\nx\n`)['adr.status']).toBe(status);
  });

  it('lets the llm: block win over prose and reports unknown keys', () => {
    const text = `---\nstatus: accepted\nllm:\n  approach: rag\n  knowlege-volatility: weekly\n  training-examples: many\n---\n# T\n\n## Decision\n\nWe will fine-tune the model.\n`;
    const doc = extractAdr('a.md', text);
    expect(doc.facts.approach?.value).toBe('rag');
    expect(doc.facts['uses.fineTuning']?.value).toBe(false);
    expect(doc.facts.approach?.evidence?.line).toBe(4);
    expect(doc.problems.map((p) => [p.ruleId, p.line])).toEqual([
      ['invalid-front-matter', 5],
      ['invalid-front-matter', 6],
    ]);
  });

  it('makes broken front matter a parse-error with its line and keeps reading the body', () => {
    const doc = extractAdr('a.md', `---\nstatus: [accepted\n---\n# T\n\n## Decision\n\nWe will use RAG for the LLM.\n`);
    expect(doc.problems[0]?.ruleId).toBe('parse-error');
    expect(doc.problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(doc.facts.approach?.value).toBe('rag');
  });

  it('says where in the front matter the YAML breaks, also when the YAML library gives no position in its message', () => {
    // "All mapping items must start at the same column": the library's message names no line or column (found by a
    // long fuzz run); the finding's message must, as the rule's remedy tells the reader to look there.
    const text = `---\nstatus: accepted\nbehavior:\n    - strict-format\n  unknown: 0\n---\n# T\n`;
    const problem = extractAdr('a.md', text).problems[0];
    // The library points at the start of the misindented line.
    expect(problem).toMatchObject({ ruleId: 'parse-error', line: 5, column: 1 });
    expect(problem?.message).toBe('Front matter is not valid YAML (line 5, column 1): All mapping items must start at the same column');
  });

  it('reads suppressions', () => {
    const doc = extractAdr(
      'a.md',
      `# T\n\n<!-- llm-arch-lint-disable finetune-before-baseline reason="baseline in ADR-0012" until=2027-06-30 -->\n`,
    );
    expect(doc.suppressions).toEqual([
      { ruleId: 'finetune-before-baseline', reason: 'baseline in ADR-0012', until: '2027-06-30', line: 3, text: expect.any(String) },
    ]);
  });
});
