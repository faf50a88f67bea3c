import { describe, expect, it } from '@jest/globals';
import {
  findingKey,
  findingMarker,
  MAX_INLINE_COMMENTS,
  parseFindingMarker,
  placeFinding,
  planReview,
  renderFixedComment,
  renderInlineComment,
  renderReviewBody,
  REVIEW_MARKER,
  suggestionFor,
  type ExistingInlineComment,
} from '../../src/report/render-review.js';
import { MAX_COMMENT_CHARS } from '../../src/report/limits.js';
import type { Finding, Report } from '../../src/report/report-types.js';
import { expectGolden } from './golden.js';
import { fixtureReport, HOSTILE, hugeReport } from './fixture-report.js';

const HEAD = '0123456789abcdef0123456789abcdef01234567';

function prReport(changedLines: Record<string, [number, number][]>, base: Report = fixtureReport()): Report {
  return { ...base, pullRequest: { repository: base.repository, number: 7, baseSha: 'b'.repeat(40), headSha: HEAD, changedLines } };
}

const find = (report: Report, ruleId: string): Finding => report.findings.find((f) => f.ruleId === ruleId)!;

describe('finding markers', () => {
  it('round-trip the fingerprint and the fixed state, only at the start of the body', () => {
    expect(findingMarker('abc123')).toBe('<!-- llm-arch-lint:finding abc123 -->');
    expect(parseFindingMarker(`${findingMarker('abc123')}\nbody`)).toEqual({ key: 'abc123' });
    expect(parseFindingMarker(`${findingMarker('abc123', 'fedcba9')}\nbody`)).toEqual({ key: 'abc123', fixedIn: 'fedcba9' });
    expect(parseFindingMarker(`quoting ${findingMarker('abc123')}`)).toBeUndefined();
    expect(parseFindingMarker('<!-- llm-arch-lint:summary -->')).toBeUndefined();
    expect(parseFindingMarker(undefined)).toBeUndefined();
  });

  it('keep an untrusted fingerprint from ending the HTML comment', () => {
    const key = findingKey('x --> <img src=x> -- y');
    expect(key).not.toMatch(/--|>|<|\s/);
    expect(parseFindingMarker(findingMarker('x --> <img src=x> -- y'))?.key).toBe(key);
    expect(findingKey('')).toBe('_');
    expect(findingKey('a'.repeat(500))).toHaveLength(200);
  });
});

describe('placeFinding', () => {
  const base = find(fixtureReport(), 'finetune-for-fresh-facts'); // line 24, evidence on 9 and 24

  it('places a finding on a + line, RIGHT side, and nowhere else', () => {
    expect(placeFinding(base, { [base.path]: [[20, 30]] })).toEqual({ line: 24 });
    expect(placeFinding(base, { [base.path]: [[1, 23]] })).toBeUndefined();
    expect(placeFinding(base, { 'other.md': [[1, 100]] })).toBeUndefined();
    expect(placeFinding(base, {})).toBeUndefined();
  });

  it('spans evidence near the line on the same + range with start_line; far or off-range evidence does not widen it', () => {
    expect(placeFinding(base, { [base.path]: [[1, 40]] })).toEqual({ line: 24 }); // evidence on line 9: 15 lines away
    const near = { ...base, evidence: [...base.evidence, { path: base.path, line: 20, text: 'x' }] };
    expect(placeFinding(near, { [base.path]: [[1, 40]] })).toEqual({ line: 24, startLine: 20 });
    expect(placeFinding(near, { [base.path]: [[22, 40]] })).toEqual({ line: 24 });
    const after = { ...base, evidence: [{ path: base.path, line: 27, text: 'x' }] };
    expect(placeFinding(after, { [base.path]: [[1, 40]] })).toEqual({ line: 27, startLine: 24 });
    const elsewhere = { ...base, evidence: [{ path: 'other.md', line: 22, text: 'x' }] };
    expect(placeFinding(elsewhere, { [base.path]: [[1, 40]] })).toEqual({ line: 24 });
  });

  it('ignores inherited keys of changedLines (an untrusted report)', () => {
    const f = { ...base, path: 'constructor' };
    expect(placeFinding(f, {})).toBeUndefined();
  });
});

describe('suggestions', () => {
  const report = fixtureReport();
  report.documents.push({ path: 'ml/axolotl.yml', kind: 'finetune-config', format: 'axolotl', facts: {}, signals: [] });
  const missing = (text: string, path = 'ml/axolotl.yml'): Finding => ({
    ...find(fixtureReport(), 'missing-eval-harness'),
    path,
    line: 9,
    evidence: [{ path, line: 9, text }],
  });

  it('offers val_set_size: 0.05 for an axolotl val_set_size: 0, and nothing for other lines or formats', () => {
    expect(suggestionFor(missing('val_set_size: 0'), report)?.replacement).toBe('val_set_size: 0.05');
    expect(suggestionFor(missing('val_set_size: 0.0  # no eval'), report)?.replacement).toBe('val_set_size: 0.05');
    expect(suggestionFor(missing('val_set_size: 0.1'), report)).toBeUndefined();
    expect(suggestionFor(missing('  val_set_size: 0'), report)).toBeUndefined();
    expect(suggestionFor(missing('val_set_size: 0', 'ml/not-analysed.yml'), report)).toBeUndefined(); // no document, no format
    const body = renderInlineComment(missing('val_set_size: 0'), report);
    expect(body).toContain('```suggestion\nval_set_size: 0.05\n```');
  });

  it('a suggestion makes the comment single-line on the offending line', () => {
    const f = {
      ...missing('val_set_size: 0'),
      evidence: [
        { path: 'ml/axolotl.yml', line: 9, text: 'val_set_size: 0' },
        { path: 'ml/axolotl.yml', line: 2, text: 'base_model: x' },
      ],
    };
    const r = prReport({ 'ml/axolotl.yml': [[1, 12]] }, { ...report, findings: [f] });
    const plan = planReview(r, []);
    expect(plan.comments.map((c) => [c.comment.line, c.comment.start_line])).toEqual([[9, undefined]]);
  });
});

describe('renderInlineComment', () => {
  it('starts with the marker and escapes everything the PR wrote', () => {
    const report = fixtureReport();
    const body = renderInlineComment(find(report, 'finetune-for-fresh-facts'), report);
    expect(parseFindingMarker(body)?.key).toBe(findingKey(find(report, 'finetune-for-fresh-facts').fingerprint));
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/(^|[^\\])\[x\]\(javascript:/);
    expect(body).toContain('@\u200Boctocat');
    expect(body).not.toContain('</details>');
    expect(HOSTILE).toContain('</details>');
    expectGolden('review-comment.md', body);
  });
});

describe('planReview', () => {
  it('comments only open findings on + lines, most severe first; the rest stay in the summary', () => {
    const report = prReport({ 'docs/adr/0007-support-assistant.md': [[20, 30]], 'ml/finetune/support-lora.yml': [[12, 12]] });
    const plan = planReview(report, []);
    expect(plan.comments.map((c) => [c.finding.ruleId, c.comment.path, c.comment.line, c.comment.side])).toEqual([
      ['finetune-for-fresh-facts', 'docs/adr/0007-support-assistant.md', 24, 'RIGHT'],
      ['missing-eval-harness', 'ml/finetune/support-lora.yml', 12, 'RIGHT'],
    ]);
    // The suppressed finding on line 24 is not commented; the others are off the + lines.
    expect(plan.offDiff).toBe(report.findings.filter((f) => !f.suppressed).length - 2);
    expect(plan.body?.startsWith(REVIEW_MARKER)).toBe(true);
    expect(plan.body).toContain('left 2 inline comments on lines this pull request changes');
    expectGolden('review-body.md', plan.body ?? '');
  });

  it('never comments a fingerprint that already has a comment, even one marked fixed; no review without a new comment', () => {
    const report = prReport({ 'docs/adr/0007-support-assistant.md': [[1, 40]] });
    const first = planReview(report, []);
    expect(first.comments.length).toBeGreaterThan(0);
    const existing: ExistingInlineComment[] = first.comments.map((c, i) => ({
      id: i + 1,
      body: c.comment.body,
      key: parseFindingMarker(c.comment.body)!.key,
      ...(i === 0 ? { fixedIn: 'abcdef0' } : {}),
    }));
    const again = planReview(report, existing);
    expect(again.comments).toEqual([]);
    expect(again.body).toBeUndefined();
    expect(again.alreadyCommented).toBe(first.comments.length);
    expect(again.fixed).toEqual([]);
  });

  it('marks fixed the comments whose finding is gone, once, naming the short head SHA', () => {
    const report = prReport({ 'docs/adr/0007-support-assistant.md': [[1, 40]] });
    const gone = {
      id: 41,
      key: 'gone-finding',
      body: `${findingMarker('gone-finding')}\n❌ **Old** · x\n\n\`\`\`suggestion\nval_set_size: 0.05\n\`\`\`\n`,
    };
    const plan = planReview(report, [gone, { id: 42, key: 'old', fixedIn: '1111111', body: findingMarker('old', '1111111') }]);
    expect(plan.fixed.map((f) => f.id)).toEqual([41]);
    const body = plan.fixed[0]!.body;
    expect(parseFindingMarker(body)).toEqual({ key: 'gone-finding', fixedIn: HEAD.slice(0, 7) });
    expect(body).toContain(`✅ **Fixed in \`${HEAD.slice(0, 7)}\`.**`);
    expect(body).toContain('<details>');
    expect(body).not.toContain('```suggestion');
    expect(renderFixedComment(gone.body, gone.key, 'not-a-sha')).toMatch(
      /^<!-- llm-arch-lint:finding gone-finding fixed -->\n✅ \*\*Fixed\.\*\*/,
    );
  });

  it('caps a review at 30 comments and lists the rest in its body, within the body limit, for 5,000 findings', () => {
    const huge = hugeReport(5000);
    const lines: Record<string, [number, number][]> = {};
    for (const f of huge.findings) lines[f.path] = [[1, 6000]];
    const plan = planReview(prReport(lines, huge), []);
    expect(plan.comments).toHaveLength(MAX_INLINE_COMMENTS);
    expect(plan.overflow).toHaveLength(5000 - MAX_INLINE_COMMENTS);
    expect(plan.comments.every((c) => c.finding.severity === 'error')).toBe(true);
    expect(plan.body!.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(plan.body).toMatch(
      /… and [\d,]+ more findings \([\d,]+ errors?, [\d,]+ warnings and [\d,]+ notices\): the job summary and the JSON report list them all\.\n$/,
    );
    for (const c of plan.comments) expect(c.comment.body.length).toBeLessThanOrEqual(8000);
  });

  it('lists a small overflow in full', () => {
    const report = fixtureReport();
    const body = renderReviewBody({}, report.findings.slice(0, 2), report.findings.slice(2, 4));
    expect(body.match(/^- /gm)).toHaveLength(2);
    expect(body).toContain('will be commented inline on the next run');
  });

  it('plans nothing for a report without a pull request', () => {
    const report = fixtureReport();
    delete report.pullRequest;
    expect(planReview(report, [{ id: 1, key: 'x', body: '' }])).toEqual({
      comments: [],
      overflow: [],
      fixed: [],
      alreadyCommented: 0,
      offDiff: 0,
    });
  });
});
