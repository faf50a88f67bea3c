/** The JSON schemas: the SPEC §5 examples validate, every property is described, embedded copies are current. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_INCLUDE } from '../../src/discover/discover-files.js';
import { BUILTIN_PACKS, SCHEMAS } from '../../src/policy/embedded-assets.js';
import { resolvePolicy, type PolicyReader } from '../../src/policy/load-policy.js';
import { parsePolicyFile } from '../../src/policy/parse-policy-file.js';

const root = join(import.meta.dirname, '../..');
const reader: PolicyReader = {
  read: async (source) => ({ file: source.replace(/^\.\.\//, ''), text: 'extends: [recommended]\n' }),
};

describe('schemas', () => {
  it('accept the config example of SPEC §5', async () => {
    const config = [
      'extends:',
      '  - recommended',
      '  - ../policies/our-rules.yml',
      '  - github:acme/ai-governance/policies/base.yml@v3',
      'include:',
      '  adr: ["docs/adr/**/*.md", "docs/decisions/**/*.md"]',
      '  config: ["ml/**/*.{yml,yaml,json}"]',
      '  data: ["ml/data/**/*.jsonl"]',
      'exclude: ["**/archive/**"]',
      'limits: { maxFileBytes: 2097152, maxDataBytes: 268435456 }',
      'rules:',
      '  insufficient-training-data: off',
      '  finetune-before-baseline: { severity: error }',
      '  training-data-volatile-facts: { options: { minRatio: 0.1 } }',
      '',
    ].join('\n');
    const resolved = await resolvePolicy(config, '.github/llm-arch-lint.yml', reader);
    expect(resolved.policy.sources.map((s) => s.source)).toEqual([
      'recommended',
      'policies/our-rules.yml',
      'github:acme/ai-governance/policies/base.yml@v3',
      '.github/llm-arch-lint.yml',
    ]);
  });

  it('describe every property, so editors show completion help', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const properties = record['properties'];
      if (properties && typeof properties === 'object') {
        for (const [name, schema] of Object.entries(properties)) {
          const s = schema as Record<string, unknown>;
          if (typeof s['description'] !== 'string' && typeof s['$ref'] !== 'string') missing.push(`${path}.${name}`);
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`);
    };
    visit(SCHEMAS['policy'], 'policy');
    visit(SCHEMAS['config'], 'config');
    expect(missing).toEqual([]);
  });

  it('list the same default globs as discovery', () => {
    const include = (SCHEMAS['config'] as { properties: { include: { properties: Record<string, { default: string[] }> } } }).properties
      .include.properties;
    expect({ adr: include['adr']?.default, config: include['config']?.default, data: include['data']?.default }).toEqual(DEFAULT_INCLUDE);
  });

  it('forbid unknown properties on every object', () => {
    const config = SCHEMAS['config'] as { additionalProperties: boolean; properties: Record<string, { additionalProperties?: boolean }> };
    expect(config.additionalProperties).toBe(false);
    expect(config.properties['include']?.additionalProperties).toBe(false);
    expect(config.properties['limits']?.additionalProperties).toBe(false);
  });

  it('are embedded as they are on disk, with the packs', () => {
    for (const name of ['policy', 'config']) {
      expect(SCHEMAS[name]).toEqual(JSON.parse(readFileSync(join(root, `policies/schema/${name}.schema.json`), 'utf8')));
    }
    for (const [name, pack] of Object.entries(BUILTIN_PACKS)) {
      expect(pack.text).toBe(readFileSync(join(root, `policies/${name}.yml`), 'utf8'));
      // The pre-parsed data is what loading the text with full validation gives.
      expect(parsePolicyFile(pack.text, pack.file, 'policy').data).toEqual(pack.data);
    }
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/embed-assets.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
