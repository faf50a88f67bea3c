import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import type { Report, ReportDocument } from '../../src/report/report-types.js';
import { MENTION_BREAK } from '../../src/report/escape-markdown.js';
import { MAX_COMMENT_CHARS } from '../../src/report/limits.js';
import { renderComment } from '../../src/report/render-comment.js';
import { renderJobSummary } from '../../src/report/render-summary.js';
import {
  formatCoordinate,
  MAX_CHART_POINTS,
  renderQuadrantChart,
  renderVerdict,
  VERDICT_COMPACT_MAX_CHARS,
  VERDICT_MAX_CHARS,
  VERDICT_OPEN_ROWS,
} from '../../src/report/render-verdict.js';
import { axisValue, chartLabels, recommend, toVerdicts } from '../../src/report/to-verdicts.js';
import { allClearReport, emptyReport, fixtureReport, HOSTILE_DECISION_PATHS, hugeReport, manyDecisionsReport } from './fixture-report.js';
import { expectGolden } from './golden.js';

const RUN_URL = 'https://github.com/acme/support-bot/actions/runs/123';
const HEADING = "### The framework's verdict";
const md = new MarkdownIt({ html: true });

function adr(path: string, facts: Record<string, unknown>, signals: ReportDocument['signals'] = []): ReportDocument {
  return { path, kind: 'adr', format: 'madr', facts: { 'adr.llmRelated': true, ...facts }, signals };
}

function knowledge(...facts: string[]): ReportDocument['signals'] {
  return facts.map((fact, i) => ({ side: 'knowledge', fact, line: i + 1, text: `${fact} quote` }));
}

function behavior(...facts: string[]): ReportDocument['signals'] {
  return facts.map((fact, i) => ({ side: 'behavior', fact, line: i + 20, text: `${fact} quote` }));
}

function only(document: ReportDocument) {
  const [verdict] = toVerdicts([document]);
  if (!verdict) throw new Error('no verdict');
  return verdict;
}

/** The verdict section of a comment: from its heading to the next heading. */
function verdictSection(comment: string): string {
  const start = comment.indexOf(HEADING);
  if (start < 0) return '';
  const next = comment.indexOf('\n### ', start + HEADING.length);
  return comment.slice(start, next < 0 ? undefined : next);
}

/** Chart point lines of the Mermaid block. */
function pointLines(markdown: string): string[] {
  const block = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? '';
  return block.split('\n').filter((line) => /: \[/.test(line));
}

describe('toVerdicts: which decisions, what they point to, whether the choice agrees', () => {
  it('judges LLM ADRs and manifests only', () => {
    const documents: ReportDocument[] = [
      adr('docs/adr/0001-a.md', { approach: 'rag', recommendation: 'rag' }),
      { path: 'docs/adr/0002-autoscaler.md', kind: 'adr', format: 'nygard', facts: { 'adr.llmRelated': false }, signals: [] },
      { path: 'docs/adr/0003-b.md', kind: 'adr', format: 'nygard', facts: {}, signals: [] },
      { path: 'llm-architecture.yml', kind: 'manifest', format: 'llm-arch-manifest', facts: { approach: 'prompting' }, signals: [] },
      { path: 'ml/ft.yml', kind: 'finetune-config', format: 'axolotl', facts: { approach: 'fine-tuning' }, signals: [] },
    ];
    expect(toVerdicts(documents).map((v) => v.document.path)).toEqual(['docs/adr/0001-a.md', 'llm-architecture.yml']);
  });

  it('agrees when the approach is the recommendation; continued pre-training counts as fine-tuning', () => {
    expect(only(adr('a.md', { approach: 'rag', recommendation: 'rag' }, knowledge('requires.citations'))).agreement).toBe('agrees');
    const cpt = only(adr('b.md', { approach: 'continued-pretraining', recommendation: 'fine-tuning' }, behavior('behavior.tone')));
    expect(cpt.agreement).toBe('agrees');
    expect(cpt.reason).toBeUndefined();
  });

  it('has no decision when nothing was chosen', () => {
    expect(only(adr('a.md', { approach: 'none', recommendation: 'rag' }, knowledge('requires.citations'))).agreement).toBe('no-decision');
    expect(only(adr('b.md', { recommendation: 'prompting' })).agreement).toBe('no-decision');
    expect(only(adr('c.md', { approach: 'telepathy', recommendation: 'prompting' })).approach).toBeUndefined();
  });

  it("says why a choice differs, in the framework's terms, naming the signals", () => {
    const fresh = only(
      adr(
        'a.md',
        { approach: 'fine-tuning', recommendation: 'rag', 'knowledge.volatility': 'weekly' },
        knowledge('knowledge.changesFast', 'requires.citations'),
      ),
    );
    expect(fresh.agreement).toBe('differs');
    expect(fresh.reason).toBe(
      'knowledge-side signals (weekly changes and citations) point to retrieval, and no behaviour-side signal calls for training weights',
    );
    const format = only(adr('b.md', { approach: 'rag', recommendation: 'fine-tuning' }, behavior('behavior.strictFormat')));
    expect(format.reason).toBe(
      'behaviour-side signals (strict output format) point to fine-tuning: retrieval changes what the model knows, not how it behaves',
    );
    const hybrid = only(
      adr('c.md', { approach: 'fine-tuning', recommendation: 'hybrid' }, [
        ...knowledge('knowledge.perTenant'),
        ...behavior('behavior.tone'),
      ]),
    );
    expect(hybrid.reason).toBe(
      'knowledge-side signals (per-tenant knowledge) point to retrieval: weights should carry the behaviour (house tone), not the facts',
    );
    const nothing = only(adr('d.md', { approach: 'hybrid', recommendation: 'prompting' }));
    expect(nothing.reason).toBe('no signal on either side calls for retrieval or training weights: start with prompting');
  });

  it('names signals with the value that made them count', () => {
    const verdict = only(
      adr(
        'a.md',
        {
          'knowledge.volatility': 'daily',
          'knowledge.corpusDocuments': 18000,
          'prompt.instructionTokens': 2400,
          'finetune.purpose': 'mixed',
        },
        [
          ...knowledge('knowledge.changesFast', 'knowledge.corpusDocuments', 'finetune.purpose', 'knowledge.somethingNew'),
          ...behavior('prompt.instructionTokens'),
        ],
      ),
    );
    expect(verdict.knowledge.map((s) => s.label)).toEqual([
      'daily changes',
      '18,000-document corpus',
      'weights meant to hold facts and behaviour',
      undefined,
    ]);
    expect(verdict.behavior.map((s) => s.label)).toEqual(['2,400-token static prompt']);
  });

  it('takes no label from Object.prototype, whatever an untrusted report names', () => {
    const verdict = only(
      adr('a.md', { 'knowledge.volatility': 'constructor' }, [
        ...knowledge('knowledge.changesFast', 'constructor', '__proto__', 'toString'),
      ]),
    );
    expect(verdict.knowledge.map((s) => s.label)).toEqual(['fast-changing knowledge', undefined, undefined, undefined]);
  });

  it('falls back to the signals when the report has no valid recommendation', () => {
    expect(only(adr('a.md', {}, knowledge('requires.audit'))).recommendation).toBe('rag');
    expect(only(adr('b.md', { recommendation: 'magic' }, behavior('behavior.tone'))).recommendation).toBe('fine-tuning');
    expect(recommend(1, 1)).toBe('hybrid');
    expect(recommend(0, 0)).toBe('prompting');
  });

  it('places a decision at (knowledge count ÷ 8, behaviour count ÷ 8), each capped at 1, counting a fact once', () => {
    const verdict = only(
      adr('a.md', {}, [
        ...knowledge('requires.citations', 'requires.citations', 'requires.audit'),
        ...behavior('b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b10'),
      ]),
    );
    expect([verdict.x, verdict.y]).toEqual([0.25, 1]);
    expect(axisValue(0)).toBe(0);
    expect(axisValue(4)).toBe(0.5);
    expect(axisValue(12)).toBe(1);
  });

  it('lists decisions that differ first, then undecided ones, then those that agree', () => {
    const verdicts = toVerdicts(fixtureReport().documents);
    expect(verdicts.map((v) => [v.label, v.agreement])).toEqual([
      ['ADR 0007', 'differs'],
      ['ADR 0010', 'differs'],
      ['ADR 0009', 'no-decision'],
      ['ADR 0008', 'agrees'],
      ['Manifest', 'agrees'],
    ]);
  });
});

describe('chart labels', () => {
  const documents = (paths: string[]): ReportDocument[] => paths.map((path) => adr(path, {}));

  it('are short ids from the file name: ADR number, else a few words', () => {
    expect(
      chartLabels([
        ...documents(['docs/adr/0007-support.md', 'docs/adr/adr-012-x.md', 'docs/decisions/use-rag-for-search.md']),
        { path: 'llm-architecture.yml', kind: 'manifest', format: 'llm-arch-manifest', facts: {}, signals: [] },
        { path: 'ml/team-manifest.yaml', kind: 'manifest', format: 'llm-arch-manifest', facts: {}, signals: [] },
      ]),
    ).toEqual(['ADR 0007', 'ADR 012', 'ADR use rag for', 'Manifest', 'Manifest team']);
  });

  it('are unique', () => {
    const labels = chartLabels(documents(['a/0003-x.md', 'b/0003-y.md', 'c/0003.md', 'd/决定.md', 'e/检索.md']));
    expect(labels).toEqual(['ADR 0003', 'ADR 0003 b', 'ADR 0003 c', 'ADR', 'ADR b']);
  });

  it('use only letters, digits and spaces, and never a word Mermaid reads as a keyword', () => {
    const labels = chartLabels(documents(HOSTILE_DECISION_PATHS));
    for (const label of labels) {
      expect(label).toMatch(/^[A-Za-z0-9 ]{1,20}$/);
      expect(label).not.toMatch(/\b(title|classDef|quadrantChart|accTitle|accDescr)\b/i);
    }
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
  });
});

describe('renderQuadrantChart', () => {
  it('draws one Mermaid quadrantChart: knowledge on x, behaviour on y, RAG bottom right, fine-tuning top left', () => {
    const { chart } = renderQuadrantChart(toVerdicts(fixtureReport().documents));
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      expect.stringMatching(/^%%\{init: \{"quadrantChart": \{.*\}\}\}%%$/),
      'quadrantChart',
      '  title Knowledge need × behaviour need',
      '  x-axis Low knowledge need --> High knowledge need',
      '  y-axis Low behaviour need --> High behaviour need',
      '  quadrant-1 Hybrid',
      '  quadrant-2 Fine-tuning',
      '  quadrant-3 Prompting',
      '  quadrant-4 RAG',
      '  ADR 0007: [0.375, 0]',
      '  ADR 0010: [0, 0.375]',
      '  ADR 0009: [0.125, 0]',
      '  ADR 0008: [0.625, 0.625]',
      '  Manifest: [0, 0.625]',
      '```',
    ]);
  });

  it('writes coordinates as Mermaid reads them: 0, 1 or 0.d+', () => {
    expect([0, 0.125, 0.5, 0.875, 1, 1.5, -1, Number.NaN].map(formatCoordinate)).toEqual([
      '0',
      '0.125',
      '0.5',
      '0.875',
      '1',
      '1',
      '0',
      '0',
    ]);
  });

  it('puts decisions at the same place on one point and plots at most MAX_CHART_POINTS points', () => {
    const report = manyDecisionsReport(60);
    const { chart, left } = renderQuadrantChart(toVerdicts(report.documents));
    const points = pointLines(chart);
    expect(points.length).toBe(MAX_CHART_POINTS);
    expect(left).toBeGreaterThan(0);
    for (const line of points) {
      expect(line).toMatch(/^ {2}[A-Za-z0-9 ]+( \+\d+)?: \[(0|1|0\.\d+), (0|1|0\.\d+)\]$/);
    }
    expect(chart).toMatch(/ \+\d+: \[/);
  });
});

describe('renderVerdict', () => {
  it('is absent when the report has no LLM decision', () => {
    expect(renderVerdict(emptyReport(), { heading: HEADING })).toBeUndefined();
    const report = fixtureReport();
    report.documents = report.documents.filter((d) => d.kind !== 'adr' && d.kind !== 'manifest');
    expect(renderVerdict(report, { heading: HEADING })).toBeUndefined();
    expect(renderComment(report)).not.toContain(HEADING);
  });

  it('shows each decision with its quoted signals, recommendation, choice and agreement in one table row', () => {
    const section = renderVerdict(fixtureReport(), { heading: HEADING }) ?? '';
    expect(section).toContain('Of 5 LLM decisions, **2 differ** from what their signals point to, 2 agree and 1 has no decision yet.');
    expect(section).toContain('| Chart | Decision | Signals found | Recommended | Chosen | Verdict |');
    const row = section.split('\n').find((line) => line.startsWith('| ADR 0007 |')) ?? '';
    expect(row).toContain('`docs/adr/0007-support-assistant.md`');
    expect(row).toContain('**Knowledge (3):** weekly changes (line 9: “Rate cards change weekly and agents quote them verbatim.”)');
    expect(row).toContain('**Behaviour:** none');
    expect(row).toContain(
      '| **RAG** | fine-tuning | ⚠️ differs: knowledge-side signals (weekly changes, citations and weights meant to hold facts) point to retrieval',
    );
    expect(section).toMatch(/^\| ADR 0008 \| .* \| \*\*hybrid\*\* \| hybrid \| ✅ agrees \|$/m);
    expect(section).toMatch(/^\| ADR 0009 \| .*<br>_proposed_ \| .* \| \*\*RAG\*\* \| — \| ➖ no decision yet \|$/m);
  });

  it('quotes a line shared by several signals once', () => {
    const section = renderVerdict(fixtureReport(), { heading: HEADING }) ?? '';
    const row = section.split('\n').find((line) => line.startsWith('| Manifest |')) ?? '';
    expect(row).toContain(
      'house tone, strict output format, domain reasoning (line 6: “behavior: \\[tone, strict-format, reasoning, latency, high-volume\\]”) and 2 more',
    );
  });

  it('escapes every piece of PR text: titles, quotes and fact names stay inside their cell', () => {
    const section = renderVerdict(manyDecisionsReport(12), { heading: HEADING, maxSize: 1e6 }) ?? '';
    // Paths are code spans, where GitHub shows text as-is (no mention, link or HTML); outside them all is escaped.
    const prose = section.replace(/`+[^`\n]*`+/g, '');
    expect(prose).not.toMatch(/(^|\W)@[A-Za-z0-9]/m);
    expect(section).toContain(`@${MENTION_BREAK}octocat`);
    expect(prose).not.toMatch(/<(?!br>|\/?details>|\/?summary>|sub>|\/sub>)/);
    expect(prose).not.toMatch(/(?<!\\)\]\(javascript:/);
    const rows = section.split('\n').filter((line) => line.startsWith('| '));
    const cells = (row: string): number =>
      row
        .replace(/\\\|/g, '')
        .replace(/`[^`]*`/g, '')
        .split('|').length - 2;
    expect(rows.length).toBe(13);
    for (const row of rows) expect(cells(row)).toBe(6);
    const html = md.render(section);
    expect(html.match(/<tr>/g)?.length).toBe(13);
    expect(html).not.toMatch(/<(img|script|a)\b/);
  });

  it('folds a long table into <details> and keeps the chart open', () => {
    const section = renderVerdict(manyDecisionsReport(VERDICT_OPEN_ROWS + 1), { heading: HEADING }) ?? '';
    expect(section).toMatch(/<details>\n<summary>Verdict table: 6 LLM decisions \(.*\)<\/summary>\n\n\| Chart \|/);
    expect(section.indexOf('```mermaid')).toBeLessThan(section.indexOf('<details>'));
    const short = renderVerdict(manyDecisionsReport(VERDICT_OPEN_ROWS), { heading: HEADING }) ?? '';
    expect(short).not.toContain('<details>');
  });

  it('stays within its budget: rows that do not fit are counted, with where to find them', () => {
    const section = renderVerdict(manyDecisionsReport(200), { heading: HEADING, moreHint: 'the JSON report lists them all' }) ?? '';
    expect(section.length).toBeLessThanOrEqual(VERDICT_MAX_CHARS);
    const shown = section.split('\n').filter((line) => /^\| (ADR|Manifest)/.test(line)).length;
    const hidden = Number(
      /_… and ([\d,]+) more LLM decisions left out to keep this within GitHub's size limit: the JSON report lists them all\._/.exec(
        section,
      )?.[1],
    );
    expect(shown).toBeGreaterThan(5);
    expect(shown + hidden).toBe(200);
    expect(section).toContain(`The chart shows`);
    const compact =
      renderVerdict(manyDecisionsReport(200), { heading: HEADING, detail: 'compact', maxSize: VERDICT_COMPACT_MAX_CHARS }) ?? '';
    expect(compact.length).toBeLessThanOrEqual(VERDICT_COMPACT_MAX_CHARS);
    expect(compact).not.toContain('(line ');
    expect(renderVerdict(manyDecisionsReport(200), { heading: HEADING, maxSize: 900 })).toMatch(
      /^### .*\n\nRetrieval changes .*decisions, \*\*\d+ differ\*\*.*\.$/,
    );
    expect(renderVerdict(manyDecisionsReport(200), { heading: HEADING, maxSize: 10 })).toBeUndefined();
  });
});

describe('the verdict in the comment and the job summary', () => {
  it('comes right after the counts, before the findings, and in the all-clear comment too', () => {
    const comment = renderComment(fixtureReport(), { runUrl: RUN_URL });
    expect(comment.indexOf(HEADING)).toBeGreaterThan(comment.indexOf('**2 errors, 2 warnings and 2 notices**'));
    expect(comment.indexOf(HEADING)).toBeLessThan(comment.indexOf('### `docs/adr/0007-support-assistant.md`'));
    expect(pointLines(comment)).toHaveLength(5);
    const clear = renderComment(allClearReport());
    expect(clear.indexOf(HEADING)).toBeGreaterThan(clear.indexOf('All clear'));
    // A later push that fixes everything: no rule id left in the comment.
    expect(clear).not.toContain('finetune-for-fresh-facts');
  });

  it('matches the golden comment for many decisions with hostile file names', () => {
    expectGolden('comment-verdict-many.md', renderComment(manyDecisionsReport(30), { runUrl: RUN_URL }));
  });

  it('is compact, and the comment within the limit, when findings are many', () => {
    const report = hugeReport(3000);
    report.documents = [...report.documents, ...manyDecisionsReport(200).documents];
    const comment = renderComment(report, { runUrl: RUN_URL });
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const section = verdictSection(comment);
    expect(section.length).toBeGreaterThan(0);
    expect(section.length).toBeLessThanOrEqual(VERDICT_COMPACT_MAX_CHARS);
    expect(section).not.toContain('(line ');
    expect(section).toContain(`[job summary](${RUN_URL}) of this run and the JSON report list them all`);
  });

  it('keeps the full comment within the limit with many decisions and findings', () => {
    const report = hugeReport(60);
    report.documents = [...report.documents, ...manyDecisionsReport(200).documents];
    const comment = renderComment(report);
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(verdictSection(comment).length).toBeLessThanOrEqual(VERDICT_MAX_CHARS);
  });

  it('is in the job summary with every signal quoted and the table open', () => {
    const summary = renderJobSummary(fixtureReport());
    const section = verdictSection(summary);
    expect(section).toContain('```mermaid\n');
    expect(section).not.toContain('<details>');
    expect(section).toContain('**Behaviour (5):** strict output format (line 13:');
    expect(section).toContain('domain vocabulary (line 16: “uses our internal loss codes (\\`LC-14\\`, \\`LC-22\\`)”)');
    expect(section).not.toContain('more');
    expect(summary.indexOf(HEADING)).toBeLessThan(summary.indexOf('### Documents analysed'));
    const empty: Report = emptyReport();
    expect(renderJobSummary(empty)).not.toContain(HEADING);
  });
});
