/** docs/rules/*.md and the rules cannot drift: one page per pack or engine rule, same title and severity. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ENGINE_RULES } from '../../src/evaluate/engine-rules.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';

const root = join(import.meta.dirname, '../..');
const docsDir = join(root, 'docs/rules');
const pages = new Map(
  readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f.slice(0, -3), readFileSync(join(docsDir, f), 'utf8')]),
);
const recommended = loadBuiltinPolicy('recommended');
const strict = loadBuiltinPolicy('strict');
const expected = new Map<string, { title: string; severity: string }>([
  ...recommended.rules.map((r) => [r.id, { title: r.title, severity: r.severity }] as const),
  ...Object.values(ENGINE_RULES).map((r) => [r.id, { title: r.title, severity: r.severity }] as const),
]);

function header(page: string) {
  return {
    heading: /^# `([^`]+)`: (.+)$/m.exec(page),
    severity: /^- \*\*Default severity:\*\* `(\w+)`/m.exec(page)?.[1],
  };
}

describe('docs/rules', () => {
  it('has a page for every rule and no page without a rule', () => {
    expect([...pages.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.entries()])('%s: the page matches the rule’s title and severity', (id, rule) => {
    const page = pages.get(id) ?? '';
    const { heading, severity } = header(page);
    expect(heading?.[1]).toBe(id);
    expect(heading?.[2]).toBe(rule.title);
    expect(severity).toBe(rule.severity);
  });

  it.each(recommended.rules.map((r) => r.id))('%s: the page has the sections --explain shows, and the strict severity', (id) => {
    const page = pages.get(id) ?? '';
    for (const section of ['## What fires', '## Why', '## Failing example', '## Passing example', '## Remedy', '## Conventions']) {
      expect(page).toContain(section);
    }
    expect(page).toContain(`(\`strict\` pack: \`${strict.rules.find((r) => r.id === id)?.severity}\`)`);
  });

  it('generated pages are up to date with policies/recommended.yml', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/gen-rule-docs.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
