/** The JSON report written in pieces is, byte for byte, the JSON report written whole. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Report } from '../../src/report/report-types.js';
import { toJson, toJsonChunks } from '../../src/report/to-json.js';
import { allClearReport, emptyReport, fixtureReport, hugeReport } from './fixture-report.js';
import { runs } from '../property-runs.js';

const joined = (report: Report) => [...toJsonChunks(report)].join('');

describe('toJsonChunks', () => {
  it.each([
    ['the fixture report (hostile text, a suppressed finding)', fixtureReport()],
    ['an all-clear report', allClearReport()],
    ['an empty report', emptyReport()],
  ])('%s: the same text as toJson', (_name, report) => {
    expect(joined(report)).toBe(toJson(report));
  });

  it('a report with 5,000 findings comes in pieces of about 64 KiB, together the same text', () => {
    const report = hugeReport(5000);
    const chunks = [...toJsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(2 * 65536);
    expect(chunks.join('')).toBe(toJson(report));
  });

  it('any JSON object (empty arrays, nulls, newlines and quotes in strings, undefined members) reads the same', () => {
    const element = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const value = fc.oneof(fc.jsonValue(), fc.array(element), fc.constant(undefined), fc.constant([]), fc.constant({}));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (object) => {
        const report = object as unknown as Report;
        expect(joined(report)).toBe(toJson(report));
      }),
      runs(500),
    );
  });
});
