import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { toJson } from '../../src/report/to-json.js';
import { allClearReport, emptyReport, fixtureReport, hugeReport } from './fixture-report.js';

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'policies', 'schema', 'report.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('report.schema.json', () => {
  it('accepts the fixture reports', () => {
    for (const report of [fixtureReport(), allClearReport(), emptyReport(), hugeReport(5)]) {
      expect(errorsOf(JSON.parse(toJson(report)))).toEqual([]);
    }
  });

  it('accepts a report without a pull request (CLI, push)', () => {
    const report = fixtureReport();
    delete report.pullRequest;
    expect(errorsOf(report)).toEqual([]);
  });

  it('rejects unknown properties, wrong enums and bad positions', () => {
    const extra = { ...fixtureReport(), extra: true };
    expect(errorsOf(extra)).toEqual([' must NOT have additional properties']);

    const severity = fixtureReport();
    (severity.findings[0] as { severity: string }).severity = 'fatal';
    expect(errorsOf(severity).join()).toContain('/findings/0/severity must be equal to one of the allowed values');

    const line = fixtureReport();
    line.findings[0]!.line = 0;
    expect(errorsOf(line).join()).toContain('/findings/0/line must be >= 1');

    const tool = fixtureReport();
    (tool.tool as { name: string }).name = 'other-tool';
    expect(errorsOf(tool).join()).toContain('/tool/name must be equal to constant');

    const until = fixtureReport();
    until.findings[4]!.suppressed = { reason: 'x', until: 'next year' };
    expect(errorsOf(until).join()).toContain('/findings/4/suppressed/until must match format "date"');

    const noReason = fixtureReport();
    noReason.findings[4]!.suppressed = { reason: '' };
    expect(errorsOf(noReason).join()).toContain('/findings/4/suppressed/reason must NOT have fewer than 1 characters');

    const ranges = fixtureReport();
    ranges.pullRequest!.changedLines = { 'a.md': [[1, 2, 3] as unknown as [number, number]] };
    expect(errorsOf(ranges).join()).toContain('/pullRequest/changedLines/a.md/0 must NOT have more than 2 items');

    const missing = fixtureReport() as Partial<ReturnType<typeof fixtureReport>>;
    delete missing.summary;
    expect(errorsOf(missing)).toEqual([" must have required property 'summary'"]);
  });

  it('keeps facts free-form', () => {
    const report = fixtureReport();
    report.documents[0]!.facts = { anything: { nested: [1, 'two', null] } };
    expect(errorsOf(report)).toEqual([]);
  });
});

describe('toJson', () => {
  it('is two-space JSON with a trailing newline that round-trips', () => {
    const report = fixtureReport();
    const json = toJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "tool": {\n    "name": "llm-arch-lint"')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });
});
