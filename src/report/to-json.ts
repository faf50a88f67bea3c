/** The JSON report (SPEC §7) as written to `report-file` and printed by `--format json`. */
import type { Report } from './report-types.js';

/** Two-space indented JSON with a trailing newline. */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
