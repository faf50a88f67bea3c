/**
 * Every piece of pull-request text that reaches a place people read is inert (SECURITY.md, "PR text in
 * comments"). Hostile fragments — @-mentions, raw HTML, `<details>` breakouts, forged comment markers, Markdown
 * link / image / autolink injection, `javascript:` URLs, backtick runs, workflow-command injection, ANSI and
 * bidi control characters, huge lines — are written into ADR titles, decisions, suppression reasons, front
 * matter, config keys and values and file names, run through the real pipeline (`analyze`), and rendered by every
 * renderer: the summary comment, the review body and inline comments, the job summary, annotations, stylish
 * output and SARIF. Property-based, fixed seed.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import YAML from 'yaml';
import type { SourceFile } from '../../src/pipeline/analyze-types.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';
import { MAX_COMMENT_CHARS } from '../../src/report/limits.js';
import { COMMENT_MARKER, renderComment } from '../../src/report/render-comment.js';
import { renderInlineComment, renderReviewBody } from '../../src/report/render-review.js';
import { renderStylish } from '../../src/report/render-stylish.js';
import { renderJobSummary } from '../../src/report/render-summary.js';
import type { Report } from '../../src/report/report-types.js';
import { toAnnotations, toWorkflowCommand } from '../../src/report/to-annotations.js';
import { toSarifJson } from '../../src/report/to-sarif.js';
import { runs as propertyRuns } from '../property-runs.js';

const md = new MarkdownIt({ html: true, linkify: true });
const NOW = new Date('2026-07-07T00:00:00Z');

/** Tags our renderers write themselves; anything else in the rendered HTML came from the pull request. */
const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'pre',
  'a',
  'blockquote',
  'br',
  'details',
  'summary',
  'hr',
  'sub',
  'sup',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

const HOSTILE = [
  '@octocat',
  '@acme/security-team',
  'cc @admin please',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details></details><details open><summary>pwned</summary>',
  '</summary>',
  '<!-- llm-arch-lint:summary -->',
  '<!-- llm-arch-lint:finding abc -->',
  '-->',
  '[click me](javascript:alert(1))',
  '[x](https://evil.test "title")',
  '![tracker](https://evil.test/pixel.png)',
  '<https://evil.test>',
  '[ref]: https://evil.test',
  '[^1]',
  '`',
  '```',
  '``` js',
  '| a | b |',
  '***',
  '# Heading',
  '> quote',
  '\\',
  '&lt;img&gt;',
  '&#64;octocat',
  '\u001b[31mred\u001b[0m',
  '\u202Egnp.exe\u202C',
  '\u200B@octocat',
  '%0A::error::injected',
  '\n::error file=x::injected\n',
  '::set-output name=x::y',
  '\r\n::warning::x',
  '{{doc.path}}',
  '${{ secrets.GITHUB_TOKEN }}',
  '\u0085\u2028\u2029',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 20_000 }).map((n) => `huge${'x'.repeat(n)}`) },
);
const hostile = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

// eslint-disable-next-line no-control-regex
const pathSafe = (s: string) => s.replace(/[/\u0000]/g, '_').slice(0, 80) || 'x';

/** An LLM ADR that fires several rules, a config and front matter, each carrying hostile text where evidence is quoted. */
const repository = fc
  .record({
    title: hostile,
    decision: hostile,
    context: hostile,
    reason: hostile,
    fm: hostile,
    key: hostile,
    value: hostile,
    name: hostile,
  })
  .map(({ title, decision, context, reason, fm, key, value, name }): SourceFile[] => [
    {
      path: `docs/adr/0001-${pathSafe(name)}.md`,
      role: 'adr',
      text: [
        '---',
        YAML.stringify({
          status: 'accepted',
          owner: fm,
          llm: { approach: 'fine-tuning', 'knowledge-volatility': 'weekly', chunking: fm },
        }).trim(),
        '---',
        `# ${title.replace(/\n/g, ' ')} — fine-tune the LLM`,
        '',
        '## Context',
        '',
        `Rate cards change weekly. ${context}`,
        '',
        '## Decision',
        '',
        `We will fine-tune the LLM on the rate cards so it knows the current prices: ${decision}.`,
        '',
        `<!-- llm-arch-lint-disable finetune-before-baseline reason="${reason.replace(/"/g, "'").replace(/-->/g, '')}" until=2020-01-01 -->`,
        `<!-- llm-arch-lint-disable no-such-rule reason="${reason.replace(/"/g, "'").replace(/-->/g, '')}" -->`,
        '',
        '## Consequences',
        '',
        `The assistant answers from its weights. ${context}`,
        '',
      ].join('\n'),
    },
    {
      path: `ml/finetune/${pathSafe(name)}.yml`,
      role: 'config',
      text: YAML.stringify({ base_model: value, datasets: [{ path: value, type: 'chat_template' }], val_set_size: 0, [key]: value }),
    },
    {
      path: 'ml/rag/pipeline.yml',
      role: 'config',
      text: YAML.stringify({ embedding_model: value, vector_store: 'qdrant', chunk_size: 512, chunk_overlap: 0, note: value }),
    },
  ]);

function reportOf(files: SourceFile[]): Report {
  const report = analyze({ files, policy: loadBuiltinPolicy(), repository: 'acme/app', version: '0.0.0', now: NOW });
  return {
    ...report,
    pullRequest: {
      repository: 'acme/app',
      number: 7,
      baseSha: 'b'.repeat(40),
      headSha: 'c'.repeat(40),
      changedLines: Object.fromEntries(files.map((f) => [f.path, [[1, 200]]])),
    },
  };
}

const OUR_LINKS = ['https://github.com/llm-arch-lint/llm-arch-lint/', 'https://github.com/acme/app/'];
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Text of the rendered HTML outside code, where GitHub would notify a mention. */
function proseOf(html: string): string {
  return html.replace(/<pre[\s\S]*?<\/pre>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ');
}

function expectInertMarkdown(markdown: string, where: string): void {
  const html = md.render(markdown);
  const tags = [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => (m[1] ?? '').toLowerCase()).filter((t) => !ALLOWED_TAGS.has(t));
  expect({ where, tags }).toEqual({ where, tags: [] });
  // Links are ours (rule docs, the run) or a bare address shown as it is; no hidden, javascript: or data: target.
  const hidden = [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
    .map(([, href = '', text = '']) => ({ href, text: decode(text.replace(/<[^>]+>/g, '')) }))
    .filter(
      ({ href, text }) =>
        !OUR_LINKS.some((p) => href.startsWith(p)) && decode(decodeURI(href)).replace(/^mailto:/, '') !== text.replace(/^mailto:/, ''),
    );
  expect({ where, hidden }).toEqual({ where, hidden: [] });
  expect({ where, scriptLinks: /href="(?:javascript|data|vbscript):/i.test(html) }).toEqual({ where, scriptLinks: false });
  expect({ where, images: html.includes('<img') }).toEqual({ where, images: false });
  // No live mention outside code spans (a zero-width space follows every @ that PR text brings).
  expect({ where, mention: /(^|[^\w@\u200B])@[A-Za-z0-9]/m.exec(proseOf(html).replace(/&#64;|&commat;/g, '@'))?.[0] }).toEqual({
    where,
    mention: undefined,
  });
  // <details> stay balanced, HTML comments are ours alone: nothing from the PR closes, opens or forges one.
  expect({ where, details: (html.match(/<details\b/g) ?? []).length }).toEqual({
    where,
    details: (html.match(/<\/details>/g) ?? []).length,
  });
  expect({ where, comments: (html.match(/<!--/g) ?? []).length }).toEqual({ where, comments: markdown.startsWith('<!--') ? 1 : 0 });
  // Huge lines are cut: no line of what we post is anywhere near the size of what the PR wrote.
  expect(Math.max(...markdown.split('\n').map((l) => l.length))).toBeLessThan(4_000);
  // No control character (ANSI, bidi override, C1) survives.
  // eslint-disable-next-line no-control-regex
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(markdown)).toBe(false);
}

describe('explicit hostile ADR (the cases of issue #7)', () => {
  const huge = `cost ${'x'.repeat(100_000)}`;
  // Raw HTML in prose is dropped by the Markdown parser; in a code span it reaches the evidence as text.
  const decision = `@octocat and @acme/ai-team: \`<img src=x onerror=alert(1)>\` \`</details><details open><summary>pwned</summary>\` [docs](javascript:alert(1)) ![p](https://evil.test/p.png) ${huge}`;
  const files: SourceFile[] = [
    {
      path: 'docs/adr/0001-rates.md',
      role: 'adr',
      text: `# Teach the LLM our rate cards\n\n## Context\n\nRate cards change weekly.\n\n## Decision\n\nWe will fine-tune the LLM on the rate cards so it knows them: ${decision}.\n`,
    },
  ];
  const report = reportOf(files);
  const comment = renderComment(report);

  it('quotes the evidence, escaped: mentions broken, tags as text, no link, cut short', () => {
    const quoted = report.findings.find((f) => f.ruleId === 'finetune-for-fresh-facts');
    expect(quoted?.evidence[0]?.text).toContain('@octocat');
    expect(comment).toContain('@\u200Boctocat');
    expect(comment).toContain('@\u200Bacme/ai-team');
    expect(comment).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(comment).toContain('&lt;/details&gt;&lt;details open&gt;');
    expect(comment).toContain('\\[docs\\](javascript:alert(1))');
    expect(comment).not.toContain('x'.repeat(1_000));
    expectInertMarkdown(comment, 'comment');
    for (const f of report.findings) expectInertMarkdown(renderInlineComment(f, report), `inline ${f.ruleId}`);
    expectInertMarkdown(renderJobSummary(report), 'job summary');
  });
});

describe('PR text rendered anywhere people read it is inert', () => {
  const runs = propertyRuns(50, 4242);

  it('the summary comment: one marker, first; no mention, HTML, link, image or breakout; under 65,536 characters', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const report = reportOf(files);
        expect(report.findings.length).toBeGreaterThan(2);
        const comment = renderComment(report, { runUrl: 'https://github.com/acme/app/actions/runs/1' });
        // The marker opens the body (how the comment is found again); a forged one elsewhere is inert text.
        expect(comment.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
        expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
        expectInertMarkdown(comment, 'comment');
      }),
      runs,
    );
  });

  it('the review: body and every inline comment', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const report = reportOf(files);
        const open = report.findings.filter((f) => !f.suppressed);
        expectInertMarkdown(renderReviewBody(report, open.slice(0, 2), open.slice(2)), 'review body');
        for (const finding of open) {
          const body = renderInlineComment(finding, report);
          expectInertMarkdown(body, `inline comment ${finding.ruleId}`);
        }
      }),
      runs,
    );
  });

  it('the job summary', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const report = reportOf(files);
        report.notes.push(...files.map((f) => `${f.path} skipped: ${f.text.slice(0, 200)}`));
        expectInertMarkdown(renderJobSummary(report, { globsTried: ['docs/adr/**/*.md'], annotationsOmitted: 0 }), 'job summary');
      }),
      runs,
    );
  });

  it('annotations: one workflow command per line, nothing can start a second command', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const { annotations } = toAnnotations(reportOf(files));
        for (const a of annotations) {
          const command = toWorkflowCommand(a);
          expect(command).toMatch(/^::(error|warning|notice) [^\r\n]*::[^\r\n]*$/);
          expect(command.split('\n')).toHaveLength(1);
        }
      }),
      runs,
    );
  });

  it('stylish output (the terminal): no control character can drive the terminal', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const text = renderStylish(reportOf(files), { color: false });
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text)).toBe(false);
      }),
      runs,
    );
  });

  it('SARIF stays valid JSON whatever the text', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const sarif = JSON.parse(toSarifJson(reportOf(files))) as { runs: { results: unknown[] }[] };
        expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});
