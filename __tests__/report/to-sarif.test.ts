import { describe, expect, it, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { SARIF_FINGERPRINT_KEY, toSarif, toSarifJson, toUri } from '../../src/report/to-sarif.js';
import { emptyReport, fixtureReport, HOSTILE } from './fixture-report.js';

/** The official schema lives beside the project (../shared), never in it. */
const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');
const HAVE_SCHEMA = existsSync(SCHEMA);
/** ajv-draft-04 is CommonJS: under NodeNext its default import is the module object (like ajv-formats). */
const Ajv04 = ajvDraft04.default;

describe('toSarif', () => {
  const report = fixtureReport();
  const log = toSarif(report);
  const run = log.runs[0]!;

  it('is one SARIF 2.1.0 run of llm-arch-lint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'llm-arch-lint', version: '0.1.0', semanticVersion: '0.1.0' });
  });

  it('lists rules with help text, Markdown help and helpUri; every result points at its rule', () => {
    const rules = run.tool.driver.rules;
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of run.results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const fresh = rules.find((r) => r.id === 'finetune-for-fresh-facts')!;
    expect(fresh.helpUri).toBe('https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/finetune-for-fresh-facts.md');
    expect(fresh.help.text).toContain('Remedy:');
    expect(fresh.help.markdown).toContain('[Rule documentation](https://');
    expect(fresh.defaultConfiguration.level).toBe('error');
    // An engine rule that is not in the policy's rule list still gets a rule entry.
    expect(ids).toContain('policy-changed');
  });

  it('has one result per finding, located at its file and line, with its fingerprint; suppressed ones carry a suppression', () => {
    expect(run.results).toHaveLength(report.findings.length);
    for (const [i, finding] of report.findings.entries()) {
      const result = run.results[i]!;
      expect(result.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[finding.severity]);
      expect(result.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: finding.path, uriBaseId: '%SRCROOT%' });
      expect(result.locations[0]?.physicalLocation.region.startLine).toBe(finding.line);
      expect(result.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: finding.fingerprint });
      expect(result.suppressions !== undefined).toBe(finding.suppressed !== undefined);
    }
  });

  it('keeps fingerprints when lines move', () => {
    const moved = fixtureReport();
    for (const f of moved.findings) f.line += 5;
    const a = run.results.map((r) => r.partialFingerprints);
    const b = toSarif(moved).runs[0]!.results.map((r) => r.partialFingerprints);
    expect(b).toEqual(a);
  });

  it('strips control characters and keeps paths as relative URIs', () => {
    expect(JSON.stringify(log)).not.toMatch(/\\u001b|\\u202e/i);
    expect(toUri('./docs/adr/0001 my decision#1.md')).toBe('docs/adr/0001%20my%20decision%231.md');
    expect(JSON.stringify(log)).toContain(HOSTILE.slice(0, 10));
  });

  it('writes two-space JSON with a trailing newline; an empty report has no results', () => {
    expect(toSarifJson(report).endsWith('}\n')).toBe(true);
    expect(toSarif(emptyReport()).runs[0]!.results).toEqual([]);
  });
});

// The official schema is in ../shared (not in the project): without it this one assertion is skipped.
(HAVE_SCHEMA ? test : test.skip)(
  `validates against the official SARIF 2.1.0 schema${HAVE_SCHEMA ? '' : ' (SKIPPED: ../shared/schemas/sarif-schema-2.1.0.json not found)'}`,
  () => {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    for (const report of [fixtureReport(), emptyReport()]) {
      const ok = validate(JSON.parse(toSarifJson(report)));
      expect(ok ? [] : validate.errors).toEqual([]);
    }
    // The validator does catch an invalid log.
    expect(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'notice', message: { text: 'x' } }] }] }),
    ).toBe(false);
  },
);
