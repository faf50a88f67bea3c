/** `mode: publish` reads an untrusted report: validated, capped, checked against this repository and head. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capReport, readUntrustedReport, REPORT_CAPS } from '../../src/action/read-report.js';
import { ReportError } from '../../src/action/report-error.js';
import { refuseReport } from '../../src/action/run-publish.js';
import { toJson } from '../../src/report/to-json.js';
import { fixtureReport, hugeReport } from '../report/fixture-report.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-arch-lint-read-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('readUntrustedReport', () => {
  it('reads a report the action wrote', async () => {
    const report = fixtureReport();
    expect(await readUntrustedReport(write('ok.json', toJson(report)))).toEqual(report);
  });

  it('refuses a missing file, non-JSON and a report that does not match the schema, saying why', async () => {
    await expect(readUntrustedReport(path.join(dir, 'missing.json'))).rejects.toThrow(/cannot read the report .*no such file/);
    await expect(readUntrustedReport(write('bad.json', '{"tool": '))).rejects.toThrow(/is not JSON/);
    const extra = { ...fixtureReport(), script: '<script>' };
    await expect(readUntrustedReport(write('extra.json', JSON.stringify(extra)))).rejects.toThrow(
      /does not match the report schema: \(root\) must NOT have additional properties/,
    );
    const badLine = fixtureReport();
    badLine.findings[0]!.line = -3;
    await expect(readUntrustedReport(write('line.json', JSON.stringify(badLine)))).rejects.toThrow(/\/findings\/0\/line must be >= 1/);
    await expect(readUntrustedReport(dir)).rejects.toBeInstanceOf(ReportError);
  });

  it('recomputes the summary instead of trusting it', async () => {
    const lying = fixtureReport();
    lying.summary = { documents: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0 };
    const read = await readUntrustedReport(write('lying.json', JSON.stringify(lying)));
    expect(read.summary).toEqual(fixtureReport().summary);
  });
});

describe('capReport', () => {
  it('caps lists and strings, and says so in a note', () => {
    const huge = hugeReport(REPORT_CAPS.findings + 5);
    huge.findings[0]!.message = 'm'.repeat(REPORT_CAPS.stringChars * 3);
    huge.findings[0]!.evidence = Array.from({ length: 100 }, (_, i) => ({ path: 'a.md', line: i + 1, text: 'x' }));
    const capped = capReport(huge);
    expect(capped.findings).toHaveLength(REPORT_CAPS.findings);
    expect(capped.findings[0]!.message.length).toBe(REPORT_CAPS.stringChars);
    expect(capped.findings[0]!.evidence).toHaveLength(REPORT_CAPS.evidence);
    expect(capped.notes.at(-1)).toMatch(/had 20,?005 findings; the first 20,?000 are shown/);
  });
});

describe('refuseReport', () => {
  const report = fixtureReport();
  const head = report.pullRequest!.headSha;

  it('accepts a report of this repository at the workflow run head', () => {
    expect(refuseReport(report, 'acme/support-bot', head)).toBeUndefined();
    expect(refuseReport(report, 'acme/support-bot', undefined)).toBeUndefined();
  });

  it('refuses another repository, another head, or no pull request', () => {
    expect(refuseReport(report, 'acme/other', head)).toMatch(/about "acme\/support-bot", not acme\/other/);
    expect(refuseReport(report, 'acme/support-bot', 'f'.repeat(40))).toMatch(/is not the head fffffff of the workflow run/);
    const noPr = fixtureReport();
    delete noPr.pullRequest;
    expect(refuseReport(noPr, 'acme/support-bot', head)).toMatch(/names no pull request/);
    const mixed = fixtureReport();
    mixed.pullRequest!.repository = 'evil/fork';
    expect(refuseReport(mixed, 'acme/support-bot', head)).toMatch(/acme\/support-bot, evil\/fork/);
  });
});
