/**
 * A JSON report checked against policies/schema/report.schema.json (embedded): used by `mode: publish` and by the
 * CLI's `--merge`, which both read reports they did not write. Pure.
 */
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { SCHEMAS } from '../policy/embedded-assets.js';

/** A report file larger than this is refused. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

let validator: ReturnType<Ajv['compile']> | undefined;

/** The schema violations of `value` (`/findings/0/severity must be equal to one of the allowed values`); empty when valid. */
export function reportSchemaErrors(value: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    validator = ajv.compile(SCHEMAS['report'] as object);
  }
  if (validator(value)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}

/** The first few violations in one line, for an error message. */
export function formatSchemaErrors(errors: readonly string[], shown = 5): string {
  return `${errors.slice(0, shown).join('; ')}${errors.length > shown ? ` (and ${errors.length - shown} more)` : ''}`;
}
