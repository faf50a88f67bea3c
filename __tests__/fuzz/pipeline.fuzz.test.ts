/**
 * Property-based: random and mutated Markdown, YAML, JSON, TOML, JSONL and policy files go through the whole pure
 * pipeline (`analyze()` with the built-in policy; `resolvePolicy` for configs and policies). Bad input never
 * throws, every unparsable document becomes exactly one `parse-error` with a line and a column, and the other
 * documents' findings do not change. Fixed seed, bounded runs (FUZZ): deterministic and seconds long in CI.
 * A failure prints the seed and the shrunk counterexample; replay it with `{ seed, path }` in fc.assert.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { LLM_PATH } from '../../src/extract/config/llm-path.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parseStructured, syntaxOf } from '../../src/parse/parse-structured.js';
import type { SourceFile } from '../../src/pipeline/analyze-types.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { loadBuiltinPolicy, resolvePolicy, type PolicyReader } from '../../src/policy/load-policy.js';
import { PolicyError, type Policy } from '../../src/policy/policy-types.js';
import type { Finding, Report } from '../../src/report/report-types.js';
import { adrText, configText, FUZZ, fuzzRuns, jsonlText, mutated, policyText, repository, sourceFile } from './arbitraries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, '__tests__', 'fixtures');
const NOW = new Date('2026-07-07T00:00:00Z');
const RECOMMENDED = loadBuiltinPolicy();

const ajv = new Ajv({ allErrors: true, strict: true });
ajvFormats.default(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'policies', 'schema', 'report.schema.json'), 'utf8')) as object);

const run = (files: SourceFile[], policy: Policy = RECOMMENDED): Report =>
  analyze({ files, policy, repository: 'acme/fuzz', version: '0.0.0', now: NOW });

/** Well-formed documents of every kind whose findings must not move whatever else the repository holds. */
const CONTROL: SourceFile[] = [
  {
    path: 'docs/adr/0003-freight-rates.md',
    role: 'adr',
    text: readFileSync(join(FIXTURES, 'adrs', '003-freight-rate-lora-weekly.md'), 'utf8'),
  },
  {
    path: 'docs/adr/0011-helpdesk-rag.md',
    role: 'adr',
    text: readFileSync(join(FIXTURES, 'adrs', '011-it-helpdesk-rag-no-eval.md'), 'utf8'),
  },
  {
    path: 'docs/adr/0017-letters-tone.md',
    role: 'adr',
    text: readFileSync(join(FIXTURES, 'adrs', '017-collections-letters-tone-ft.md'), 'utf8'),
  },
  { path: 'ml/rag/pipeline.yaml', role: 'config', text: readFileSync(join(FIXTURES, 'configs', 'generic', 'rag-pipeline.yaml'), 'utf8') },
  {
    path: 'ml/finetune/support-lora.yml',
    role: 'config',
    text: readFileSync(join(FIXTURES, 'configs', 'axolotl', 'support-lora.yml'), 'utf8'),
  },
  { path: 'ml/data/chat-prices.jsonl', role: 'data', text: readFileSync(join(FIXTURES, 'data', 'chat-prices.jsonl'), 'utf8') },
];
const CONTROL_PATHS = new Set(CONTROL.map((f) => f.path));
const CONTROL_ADRS = CONTROL.filter((f) => f.role === 'adr');

const byPath = (findings: Finding[], paths: ReadonlySet<string>) =>
  findings
    .filter((f) => paths.has(f.path))
    .map((f) => JSON.stringify(f))
    .sort();

const lineCount = (text: string) => text.split(/\r\n|\r|\n|\u2028|\u2029/).length;

/** What the lower layers say about a file: is it unparsable, and is an unparsable file reported (SPEC §6.3)? */
function oracle(file: SourceFile): { broken: boolean; reported: boolean } | undefined {
  const reportable = file.role === 'adr' || file.explicit === true || LLM_PATH.test(file.path);
  if (file.text.includes('\u0000')) return { broken: true, reported: reportable };
  if (file.role === 'adr') return { broken: parseMarkdown(file.text).frontMatter?.error !== undefined, reported: true };
  // Templating syntax (`{{ … }}`, `{% … %}`) makes an unparsable file a template, skipped unless named explicitly
  // (README, "Model configs and training data"): no expectation here beyond the shape checks.
  if (file.role === 'config' && !file.explicit && /\{\{|\{%/.test(file.text)) return undefined;
  if (file.role === 'config') return { broken: parseStructured(file.text, syntaxOf(file.path)).error !== undefined, reported: reportable };
  return undefined; // JSONL: a malformed line in clear training data is also a parse-error; checked by shape only
}

function checkParseErrors(files: SourceFile[], report: Report): void {
  for (const file of files) {
    const errors = report.findings.filter((f) => f.path === file.path && f.ruleId === 'parse-error');
    expect(errors.length).toBeLessThanOrEqual(1);
    for (const e of errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.line).toBeLessThanOrEqual(lineCount(file.text));
      expect(e.message).toMatch(/\bcolumn \d+/);
      expect(e.severity).toBe('error');
    }
    const doc = report.documents.find((d) => d.path === file.path);
    if (doc?.format === 'unknown') expect(errors).toHaveLength(1); // an unparsable document is never silent
    const expected = oracle(file);
    if (!expected) continue;
    if (expected.broken && expected.reported) expect(errors).toHaveLength(1);
    if (!expected.broken) expect(errors).toHaveLength(0);
  }
}

const schemaErrors = (report: Report) => (validateReport(JSON.parse(JSON.stringify(report))) ? [] : validateReport.errors);

describe('fuzz: the whole pipeline on random and mutated files', () => {
  it('never throws, and the report always validates against report.schema.json', () => {
    fc.assert(
      fc.property(repository, (files) => {
        const report = run(files);
        expect(schemaErrors(report)).toEqual([]);
        expect(report.summary.documents).toBe(report.documents.length);
      }),
      FUZZ,
    );
  });

  it('makes every unparsable document exactly one parse-error with a line and a column inside the file', () => {
    fc.assert(
      fc.property(repository, (files) => checkParseErrors(files, run(files))),
      FUZZ,
    );
  });

  it("leaves the control ADRs' findings unchanged whatever else the repository holds", () => {
    const alone = byPath(run(CONTROL_ADRS).findings, CONTROL_PATHS);
    fc.assert(
      fc.property(repository, (files) => {
        const others = files.filter((f) => !CONTROL_PATHS.has(f.path));
        expect(byPath(run([...others, ...CONTROL_ADRS]).findings, CONTROL_PATHS)).toEqual(alone);
      }),
      FUZZ,
    );
  });

  /** Files that cannot be read at all: a binary ADR, an unparsable config, a JSONL file with no JSON line. */
  const brokenFile = sourceFile
    .map((f): SourceFile => {
      if (f.role === 'adr') return { ...f, text: `${f.text.slice(0, 40)}\u0000${f.text.slice(40)}` };
      if (f.role === 'data') return { ...f, text: f.text.replace(/^/gm, '{,') };
      return { ...f, text: `${f.text}\n}{ = [\n` };
    })
    .filter((f) => f.role !== 'config' || parseStructured(f.text, syntaxOf(f.path)).error !== undefined);

  it("leaves every other document's findings unchanged when broken documents are added", () => {
    const alone = byPath(run(CONTROL).findings, CONTROL_PATHS);
    fc.assert(
      fc.property(
        fc
          .uniqueArray(brokenFile, { minLength: 1, maxLength: 4, selector: (f) => f.path })
          .map((fs) => fs.filter((f) => !CONTROL_PATHS.has(f.path))),
        (broken) => {
          const report = run([...broken, ...CONTROL]);
          expect(byPath(report.findings, CONTROL_PATHS)).toEqual(alone);
          checkParseErrors(broken, report);
          for (const f of broken) {
            const findings = report.findings.filter((x) => x.path === f.path);
            // Nothing but the parse error is said about a document that could not be read.
            expect(findings.every((x) => x.ruleId === 'parse-error')).toBe(true);
          }
        },
      ),
      FUZZ,
    );
  });

  it('reads CRLF line endings and a byte-order mark exactly like LF without one', () => {
    const variants = fc.oneof(
      adrText.map((text): SourceFile => ({ path: 'docs/adr/0001-x.md', role: 'adr', text })),
      configText('yaml').map((text): SourceFile => ({ path: 'ml/finetune/a.yml', role: 'config', text })),
      configText('json').map((text): SourceFile => ({ path: 'ml/finetune/a.json', role: 'config', text })),
      configText('toml').map((text): SourceFile => ({ path: 'ml/finetune/a.toml', role: 'config', text })),
      jsonlText.map((text): SourceFile => ({ path: 'ml/data/a.jsonl', role: 'data', text })),
    );
    const view = (r: Report) => r.findings.map((f) => `${f.ruleId}@${f.line}: ${f.message}`).sort();
    fc.assert(
      fc.property(variants, (file) => {
        const lf = run([file]);
        // A line that already ends in CRLF stays so: turning its \n into \r\n would add a lone CR, a line break of its own.
        const windows = run([{ ...file, text: `\uFEFF${file.text.replace(/\r?\n/g, '\r\n')}` }]);
        expect(view(windows)).toEqual(view(lf));
        expect(windows.documents.map((d) => [d.kind, d.format])).toEqual(lf.documents.map((d) => [d.kind, d.format]));
      }),
      FUZZ,
    );
  });
});

describe('fuzz: configs and policy files', () => {
  /** Reads `extends` entries from a pool of random policy texts; `github:` sources are refused like the CLI does. */
  const readerOf = (pool: string[], read: Set<string>): PolicyReader => ({
    read(source, fromFile) {
      if (source.startsWith('github:')) return Promise.reject(new PolicyError(fromFile, undefined, 'extends', `cannot read "${source}"`));
      const text = pool[source.length % pool.length];
      if (text === undefined || source.includes('missing'))
        return Promise.reject(new PolicyError(fromFile, undefined, 'extends', `cannot read "${source}"`));
      const file = source.replace(/^\.\.?\//, 'policies/');
      read.add(file);
      return Promise.resolve({ file, text });
    },
  });

  it('either resolves or fails with a PolicyError naming the file, and a resolved policy runs on every document', async () => {
    await fc.assert(
      fc.asyncProperty(policyText, fc.array(policyText, { minLength: 1, maxLength: 3 }), async (config, pool) => {
        let resolved: Awaited<ReturnType<typeof resolvePolicy>> | undefined;
        // The message names the file at fault: the config, a file the reader returned (whatever its name), or a pack.
        const files = new Set(['.github/llm-arch-lint.yml', 'recommended', 'strict', 'nonexistent-pack']);
        try {
          resolved = await resolvePolicy(config, '.github/llm-arch-lint.yml', readerOf(pool, files));
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyError);
          const message = (e as PolicyError).message;
          expect([...files].filter((f) => message.startsWith(f))).not.toEqual([]);
          return;
        }
        const report = run(CONTROL, resolved.policy);
        expect(schemaErrors(report)).toEqual([]);
      }),
      fuzzRuns(150),
    );
  });

  it('a config never makes the pipeline throw, whatever its syntax', () => {
    const anyConfig = fc.oneof(
      mutated(configText('yaml')).map((text): SourceFile => ({ path: 'ml/finetune/job.yml', role: 'config', text, explicit: true })),
      mutated(configText('json')).map((text): SourceFile => ({ path: 'ml/finetune/job.json', role: 'config', text, explicit: true })),
      mutated(configText('toml')).map((text): SourceFile => ({ path: 'ml/finetune/job.toml', role: 'config', text, explicit: true })),
      fc.json().map((text): SourceFile => ({ path: 'ml/rag/any.json', role: 'config', text })),
    );
    fc.assert(
      fc.property(anyConfig, (file) => {
        const report = run([file]);
        checkParseErrors([file], report);
        expect(schemaErrors(report)).toEqual([]);
      }),
      FUZZ,
    );
  });
});
