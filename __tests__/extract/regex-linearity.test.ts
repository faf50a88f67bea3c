/**
 * Extraction stays linear in the size of a document (issue #3): no regular expression in src/extract
 * repeats a group that itself contains a repeat (the shape of catastrophic backtracking). Regex
 * literals are found with the TypeScript parser; patterns built with `new RegExp` are exported and
 * checked as values.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { backtrackingRisk } from '../../src/policy/regex-safety.js';

const ROOT = join(import.meta.dirname, '..', '..', 'src', 'extract');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function regexLiterals(file: string): { pattern: string; line: number }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { pattern: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      out.push({ pattern: text.slice(1, text.lastIndexOf('/')), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('regular expressions in src/extract', () => {
  const files = sources(ROOT);
  const literals = files.flatMap((f) => regexLiterals(f).map((r) => ({ ...r, file: relative(ROOT, f) })));

  it('are found (the scan works)', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it('never nest a repeat inside a repeated group', () => {
    const risky = literals.map((r) => ({ where: `${r.file}:${r.line}`, risk: backtrackingRisk(r.pattern) })).filter((r) => r.risk);
    expect(risky).toEqual([]);
  });

  it('including the patterns built at run time', async () => {
    const risky: string[] = [];
    for (const f of files) {
      const mod = (await import(f)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        if (value instanceof RegExp && backtrackingRisk(value.source)) risky.push(`${relative(ROOT, f)} ${name}`);
    }
    expect(risky).toEqual([]);
  });
});
