/**
 * Every regular expression of src/extract: each regex literal (read with the TypeScript parser, `g` dropped) and
 * each exported RegExp or [name, RegExp] table entry (built at run time). Shared by the keyword pre-filter's
 * soundness tests and by gen-gate-table.ts, which precomputes the filter's word prefixes for them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'extract');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = join(dir, e);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
}

export async function extractionPatterns(): Promise<{ where: string; re: RegExp }[]> {
  const out: { where: string; re: RegExp }[] = [];
  for (const file of files(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const at = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${relative(SRC, file)}:${line}`, re: new RegExp(text.slice(1, at), text.slice(at + 1).replace('g', '')) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (value instanceof RegExp)
        out.push({ where: `${relative(SRC, file)} ${name}`, re: new RegExp(value.source, value.flags.replace('g', '')) });
      if (Array.isArray(value))
        for (const [i, entry] of value.entries())
          if (Array.isArray(entry) && entry[1] instanceof RegExp) out.push({ where: `${relative(SRC, file)} ${name}[${i}]`, re: entry[1] });
    }
  }
  return out;
}
