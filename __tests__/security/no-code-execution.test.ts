/**
 * Nothing from the repository is ever executed (SECURITY.md, "Code execution"). The sources hold no way to run
 * code (no eval, Function constructor, vm, child processes, dynamic import or require, worker from a path); YAML
 * tags that other loaders turn into code (`!!js/function`, `!!python/object`) are read as plain data or refused;
 * policies are data: a condition compares facts and `matches` compiles a regular expression only after the
 * backtracking guard accepted it.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseFrontMatter } from '../../src/parse/parse-front-matter.js';
import { parseStructured } from '../../src/parse/parse-structured.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { loadBuiltinPolicy, resolvePolicy } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-types.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN_MODULES = new Set(['vm', 'child_process', 'worker_threads', 'cluster', 'repl', 'inspector', 'module']);

/** Ways to run code found in one source file, read with the TypeScript parser (comments, strings and regexes are not code). */
function codeExecution(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const hits: string[] = [];
  const at = (node: ts.Node, what: string) =>
    hits.push(`${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} ${what}`);
  const isLiteral = (node: ts.Node | undefined) =>
    node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const first = node.arguments?.[0];
      if (ts.isIdentifier(callee) && callee.text === 'eval') at(node, 'eval');
      if (ts.isIdentifier(callee) && callee.text === 'Function') at(node, 'Function constructor');
      if (ts.isCallExpression(node) && callee.kind === ts.SyntaxKind.ImportKeyword && !isLiteral(first)) at(node, 'dynamic import');
      if (ts.isIdentifier(callee) && callee.text === 'require' && !isLiteral(first)) at(node, 'dynamic require');
      if (
        ts.isIdentifier(callee) &&
        /^set(?:Timeout|Interval|Immediate)$/.test(callee.text) &&
        first &&
        (ts.isStringLiteral(first) || ts.isTemplateExpression(first))
      )
        at(node, 'string timer');
      if (
        ts.isIdentifier(callee) &&
        callee.text === 'require' &&
        isLiteral(first) &&
        FORBIDDEN_MODULES.has((first as ts.StringLiteral).text.replace(/^node:/, ''))
      )
        at(node, `require ${(first as ts.StringLiteral).text}`);
    }
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const name = node.moduleSpecifier.text.replace(/^node:/, '');
      if (FORBIDDEN_MODULES.has(name)) at(node, `import ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

describe('no code from the repository is executed', () => {
  it('src/ has no eval, Function constructor, vm, child process, worker, dynamic import or require', () => {
    const probeDir = mkdtempSync(join(tmpdir(), 'lal-scan-'));
    const probe = join(probeDir, 'probe.ts');
    writeFileSync(
      probe,
      "import cp from 'node:child_process';\neval(x);\nnew Function('a', 'b');\nvoid import(name);\nconst re = /eval(x)/; // eval(y)\n",
    );
    expect(codeExecution(probe).map((h) => h.replace(/^.*probe\.ts:/, ''))).toEqual([
      '1 import node:child_process',
      '2 eval',
      '3 Function constructor',
      '4 dynamic import',
    ]);
    rmSync(probeDir, { recursive: true, force: true });
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(codeExecution)).toEqual([]);
  });

  it('YAML code tags are data, never code (configs and front matter)', () => {
    const evil =
      'base_model: !!js/function "function () { globalThis.pwned = true }"\nfoo: !!python/object/apply:os.system ["touch /tmp/pwned"]\nbar: !<tag:yaml.org,2002:js/undefined> ""\n';
    const parsed = parseStructured(evil);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    if (!parsed.error) for (const v of Object.values(parsed.data as Record<string, unknown>)) expect(typeof v).not.toBe('function');
    const fm = parseFrontMatter(`---\n${evil}---\n# T\n`);
    if (!fm?.error) for (const v of Object.values(fm?.data as Record<string, unknown>)) expect(typeof v).not.toBe('function');
    const report = analyze({
      files: [{ path: 'ml/finetune/evil.yml', role: 'config', text: evil, explicit: true }],
      policy: loadBuiltinPolicy(),
      repository: 'acme/app',
      version: '0',
      now: new Date(),
    });
    expect(report.documents.every((d) => typeof d.facts['doc.path'] === 'string')).toBe(true);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('a policy is data: a regex that could backtrack catastrophically is refused at load, with its file', async () => {
    const policy = `extends: [recommended]\nrules:\n  adr-needs-owner:\n    severity: warning\n    title: T\n    message: M\n    remedy: R\n    when:\n      fact: adr.title\n      matches: "(a+)+$"\n`;
    const error = await resolvePolicy(policy, '.github/llm-arch-lint.yml', { read: () => Promise.reject(new Error('unused')) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect(String((error as Error).message)).toMatch(/^\.github\/llm-arch-lint\.yml:10 /);
  });

  it('message templates interpolate facts, never evaluate expressions', async () => {
    const policy = `extends: []\nrules:\n  t:\n    severity: notice\n    title: T\n    message: "{{constructor.constructor('return process')().exit(3)}} {{doc.path}} {{__proto__}}"\n    remedy: R\n    when:\n      fact: doc.kind\n      equals: adr\n`;
    const resolved = await resolvePolicy(policy, '.github/llm-arch-lint.yml', { read: () => Promise.reject(new Error('unused')) }).catch(
      (e: unknown) => e,
    );
    if (resolved instanceof PolicyError) return; // refused at load: fine as well
    const report = analyze({
      files: [{ path: 'docs/adr/0001-x.md', role: 'adr', text: '# X\n' }],
      policy: (resolved as Awaited<ReturnType<typeof resolvePolicy>>).policy,
      repository: 'acme/app',
      version: '0',
      now: new Date(),
    });
    expect(report.findings.find((f) => f.ruleId === 't')?.message).toContain('docs/adr/0001-x.md');
  });
});
