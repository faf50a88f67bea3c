#!/usr/bin/env node
// Runs the CLI bundle (dist/cli/index.js) over the real-world corpus (../shared/corpus/adrs and configs):
// fails when it crashes (exit code other than 0/1, or no valid JSON report), when a config, training-data or
// program-source file is not classified as SOURCES.tsv says (`kind`, `spec_format`; rows labelled `-` are not
// scored), or when a file gets a parse-error it should not (or more than one). The ADR `approach` agreement is
// printed as a figure.
//
//   node scripts/corpus-check.mjs [--verbose] [--source]   (CORPUS_DIR overrides ../shared/corpus;
//                                                           --source runs src/cli/index.ts through tsx
//                                                           instead of the bundle)
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(process.env.CORPUS_DIR || path.join(ROOT, '..', 'shared', 'corpus'));
const SOURCE = process.argv.includes('--source');
const CLI = SOURCE ? path.join(ROOT, 'src', 'cli', 'index.ts') : path.join(ROOT, 'dist', 'cli', 'index.js');
const CLI_ARGS = SOURCE ? ['--import', import.meta.resolve('tsx'), CLI] : [CLI];
const VERBOSE = process.argv.includes('--verbose');

let failures = 0;
const check = (name, ok, detail = '') => {
  if (!ok) failures += 1;
  console.log(
    `${ok ? 'PASS' : 'FAIL'} corpus: ${name}${!ok && detail ? `\n       ${String(detail).slice(0, 3000).replace(/\n/g, '\n       ')}` : ''}`,
  );
};

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !e.name.endsWith('.tsv')) out.push(path.relative(CORPUS, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

function readTsv(file) {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const cols = header.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
}

function runCli(files) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI_ARGS, '--format', 'json', '--fail-on', 'never', '--repository', 'corpus/check', ...files],
      { cwd: CORPUS, maxBuffer: 256 << 20, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        let report;
        try {
          report = JSON.parse(stdout);
        } catch {
          /* not JSON */
        }
        resolve({ code, report, stdout, stderr, signal: error?.signal });
      },
    );
  });
}

const validReport = (r) =>
  r &&
  typeof r === 'object' &&
  Array.isArray(r.documents) &&
  Array.isArray(r.findings) &&
  r.summary &&
  typeof r.summary.errors === 'number';
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
const tally = (values) =>
  Object.entries(values.reduce((m, v) => ({ ...m, [v]: (m[v] || 0) + 1 }), {}))
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

async function main() {
  const started = Date.now();
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run package\` (or use --source)`);
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS} (set CORPUS_DIR)`);
  const adrs = listFiles(path.join(CORPUS, 'adrs'));
  const configs = listFiles(path.join(CORPUS, 'configs'));
  const files = [...adrs, ...configs];

  // All files in one run; when that crashes, one run per file to name the culprits.
  let { code, report, stderr, signal } = await runCli(files);
  const allOk = (code === 0 || code === 1) && validReport(report);
  check(
    `one run over ${files.length} files (${adrs.length} ADRs, ${configs.length} configs): exit 0/1 with a valid JSON report`,
    allOk,
    `exit ${code}${signal ? ` (${signal})` : ''}\n${stderr.slice(-2000)}`,
  );
  if (!allOk) {
    const crashed = [];
    for (const f of files) {
      const r = await runCli([f]);
      if (!((r.code === 0 || r.code === 1) && validReport(r.report)))
        crashed.push(`${f}: exit ${r.code}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    }
    check('per-file runs: no crash', crashed.length === 0, crashed.join('\n'));
    console.log(`corpus: ${failures} failure(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(1);
  }

  const docs = new Map(report.documents.map((d) => [d.path, d]));
  const ignored = new Set([...stderr.matchAll(/llm-arch-lint: (.+?) is not an ADR, model config or training data file/g)].map((m) => m[1]));
  const unaccounted = files.filter((f) => !docs.has(f) && !ignored.has(f));
  console.log(
    `corpus: ${report.documents.length} documents read (${tally(report.documents.map((d) => d.kind))}); ${ignored.size} files skipped as not ours; ${unaccounted.length} neither`,
  );
  if (VERBOSE && unaccounted.length) console.log(`  neither read nor reported as skipped: ${unaccounted.join(', ')}`);
  const s = report.summary;
  console.log(
    `corpus: ${report.findings.length} findings (${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices, ${s.suppressed} suppressed); by rule: ${tally(report.findings.map((f) => f.ruleId)) || 'none'}`,
  );

  // ADR approach against SOURCES.tsv (rows labelled `other` decide something else: not scored).
  const adrRows = readTsv(path.join(CORPUS, 'adrs', 'SOURCES.tsv')).filter((r) => r.approach && r.approach !== 'other');
  const adrMisses = [];
  let adrAgree = 0;
  for (const row of adrRows) {
    const doc = docs.get(`adrs/${row.file}`);
    const got = doc ? (doc.facts?.approach ?? '(no approach fact)') : '(not read)';
    if (got === row.approach) adrAgree += 1;
    else adrMisses.push(`${row.file}: labelled ${row.approach}, read ${got}`);
  }
  console.log(`FIGURE corpus: ADR approach agrees with SOURCES.tsv on ${adrAgree}/${adrRows.length} (${pct(adrAgree, adrRows.length)})`);
  if (VERBOSE) for (const m of adrMisses) console.log(`  ${m}`);

  // Config kind and format against SOURCES.tsv (`-`: not scored; `source`: program source, skipped; `parse-error`:
  // genuinely malformed, one parse-error finding and format `unknown`). Every scored row must agree.
  const cfgRows = readTsv(path.join(CORPUS, 'configs', 'SOURCES.tsv'));
  const parseErrors = new Map();
  for (const f of report.findings.filter((f) => f.ruleId === 'parse-error')) parseErrors.set(f.path, (parseErrors.get(f.path) || 0) + 1);
  let kindScored = 0;
  let kindAgree = 0;
  let formatScored = 0;
  let formatAgree = 0;
  const cfgMisses = [];
  const parseMisses = [];
  for (const row of cfgRows) {
    const p = `configs/${row.file}`;
    const doc = docs.get(p);
    const errors = parseErrors.get(p) || 0;
    if (row.kind === 'parse-error' ? errors !== 1 : errors !== 0)
      parseMisses.push(`${row.file}: ${errors} parse-error finding(s), labelled ${row.kind}`);
    if (row.kind && row.kind !== '-') {
      kindScored += 1;
      const got =
        row.kind === 'source'
          ? doc
            ? doc.kind
            : 'source'
          : row.kind === 'parse-error'
            ? errors > 0 && doc?.kind === 'unknown'
              ? 'parse-error'
              : (doc?.kind ?? '(not read)')
            : (doc?.kind ?? '(not read)');
      if (got === row.kind) kindAgree += 1;
      else cfgMisses.push(`${row.file}: kind labelled ${row.kind}, read ${got}`);
    }
    if (row.spec_format && row.spec_format !== '-' && row.kind !== 'source') {
      formatScored += 1;
      const got = doc?.format ?? '(not read)';
      if (got === row.spec_format) formatAgree += 1;
      else cfgMisses.push(`${row.file}: format labelled ${row.spec_format}, read ${got}`);
    }
  }
  console.log(
    `FIGURE corpus: config kind agrees on ${kindAgree}/${kindScored} (${pct(kindAgree, kindScored)}), format on ${formatAgree}/${formatScored} (${pct(formatAgree, formatScored)})`,
  );
  if (VERBOSE) for (const m of cfgMisses) console.log(`  ${m}`);
  check(
    `every config, training-data and source file classified as SOURCES.tsv says (${cfgRows.length} rows)`,
    cfgMisses.length === 0,
    cfgMisses.join('\n'),
  );
  check('one parse-error on each malformed config file, none on the others', parseMisses.length === 0, parseMisses.join('\n'));
  console.log(
    `corpus: ${failures ? `${failures} failure(s)` : 'no crash'} in ${((Date.now() - started) / 1000).toFixed(1)} s${VERBOSE ? '' : ' (--verbose lists the disagreements)'}`,
  );
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(`corpus-check: ${e.message}`);
  process.exit(2);
});
