/** Golden files for what people read: compared byte for byte; `UPDATE_GOLDEN=1` rewrites them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';

export const OUTPUTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '__outputs__');

export function expectGolden(name: string, actual: string): void {
  const file = join(OUTPUTS_DIR, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${file} is missing: run the tests with UPDATE_GOLDEN=1 to write it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
