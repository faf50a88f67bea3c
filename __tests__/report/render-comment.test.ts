import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { COMMENT_MARKER, renderComment } from '../../src/report/render-comment.js';
import { MAX_COMMENT_CHARS } from '../../src/report/limits.js';
import { MENTION_BREAK } from '../../src/report/escape-markdown.js';
import { allClearReport, emptyReport, fixtureReport, hugeReport } from './fixture-report.js';
import { expectGolden } from './golden.js';

const RUN_URL = 'https://github.com/acme/support-bot/actions/runs/123';
const md = new MarkdownIt({ html: true });

/** The tags a comment may contain as real HTML; anything else would be an injection. */
function htmlTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => (m[1] ?? '').toLowerCase());
}

const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'strong',
  'em',
  'code',
  'a',
  'blockquote',
  'br',
  'details',
  'summary',
  'hr',
  'sub',
  // the verdict: a GFM table, and the Mermaid chart as a fenced code block
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'pre',
]);

describe('renderComment', () => {
  it('matches the golden comment', () => {
    expectGolden('comment.md', renderComment(fixtureReport(), { runUrl: RUN_URL }));
  });

  it('matches the golden all-clear comment', () => {
    expectGolden('comment-all-clear.md', renderComment(allClearReport(), { runUrl: RUN_URL }));
  });

  it('starts with the hidden marker, alone on the first line', () => {
    const comment = renderComment(fixtureReport());
    expect(comment.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(COMMENT_MARKER).toBe('<!-- llm-arch-lint:summary -->');
    expect(comment.indexOf(COMMENT_MARKER, 1)).toBe(-1);
  });

  it('accepts a custom marker but refuses one that is not a single HTML comment', () => {
    expect(renderComment(fixtureReport(), { marker: '<!-- llm-arch-lint:summary:web -->' }).split('\n')[0]).toBe(
      '<!-- llm-arch-lint:summary:web -->',
    );
    expect(() => renderComment(fixtureReport(), { marker: 'hello' })).toThrow(TypeError);
    expect(() => renderComment(fixtureReport(), { marker: '<!-- a -->\n<!-- b -->' })).toThrow(TypeError);
  });

  it('says what is open by severity, suppressed apart', () => {
    const comment = renderComment(fixtureReport());
    expect(comment).toContain(
      '**2 errors, 2 warnings and 2 notices** in 4 files (7 documents reviewed); 1 suppressed finding is not counted.',
    );
  });

  it('orders most severe first across and within documents', () => {
    const comment = renderComment(fixtureReport());
    const order = [
      'sensitive-data-in-weights',
      'finetune-for-fresh-facts',
      'adr-missing-sections',
      'missing-eval-harness',
      'insufficient-training-data',
      'policy-changed',
    ];
    const positions = order.map((id) => comment.indexOf(`[\`${id}\`]`));
    expect(positions.every((p) => p > 0)).toBe(true);
    // Documents: the ADR (1 error, 1 notice) and the data file (1 error) before the config (warnings).
    expect(comment.indexOf('### `docs/adr/0007-support-assistant.md`')).toBeLessThan(comment.indexOf('### `ml/finetune/support-lora.yml`'));
    expect(comment.indexOf('### `ml/data/support-train.jsonl`')).toBeLessThan(comment.indexOf('### `ml/finetune/support-lora.yml`'));
    expect(comment.indexOf('finetune-for-fresh-facts')).toBeLessThan(comment.indexOf('adr-missing-sections'));
    expect(comment.indexOf('[`insufficient-training-data`]')).toBeLessThan(comment.indexOf('[`missing-eval-harness`]'));
  });

  it('links rule ids to their documentation and quotes evidence with path and line', () => {
    const comment = renderComment(fixtureReport());
    expect(comment).toContain(
      '[`finetune-for-fresh-facts`](https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/finetune-for-fresh-facts.md)',
    );
    expect(comment).toContain('> docs/adr/0007-support-assistant.md:9 — "Rate cards change weekly and agents quote them verbatim."');
    expect(comment).toContain('**Remedy:** Serve rate cards through retrieval');
  });

  it('lets no PR-derived text mention, link, embed or break out', () => {
    const comment = renderComment(fixtureReport());
    expect(comment).not.toMatch(/(^|\W)@[A-Za-z0-9]/m);
    expect(comment).toContain(`@${MENTION_BREAK}octocat`);
    expect(comment).not.toContain('<img');
    expect(comment).not.toMatch(/(?<!\\)\]\(javascript:/);
    const html = md.render(comment);
    const tags = htmlTags(html).filter((tag) => !ALLOWED_TAGS.has(tag));
    expect(tags).toEqual([]);
    expect(html).not.toMatch(/href="(?!https:)/);
    expect((comment.match(/<details>/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length);
    // The forged marker in the evidence stays text.
    expect(comment.split(COMMENT_MARKER)).toHaveLength(2);
  });

  it('does not link a rule whose helpUri is not http(s)', () => {
    const report = fixtureReport();
    report.findings[0]!.helpUri = 'javascript:alert(1)';
    const comment = renderComment(report);
    expect(comment).not.toContain('](javascript:alert(1)) ·');
    expect(comment).toContain('❌ **Fine-tuning to carry fast-changing facts** · `finetune-for-fresh-facts` · line 24');
  });

  it('lists suppressed findings apart with their reason and expiry', () => {
    const comment = renderComment(fixtureReport());
    expect(comment).toContain('<summary>1 suppressed finding</summary>');
    expect(comment).toContain(`reason: "baseline in ADR-0012 @${MENTION_BREAK}ops-team" until 2027-06-30`);
  });

  it('folds long lists into <details>', () => {
    const report = hugeReport(30);
    const comment = renderComment(report);
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(comment).toContain('<summary>20 more findings in 20 other files (10 warnings and 10 notices)</summary>');
    // 10 expanded findings carry a remedy; the folded ones too, inside <details>.
    const beforeFirstFold = comment.slice(0, comment.indexOf('<details>'));
    expect((beforeFirstFold.match(/\*\*Remedy:\*\*/g) ?? []).length).toBeLessThanOrEqual(10);
  });

  it("folds a document's less severe findings under its heading", () => {
    const report = hugeReport(30);
    report.findings = report.findings.map((finding) => ({ ...finding, path: 'docs/adr/0001-one.md' }));
    const comment = renderComment(report);
    expect(comment.match(/^### .*/gm)).toEqual(["### The framework's verdict", '### `docs/adr/0001-one.md`']);
    expect(comment).toContain('<summary>20 more findings in this file (10 warnings and 10 notices)</summary>');
    const expanded = comment.slice(0, comment.indexOf('<details>'));
    expect(expanded.match(/^- ❌ /gm)).toHaveLength(10);
    expect(expanded).not.toMatch(/^- (⚠️|ℹ️) /m);
  });

  it('says all clear when nothing is open', () => {
    const comment = renderComment(allClearReport());
    expect(comment.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(comment).toContain(
      '✅ **All clear.** No open findings in the 7 documents reviewed at `abc1234`: everything reported earlier on this pull request is fixed.',
    );
    expect(comment).toContain('1 suppressed finding');
  });

  it('says all clear, and why, when no document is in scope', () => {
    const comment = renderComment(emptyReport());
    expect(comment).toContain('No ADR or model config is in scope');
    expect(comment).not.toContain('suppressed');
  });

  it('never exceeds 65,536 characters: 3,000 findings are cut and the overflow counted', () => {
    const comment = renderComment(hugeReport(3000), { runUrl: RUN_URL });
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(comment.length).toBeGreaterThan(MAX_COMMENT_CHARS - 2000);
    expect(comment.split('\n')[0]).toBe(COMMENT_MARKER);
    const overflow = /\*\*([\d,]+) more findings not shown\*\* \(([^)]*)\)/.exec(comment);
    expect(overflow).not.toBeNull();
    const num = (text: string): number => Number(text.replace(/,/g, ''));
    const shown = (comment.match(/^- (❌|⚠️|ℹ️) /gm) ?? []).length;
    const hidden = num(overflow![1]!);
    expect(shown + hidden).toBe(3000);
    const bySeverity = [...overflow![2]!.matchAll(/([\d,]+) (error|warning|notice)s?/g)].map((m) => num(m[1]!));
    expect(bySeverity.reduce((a, b) => a + b, 0)).toBe(hidden);
    expect(comment).toContain(`[job summary](${RUN_URL})`);
    expect(comment).toContain("JSON report (the step's `report` output)");
    expect(comment).toContain('**1,000 errors, 1,000 warnings and 1,000 notices**');
    // Errors come first: what is shown is the most severe.
    expect(comment).not.toContain('ℹ️');
    expect(comment.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('drops evidence and remedies before dropping findings', () => {
    const comment = renderComment(hugeReport(70));
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(comment).toContain('Evidence and remedies are left out');
    expect(comment).not.toContain('more findings not shown');
    expect((comment.match(/^- (❌|⚠️|ℹ️) /gm) ?? []).length).toBe(70);
  });

  it('holds the limit even for an absurd published report', () => {
    const report = fixtureReport();
    report.policy.sources = Array.from({ length: 2000 }, (_, i) => ({ source: `github:acme/p${i}/${'z'.repeat(40)}.yml@v1` }));
    const comment = renderComment(report);
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(comment.split('\n')[0]).toBe(COMMENT_MARKER);
  });
});

describe('renderComment verdict wording', () => {
  it('names only the severities present', () => {
    const report = fixtureReport();
    report.findings = report.findings.filter((f) => f.severity === 'error');
    expect(renderComment(report)).toContain('**2 errors** in 2 files (7 documents reviewed).');
  });
});
