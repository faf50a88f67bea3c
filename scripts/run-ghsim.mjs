#!/usr/bin/env node
// Acceptance: runs the committed action (action.yml + dist/index.js) under Node 24 against ghsim's fake GitHub,
// which validates every request against GitHub's OpenAPI description, for our scenarios (__tests__/scenarios/)
// and ghsim's shipped demo scenarios. Prints one PASS/FAIL line per check; exit code 1 when any check fails.
//
//   node scripts/run-ghsim.mjs [scenario-name ...]      (GHSIM_DIR overrides ../shared/ghsim)
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureGhsim, ghsimDir } from './ghsim-node.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GHSIM = ghsimDir(ROOT);
const OWN = (name) => path.join(ROOT, '__tests__', 'scenarios', name);
const SHIPPED = (name) => path.join(GHSIM, 'scenarios', name);
const MARKER = /COMMENT_MARKER\s*=\s*'([^']+)'/.exec(fs.readFileSync(path.join(ROOT, 'src', 'report', 'render-comment.ts'), 'utf8'))?.[1];
const BOT = 'github-actions[bot]';
const READ_ONLY_PROBLEM = /^warning annotation ".*": no (file|line)$/;

let failures = 0;
let passes = 0;
function checker(scenario, lines) {
  return (name, ok, detail = '') => {
    if (ok) passes += 1;
    else failures += 1;
    lines.push(
      `${ok ? 'PASS' : 'FAIL'} ${scenario}: ${name}${!ok && detail ? `\n       ${String(detail).slice(0, 1500).replace(/\n/g, '\n       ')}` : ''}`,
    );
  };
}

// ---- helpers over the ghsim result ------------------------------------------------------------------
const calls = (run) => run.requests.map((r) => `${r.method} ${r.template || r.path.split('?')[0]} ${r.status}`);
const writes = (run) => run.requests.filter((r) => r.method !== 'GET');
const marked = (res) => res.final.issueComments.filter((c) => c.user === BOT && c.body.startsWith(MARKER));
const findingAnnotations = (run, level, file, rule) =>
  run.annotations.filter((a) => a.level === level && a.file === file && (!rule || (a.title || '').startsWith(`${rule}:`)));
const report = (run) => run.outputFiles?.report?.json;
const postComment = (run) => calls(run).filter((c) => c === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments 201').length;
const patchComment = (run) => calls(run).filter((c) => c === 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} 200').length;
const LISTINGS = new Set([
  '/repos/{owner}/{repo}/pulls/{pull_number}/files',
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
]);
/**
 * SPEC §3's API budget of one run: at most 10 calls, plus pages of the listings, contents reads and ref
 * resolutions of policy files, one edit per inline comment marked fixed, and (pull_request_target) one contents
 * read per changed document. A retried call (after an injected fault) counts once.
 */
function budget(run) {
  const b = { total: run.requests.length, counted: 0, pages: 0, reads: 0, fixedEdits: 0, retries: 0 };
  for (const r of run.requests) {
    const template = r.template || '';
    const page = Number(new URL(r.path, 'http://ghsim.local').searchParams.get('page') || 1);
    if (r.fault) b.retries += 1;
    else if (r.method === 'GET' && LISTINGS.has(template) && page > 1) b.pages += 1;
    else if (r.method === 'GET' && (template.includes('/contents/') || template.startsWith('/repos/{owner}/{repo}/commits/'))) b.reads += 1;
    else if (r.method === 'PATCH' && template === '/repos/{owner}/{repo}/pulls/comments/{comment_id}') b.fixedEdits += 1;
    else b.counted += 1;
  }
  return b;
}
const FINDING_MARKER = /^<!-- llm-arch-lint:finding ([A-Za-z0-9._:+=/-]+)( fixed(?: ([0-9a-f]{7,40}))?)? -->/;
const markerOf = (body) => {
  const m = FINDING_MARKER.exec(body || '');
  return m ? { key: m[1], fixedIn: m[2] ? m[3] || 'unknown' : undefined } : undefined;
};
const postReview = (run) => calls(run).filter((c) => c === 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews 200').length;
const patchReviewComment = (run) => calls(run).filter((c) => c === 'PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id} 200').length;
/** The `+` lines of `file` between two scenario trees (all lines of an added file), from git's own diff. */
function plusLines(baseDir, headDir, file) {
  const head = path.join(headDir, file);
  const base = path.join(baseDir, file);
  const out = new Set();
  if (!fs.existsSync(base)) {
    const n = fs.readFileSync(head, 'utf8').replace(/\n$/, '').split('\n').length;
    for (let i = 1; i <= n; i++) out.add(i);
    return out;
  }
  let diff;
  try {
    diff = execFileSync('git', ['diff', '--no-index', '-U0', base, head], { encoding: 'utf8' });
  } catch (e) {
    diff = e.stdout || ''; // git diff exits 1 when the files differ
  }
  for (const m of diff.matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = start; i < start + count; i++) out.add(i);
  }
  return out;
}
const brief = (run) =>
  `exit ${run.exitCode}; annotations: ${run.annotations.map((a) => `${a.level} ${a.file ?? '-'}:${a.line ?? '-'} ${a.title ?? ''}`).join(' | ')}\n  calls: ${calls(run).join(', ')}\n  stdout tail: ${run.stdout.slice(-800)}\n  stderr tail: ${run.stderr.slice(-800)}`;

/** Checks every run of every scenario must pass. */
function common(res, check, { allowProblems = [], noReport = false } = {}) {
  check(
    'harness ran the action on Node 24 without warnings',
    res.harness.nodeVersion.startsWith('v24.') && res.harness.warnings.length === 0,
    JSON.stringify(res.harness.warnings),
  );
  for (const run of res.runs) {
    const r = `run ${run.run}`;
    check(`${r}: no OpenAPI violations`, run.openapiViolations.length === 0, JSON.stringify(run.openapiViolations));
    check(`${r}: no unknown endpoints`, run.unknownEndpoints.length === 0, JSON.stringify(run.unknownEndpoints));
    const problems = run.problems.filter((p) => !allowProblems.some((re) => re.test(p)));
    check(`${r}: no problems (annotations, outputs, summary)`, problems.length === 0, problems.join('\n'));
    check(
      `${r}: no comment of someone else edited`,
      !run.requests.some((q) => q.notes?.some((n) => /written by/.test(n))),
      JSON.stringify(run.requests.filter((q) => q.notes?.length)),
    );
    check(`${r}: not timed out, no signal`, !run.timedOut && !run.signal);
    const b = budget(run);
    check(
      `${r}: API calls within budget (${b.counted} <= 10, + ${b.pages} pages, ${b.reads} policy reads, ${b.fixedEdits} fixed edits, ${b.retries} retried)`,
      b.counted <= 10,
      calls(run).join(', '),
    );
    const rep = report(run);
    if (noReport) continue;
    check(
      `${r}: report output names a JSON report whose summary matches the outputs`,
      !!rep &&
        String(rep.summary?.errors) === run.outputs.errors &&
        String(rep.summary?.warnings) === run.outputs.warnings &&
        String(rep.summary?.notices) === run.outputs.notices,
      JSON.stringify({ outputs: run.outputs, summary: rep?.summary }),
    );
    check(`${r}: job summary written`, run.summaryBytes > 0);
  }
}

// ---- scenarios ----------------------------------------------------------------------------------------
const SCENARIOS = [
  {
    name: 'fresh-facts',
    dir: OWN('fresh-facts'),
    verify(res, check) {
      common(res, check);
      const [r1, r2] = res.runs;
      check('run 1 fails (fail-on: error)', r1.exitCode === 1 && r1.conclusion === 'failure', brief(r1));
      check(
        'run 1: finetune-for-fresh-facts error annotation on the rate-cards ADR',
        findingAnnotations(r1, 'error', 'docs/adr/0002-rate-cards.md', 'finetune-for-fresh-facts').length === 1,
        brief(r1),
      );
      check(
        'run 1: no annotation on the clean RAG ADR or on the unchanged ADR',
        !r1.annotations.some((a) => a.file === 'docs/adr/0003-policy-answers.md' || a.file === 'docs/adr/0001-llm-vendor.md'),
        brief(r1),
      );
      check('run 1 creates the summary comment', postComment(r1) === 1 && patchComment(r1) === 0, calls(r1).join(', '));
      check('run 1: comment-url output', /#issuecomment-\d+$/.test(r1.outputs['comment-url'] || ''), JSON.stringify(r1.outputs));
      const rep = report(r1);
      check(
        'run 1: report names the PR, its base and head, and the + lines of the new ADR',
        rep?.pullRequest?.number === 12 &&
          rep.pullRequest.headSha === r1.headSha &&
          rep.pullRequest.baseSha === res.repository.baseSha &&
          Array.isArray(rep.pullRequest.changedLines?.['docs/adr/0002-rate-cards.md']),
        JSON.stringify(rep?.pullRequest),
      );
      check(
        'run 2 (re-run of the same head) creates no second comment and rewrites nothing identical',
        postComment(r2) === 0 && writes(r2).length === 0,
        calls(r2).join(', '),
      );
      check('run 2 still fails', r2.exitCode === 1);
      const bot = marked(res);
      check(
        'exactly one bot comment with the marker, listing the finding',
        bot.length === 1 && bot[0].body.includes('finetune-for-fresh-facts'),
        JSON.stringify(res.final.issueComments.map((c) => c.user)),
      );
      const humans = res.final.issueComments.filter((c) => c.user !== BOT);
      check(
        'the human comments that quote or start with the marker are untouched',
        humans.length === 2 && humans.every((c) => c.created_at === c.updated_at),
        JSON.stringify(humans),
      );
    },
  },
  {
    name: 'fixed',
    dir: OWN('fixed'),
    verify(res, check) {
      common(res, check);
      const [r1, r2] = res.runs;
      check('run 1 (first head) fails', r1.exitCode === 1, brief(r1));
      check('run 2 (fixed head) passes with no open finding', r2.exitCode === 0 && r2.outputs.findings === '0', brief(r2));
      check('run 2 updates the comment to the all-clear', postComment(r2) === 0 && patchComment(r2) === 1, calls(r2).join(', '));
      const inline = res.final.reviewComments.filter((c) => c.user === BOT);
      check(
        'run 1 commented the findings inline; run 2 marks every one of them fixed at the new head, posting no review',
        postReview(r1) === 1 &&
          postReview(r2) === 0 &&
          inline.length > 0 &&
          patchReviewComment(r2) === inline.length &&
          inline.every(
            (c) => markerOf(c.body)?.fixedIn === r2.headSha.slice(0, 7) && c.body.includes(`Fixed in \`${r2.headSha.slice(0, 7)}\``),
          ),
        `${calls(r2).join(', ')}\n${inline.map((c) => c.body.slice(0, 200)).join('\n')}`,
      );
      const bot = marked(res);
      check(
        'one bot comment, no longer listing the finding',
        bot.length === 1 && !bot[0].body.includes('finetune-for-fresh-facts'),
        bot[0]?.body.slice(0, 600),
      );
    },
  },
  {
    name: 'fork',
    dir: OWN('fork'),
    allowProblems: [READ_ONLY_PROBLEM],
    verify(res, check) {
      common(res, check, { allowProblems: [READ_ONLY_PROBLEM] });
      for (const run of res.runs) {
        const r = `run ${run.run}`;
        check(`${r}: fails on the findings despite the read-only token`, run.exitCode === 1, brief(run));
        const warnings = run.annotations.filter((a) => a.level === 'warning' && !a.file);
        check(
          `${r}: exactly one warning naming mode: analyze and mode: publish`,
          warnings.length === 1 && /mode: analyze/.test(warnings[0].message) && /mode: publish/.test(warnings[0].message),
          JSON.stringify(warnings),
        );
        check(
          `${r}: error annotation still written`,
          findingAnnotations(run, 'error', 'docs/adr/0002-rate-cards.md', 'finetune-for-fresh-facts').length === 1,
          brief(run),
        );
        check(
          `${r}: one refused write at most`,
          writes(run).length <= 1 && writes(run).every((q) => q.status === 403),
          calls(run).join(', '),
        );
        check(`${r}: comment-url empty`, run.outputs['comment-url'] === '');
      }
      check('no bot comment', marked(res).length === 0);
    },
  },
  {
    name: 'config-changed',
    dir: OWN('config-changed'),
    verify(res, check) {
      common(res, check);
      const [r1] = res.runs;
      check(
        'judged by the base policy: finetune-for-fresh-facts (turned off by the PR) still fails the run',
        r1.exitCode === 1 && findingAnnotations(r1, 'error', 'docs/adr/0002-rate-cards.md', 'finetune-for-fresh-facts').length === 1,
        brief(r1),
      );
      const notices = (file) =>
        r1.annotations.filter(
          (a) => a.level === 'notice' && a.file === file && a.line === 1 && (a.title || '').startsWith('policy-changed:'),
        );
      check('policy-changed notice on the config, line 1', notices('.github/llm-arch-lint.yml').length === 1, brief(r1));
      check('policy-changed notice on the extended local policy, line 1', notices('policies/team.yml').length === 1, brief(r1));
      const changed = (report(r1)?.findings || []).filter((f) => f.ruleId === 'policy-changed');
      check(
        'its message says what changes and that it takes effect after merge',
        changed.length === 2 &&
          changed.every(
            (f) => /after merge/.test(f.message) && /finetune-for-fresh-facts/.test(f.message) && /naive-chunking/.test(f.message),
          ),
        JSON.stringify(changed.map((f) => f.message)),
      );
      const reads = r1.requests.filter((q) => q.template === '/repos/{owner}/{repo}/contents/{path}').map((q) => q.path);
      check(
        'config and extended policy read at the base commit',
        reads.length === 2 && reads.every((p) => p.includes(`ref=${res.repository.baseSha}`)),
        reads.join(', '),
      );
    },
  },
  {
    name: 'invalid-policy',
    dir: OWN('invalid-policy'),
    verify(res, check) {
      common(res, check);
      const [r1] = res.runs;
      const errors = findingAnnotations(r1, 'error', '.github/llm-arch-lint.yml', 'invalid-policy');
      check(
        'the config the PR breaks gets invalid-policy (error) at the offending line',
        errors.length === 1 && errors[0].line === 5,
        brief(r1),
      );
      check(
        'its message names the unknown rule and suggests the right one',
        /finetune-for-fresh-fact\b/.test(errors[0]?.message || '') && /did you mean/i.test(errors[0]?.message || ''),
        errors[0]?.message,
      );
      check('the run fails on it (fail-on: error)', r1.exitCode === 1);
      check(
        'the rest is judged by the base policy as usual (the clean ADR has no finding)',
        !r1.annotations.some((a) => a.file === 'docs/adr/0003-policy-answers.md'),
        brief(r1),
      );
    },
  },
  {
    name: 'demo',
    dir: SHIPPED('demo'),
    verify(res, check) {
      common(res, check);
      const [r1, r2] = res.runs;
      check(
        'run 1 fails on finetune-for-fresh-facts in ADR 0001',
        r1.exitCode === 1 && findingAnnotations(r1, 'error', 'docs/adr/0001-knowledge-source.md', 'finetune-for-fresh-facts').length === 1,
        brief(r1),
      );
      const remoteSha = res.repository.remotes['acme/ai-governance']?.['tags/v3'];
      const sources = report(r1)?.policy?.sources || [];
      check(
        'the github: policy source is recorded with the commit SHA of v3',
        sources.some((s) => s.source === 'github:acme/ai-governance/policies/base.yml@v3' && s.sha === remoteSha),
        JSON.stringify(sources),
      );
      check(
        'run 1 creates the comment; run 2 (re-run) adds none',
        postComment(r1) === 1 && postComment(r2) === 0 && patchComment(r2) <= 1,
        `${calls(r1).join(', ')}\n${calls(r2).join(', ')}`,
      );
      check('exactly one bot comment; the human comment untouched', marked(res).length === 1 && res.final.issueComments.length === 2);
    },
  },
  {
    name: 'demo-fixed',
    dir: SHIPPED('demo-fixed'),
    verify(res, check) {
      common(res, check);
      const [r1, r2] = res.runs;
      check('run 1 fails', r1.exitCode === 1, brief(r1));
      check('run 2 (fixed head) passes under fail-on: error', r2.exitCode === 0 && r2.outputs.errors === '0', brief(r2));
      check(
        'the comment is updated and no longer lists finetune-for-fresh-facts',
        patchComment(r2) === 1 && marked(res).length === 1 && !marked(res)[0].body.includes('finetune-for-fresh-facts'),
        marked(res)[0]?.body.slice(0, 600),
      );
    },
  },
  {
    name: 'demo-fork',
    dir: SHIPPED('demo-fork'),
    verify(res, check) {
      common(res, check, { allowProblems: [READ_ONLY_PROBLEM] });
      for (const run of res.runs) {
        check(
          `run ${run.run}: fails on the findings; one read-only warning`,
          run.exitCode === 1 && run.annotations.filter((a) => a.level === 'warning' && !a.file).length === 1,
          brief(run),
        );
      }
      check('no bot comment', marked(res).length === 0);
    },
  },
  {
    name: 'inline-review',
    dir: OWN('inline-review'),
    args: ['--runs', '4'],
    verify(res, check) {
      common(res, check);
      const [r1, r2, r3, r4] = res.runs;
      const [, , h3] = res.repository.heads;
      const tree = (name) => path.join(OWN('inline-review'), name);
      const final = res.final.reviewComments.filter((c) => c.user === BOT);
      const byKey = (key) => final.find((c) => markerOf(c.body)?.key === key);
      const rep1 = report(r1);
      const onPlus = rep1.findings.filter((f) => plusLines(tree('base'), tree('head'), f.path).has(f.line));
      check(
        'every inline comment of run 1 sits on a + line (and its start_line too)',
        res.final.reviewComments.every((c) => {
          const plus = plusLines(tree('base'), tree('head'), c.path);
          return plus.has(c.original_line) && (c.start_line === null || plus.has(c.start_line));
        }),
        JSON.stringify(res.final.reviewComments.map((c) => [c.path, c.start_line, c.original_line])),
      );
      check('run 1 fails on the error (fail-on: error)', r1.exitCode === 1, brief(r1));
      check(
        'run 1 posts one COMMENT review with one inline comment per finding on a + line',
        postReview(r1) === 1 &&
          res.final.reviews.length === 1 &&
          res.final.reviews[0].state === 'COMMENTED' &&
          final.length === onPlus.length &&
          onPlus.length === 4,
        `${calls(r1).join(', ')}\n${JSON.stringify(res.final.reviews)}`,
      );
      const firstReviewComments = r1.requests.find(
        (q) => q.method === 'POST' && q.template === '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      );
      check(
        'every inline comment carries the fingerprint of a finding on a + line',
        onPlus.every((f) => byKey(f.fingerprint)),
        JSON.stringify(final.map((c) => c.body.slice(0, 80))),
      );
      check(
        'the finding on a context line of the modified ADR is in the summary comment only',
        !final.some((c) => c.path === 'docs/adr/0004-tone.md') && marked(res)[0]?.body.includes('0004-tone.md'),
        JSON.stringify(final.map((c) => c.path)),
      );
      const fresh = rep1.findings.find((f) => f.ruleId === 'finetune-for-fresh-facts');
      const freshComment = byKey(fresh?.fingerprint);
      check(
        'the fresh-facts evidence (context line 10 to decision line 14) is one multi-line comment',
        freshComment?.start_line === 10 && freshComment?.original_line === 14,
        JSON.stringify(
          freshComment && { start_line: freshComment.start_line, original_line: freshComment.original_line, line: freshComment.line },
        ),
      );
      const config = rep1.findings.find((f) => f.path === 'ml/finetune.yml' && f.ruleId === 'missing-eval-harness');
      const configComment = byKey(config?.fingerprint);
      check(
        'axolotl val_set_size: 0 got a one-line suggestion of val_set_size: 0.05 on that line (turned into a plain block once fixed)',
        configComment?.original_line === 9 &&
          configComment.start_line === null &&
          /Hold out 5% of the examples as a validation split \(axolotl `val_set_size`\):\n\n```text\nval_set_size: 0\.05\n```/.test(
            configComment.body,
          ) &&
          !configComment.body.includes('```suggestion'),
        configComment?.body,
      );
      check(
        'run 2 (lines moved) posts no review: every fingerprint already has a comment',
        postReview(r2) === 0 && patchReviewComment(r2) === 0,
        calls(r2).join(', '),
      );
      check(
        'run 3 (suggestion applied) marks exactly that comment fixed in the new head, posting no review',
        postReview(r3) === 0 &&
          patchReviewComment(r3) === 1 &&
          markerOf(configComment?.body)?.fixedIn === h3.sha.slice(0, 7) &&
          configComment.body.includes(`Fixed in \`${h3.sha.slice(0, 7)}\``),
        `${calls(r3).join(', ')}\n${configComment?.body.slice(0, 300)}`,
      );
      check(
        'the other inline comments stay open',
        final.filter((c) => c !== configComment).every((c) => !markerOf(c.body)?.fixedIn),
      );
      check('run 4 (re-run of the last head) writes nothing', writes(r4).length === 0, calls(r4).join(', '));
      const keys = final.map((c) => markerOf(c.body)?.key);
      check('no finding was ever commented twice', new Set(keys).size === keys.length && keys.length === 4, JSON.stringify(keys));
      check(
        'every review comment request was accepted (no 422)',
        !res.runs.some((run) => run.requests.some((q) => q.status === 422)),
        firstReviewComments?.bodyPreview,
      );
    },
  },
  {
    name: 'fork-analyze',
    dir: OWN('fork'),
    args: ['--runs', '1', '--set', 'inputs.mode=analyze'],
    verify(res, check) {
      common(res, check);
      const [r1] = res.runs;
      check('mode: analyze under a read-only token fails on the findings', r1.exitCode === 1, brief(r1));
      check(
        'it makes no API write at all, and warns nothing',
        writes(r1).length === 0 && !r1.annotations.some((a) => a.level === 'warning' && !a.file),
        calls(r1).join(', '),
      );
      check('the report names the PR head', report(r1)?.pullRequest?.headSha === r1.headSha);
    },
  },
  {
    name: 'publish',
    dir: OWN('fork'),
    after: 'fork-analyze',
    // The report of the analyze run, published from a workflow_run of that run (same run id: same links).
    prepare: (dep, tmp) => [
      '--runs',
      '1',
      '--set',
      'event=workflow_run',
      '--set',
      'forbidWrites=false',
      '--set',
      'inputs.mode=publish',
      '--set',
      `inputs.report-file=${saveReport(dep, tmp)}`,
      '--set',
      `workflowRun.id=${9000000000 + dep.runs[0].headIndex}`,
    ],
    verify(res, check, results) {
      common(res, check);
      const [r1] = res.runs;
      check('publish passes', r1.exitCode === 0, brief(r1));
      check(
        "it asks GitHub for the PR's current head",
        calls(r1).includes('GET /repos/{owner}/{repo}/pulls/{pull_number} 200'),
        calls(r1).join(', '),
      );
      check('no annotation points at a file (the workspace is the base branch)', !r1.annotations.some((a) => a.file), brief(r1));
      const full = results['fresh-facts'];
      if (!full) return check('the full run of the same PR is there to compare with', false);
      const fullComment = marked(full)[0]?.body;
      const fullRun1Comment = full.runs[0].requests.find(
        (q) => q.method === 'POST' && q.template === '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      );
      check(
        'the summary comment is exactly the one mode: full posted',
        marked(res).length === 1 && marked(res)[0].body === fullComment,
        `${marked(res)[0]?.body.slice(0, 400)}\n---\n${fullComment?.slice(0, 400)}\n${fullRun1Comment?.bodyPreview ?? ''}`,
      );
      const shape = (r) => r.final.reviewComments.filter((c) => c.user === BOT).map((c) => [c.path, c.original_line, c.start_line, c.body]);
      check(
        'the review and its inline comments are exactly those of mode: full',
        JSON.stringify(shape(res)) === JSON.stringify(shape(full)) &&
          res.final.reviews.map((r) => r.body).join() === full.final.reviews.map((r) => r.body).join(),
        JSON.stringify(shape(res)).slice(0, 600),
      );
    },
  },
  {
    name: 'publish-stale',
    dir: OWN('fork'),
    after: 'fork-analyze',
    prepare: (dep, tmp) => [
      '--runs',
      '1',
      '--set',
      'event=workflow_run',
      '--set',
      'forbidWrites=false',
      '--set',
      'inputs.mode=publish',
      '--set',
      `inputs.report-file=${saveReport(dep, tmp)}`,
      '--set',
      `workflowRun.headSha=${'9'.repeat(40)}`,
    ],
    verify(res, check) {
      common(res, check, { allowProblems: [READ_ONLY_PROBLEM], noReport: true });
      const [r1] = res.runs;
      const warnings = r1.annotations.filter((a) => a.level === 'warning' && !a.file);
      check(
        "a report whose head is not the workflow run's is refused: step passes, one warning",
        r1.exitCode === 0 && warnings.length === 1 && /did not publish/.test(warnings[0].message),
        brief(r1),
      );
      check('nothing is posted, not even a read of the PR', r1.requests.length === 0, calls(r1).join(', '));
    },
  },
  {
    name: 'large',
    generate: generateLarge,
    verify(res, check) {
      common(res, check);
      const [r1] = res.runs;
      check('3,004 changed files, one ADR without a patch: the run completes and fails on the findings', r1.exitCode === 1, brief(r1));
      const pages = r1.requests.filter((q) => q.template === '/repos/{owner}/{repo}/pulls/{pull_number}/files');
      check("the file listing is read to GitHub's 3,000-file limit: 30 pages of 100", pages.length === 30, `${pages.length} pages`);
      check('the job summary says the listing was cut', /first 3,000 of the 3,00\d files/.test(r1.summary), r1.summary.slice(0, 1500));
      const inline = res.final.reviewComments.filter((c) => c.user === BOT);
      check(
        'findings of the file without a patch are in the summary comment, not inline',
        inline.length > 0 &&
          inline.every((c) => c.path === 'docs/adr/0002-rate-cards.md') &&
          (report(r1)?.findings || []).some((f) => f.path === 'docs/adr/0004-huge.md') &&
          marked(res)[0]?.body.includes('0004-huge.md'),
        JSON.stringify(inline.map((c) => c.path)),
      );
    },
  },
  {
    name: 'demo-faults',
    dir: SHIPPED('demo-faults'),
    verify(res, check) {
      common(res, check);
      const [r1, r2] = res.runs;
      const faults = r1.requests.filter((q) => q.fault).map((q) => `${q.method} ${q.fault}`);
      check('run 1 got the injected 429 and 502', faults.includes('GET 429') && faults.includes('POST 502'), JSON.stringify(faults));
      check(
        'both calls were retried and then succeeded',
        postComment(r1) === 1 &&
          r1.requests.filter((q) => q.template === '/repos/{owner}/{repo}/pulls/{pull_number}/files' && q.status === 200).length >= 1,
        calls(r1).join(', '),
      );
      check(
        'the 429 was waited out (retry-after: 1 s)',
        (() => {
          const i = r1.requests.findIndex((q) => q.fault === 429);
          return i >= 0 && r1.requests[i + 1] && r1.requests[i + 1].seq > r1.requests[i].seq;
        })(),
      );
      check(
        'run 1 still fails on finetune-for-fresh-facts, and warns of no lost write',
        r1.exitCode === 1 && !r1.annotations.some((a) => a.level === 'warning' && !a.file),
        brief(r1),
      );
      check('exactly one bot comment (no duplicate from the retried POST)', marked(res).length === 1);
      check('run 2 (re-run) posts nothing new', postComment(r2) === 0 && postReview(r2) === 0, calls(r2).join(', '));
    },
  },
];

/** The report output of the first run of a result, saved where a publish run can read it. */
function saveReport(result, tmp) {
  const json = result.runs[0].outputFiles?.report?.json;
  if (!json) throw new Error('the analyze run wrote no report');
  const file = path.join(tmp, `report-${result.runs[0].headSha.slice(0, 7)}.json`);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}

/** A scenario built at run time: fresh-facts with 3,000 more changed files, and an ADR whose patch GitHub omits. */
function generateLarge(tmp) {
  const dir = path.join(tmp, 'large');
  fs.cpSync(OWN('fresh-facts/head'), path.join(dir, 'head'), { recursive: true });
  const adr = fs.readFileSync(path.join(dir, 'head', 'docs', 'adr', '0002-rate-cards.md'), 'utf8');
  fs.writeFileSync(path.join(dir, 'head', 'docs', 'adr', '0004-huge.md'), adr.replace('ADR 0002', 'ADR 0004'));
  for (let i = 0; i < 3000; i++) {
    const sub = path.join(dir, 'head', 'src', 'gen', String(Math.floor(i / 500)));
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `file-${i}.txt`), `generated ${i}\n`);
  }
  fs.writeFileSync(
    path.join(dir, 'scenario.json'),
    JSON.stringify({
      inherit: OWN('fresh-facts'),
      heads: ['head'],
      existing: { issueComments: [] },
      omitPatches: ['docs/adr/0004-huge.md'],
    }),
  );
  return dir;
}

// ---- running ------------------------------------------------------------------------------------------

function runScenario(scenario, outDir, args = []) {
  const out = path.join(outDir, `${scenario.name}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(GHSIM, 'run-action.mjs'), scenario.dir, '--action', ROOT, '--out', out, ...(scenario.args ?? []), ...args],
      { maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error || !fs.existsSync(out)) resolve({ error: `ghsim failed (${error?.code ?? 'no result'}): ${stderr || stdout}` });
        else resolve({ result: JSON.parse(fs.readFileSync(out, 'utf8')), describe: stderr });
      },
    );
  });
}

async function main() {
  const started = Date.now();
  const only = process.argv.slice(2);
  const unknown = only.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  if (!MARKER) throw new Error('COMMENT_MARKER not found in src/report/render-comment.ts');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run package`');
  ensureGhsim(GHSIM);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-arch-lint-ghsim-'));
  // A scenario that runs after another (publish after analyze) pulls that one in too.
  const wanted = new Set(only.length ? only : SCENARIOS.map((s) => s.name));
  for (const s of SCENARIOS) if (wanted.has(s.name) && s.after) wanted.add(s.after);
  if (wanted.has('publish')) wanted.add('fresh-facts');
  const selected = SCENARIOS.filter((s) => wanted.has(s.name));
  for (const s of selected) if (s.generate) s.dir = s.generate(outDir);
  const results = {};
  const outcomes = {};
  const runPhase = async (phase) => {
    let next = 0;
    const worker = async () => {
      while (next < phase.length) {
        const scenario = phase[next++];
        let args = [];
        if (scenario.after) {
          const dep = outcomes[scenario.after];
          if (!dep?.result) {
            outcomes[scenario.name] = { error: `needs ${scenario.after}, which did not run` };
            continue;
          }
          args = scenario.prepare(dep.result, outDir);
        }
        outcomes[scenario.name] = await runScenario(scenario, outDir, args);
        if (outcomes[scenario.name].result) results[scenario.name] = outcomes[scenario.name].result;
      }
    };
    await Promise.all(Array.from({ length: Math.min(3, Math.max(1, os.availableParallelism?.() ?? 2)) }, worker));
  };
  await runPhase(selected.filter((s) => !s.after));
  await runPhase(selected.filter((s) => s.after));
  for (const scenario of selected) {
    const lines = [];
    const check = checker(scenario.name, lines);
    const { result, error, describe } = outcomes[scenario.name];
    if (error) check('ghsim ran', false, error);
    else {
      try {
        scenario.verify(result, check, results);
      } catch (e) {
        check('checks ran', false, e.stack);
      }
      const budgets = result.runs.map((run) => {
        const b = budget(run);
        return `run ${run.run}: ${b.total} (${b.counted} counted${b.pages ? ` + ${b.pages} pages` : ''}${b.reads ? ` + ${b.reads} reads` : ''}${b.fixedEdits ? ` + ${b.fixedEdits} fixed edits` : ''}${b.retries ? ` + ${b.retries} retried` : ''})`;
      });
      lines.push(`  ${scenario.name}: API calls per run: ${budgets.join('; ')}`);
    }
    if (process.env.GHSIM_VERBOSE && describe) lines.push(describe.replace(/^/gm, '  | '));
    console.log(lines.join('\n'));
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  console.log(
    `ghsim: ${passes} passed, ${failures} failed, ${selected.length} scenario(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(`run-ghsim: ${e.message}`);
  process.exit(2);
});
