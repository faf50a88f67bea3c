/** Loading policies: exact load errors (file:line jsonPath: detail), extends chains, cycles, defaults. */
import { describe, expect, it } from '@jest/globals';
import { loadBuiltinPolicy, resolvePolicy, type PolicyReader } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-types.js';

/** An in-memory repository: relative paths resolve from the declaring file's folder; github: sources are keys. */
function memoryReader(files: Record<string, string>, shas: Record<string, string> = {}): PolicyReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(source, fromFile) {
      const file = source.startsWith('github:') ? source : join(fromFile, source);
      reads.push(file);
      const text = files[file];
      if (text === undefined) throw new Error(`${file} does not exist`);
      return { file, text, ...(shas[file] ? { sha: shas[file] } : {}) };
    },
  };
}

function join(fromFile: string, relative: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const noReader = memoryReader({});

async function loadError(text: string, file = 'policies/team.yml', reader: PolicyReader = noReader): Promise<string> {
  try {
    await resolvePolicy(text, file, reader);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as Error).message;
  }
  throw new Error('expected a PolicyError');
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('load errors name file, line and JSON path', () => {
  it('reports an unknown fact with a suggestion (the SPEC §5 example)', async () => {
    const text = lines(
      'id: acme-base', // 1
      'extends: [recommended]', // 2
      'rules:', // 3
      '  finetune-before-baseline: error', // 4
      '  adr-needs-owner:', // 5
      '    severity: warning', // 6
      '    title: LLM decisions name an owner', // 7
      '    message: "{{doc.path}} names no owner for this LLM decision."', // 8
      '    remedy: Add `owner:` to the front matter.', // 9
      '    when:', // 10
      '      all:', // 11
      '        - fact: adr.llmRelated', // 12
      '          equals: true', //
      '        - fact: knowlege.volatility', // 14
      '          equals: weekly',
    );
    expect(await loadError(text)).toBe(
      'policies/team.yml:14 rules.adr-needs-owner.when.all[1].fact: unknown fact "knowlege.volatility" (did you mean "knowledge.volatility"?)',
    );
  });

  it('accepts raw front-matter and config paths', async () => {
    const text = lines(
      'extends: []',
      'rules:',
      '  adr-needs-owner:',
      '    severity: warning',
      '    title: t',
      '    message: "{{doc.path}} has no {{adr.frontMatter.owner}}"',
      '    remedy: r',
      '    when:',
      '      all:',
      '        - { fact: adr.llmRelated, equals: true }',
      '        - not: { fact: adr.frontMatter.owner, exists: true }',
      '        - not: { fact: config.training.epochs, gt: 10 }',
    );
    const { policy } = await resolvePolicy(text, '.github/llm-arch-lint.yml', noReader);
    expect(policy.rules.map((r) => r.id)).toEqual(['adr-needs-owner']);
  });

  it('reports a misspelt severity', async () => {
    expect(await loadError(lines('extends: [recommended]', 'rules:', '  naive-chunking: erorr'))).toBe(
      'policies/team.yml:3 rules.naive-chunking: must be one of off, notice, warning, error, not "erorr" (did you mean "error"?)',
    );
  });

  it('reports an adjustment of a rule that does not exist', async () => {
    expect(await loadError(lines('extends: [recommended]', 'rules:', '  finetune-befor-baseline: off'))).toBe(
      'policies/team.yml:3 rules.finetune-befor-baseline: unknown rule "finetune-befor-baseline" (did you mean "finetune-before-baseline"?): to define a new rule, give it "when", "severity", "title", "message" and "remedy"',
    );
  });

  it('refuses to adjust an engine rule', async () => {
    expect(await loadError(lines('rules:', '  parse-error: off'))).toBe(
      'policies/team.yml:2 rules.parse-error: "parse-error" is an engine rule: it is always on and cannot be adjusted',
    );
  });

  it('reports an entry that is neither a severity nor an object', async () => {
    expect(await loadError(lines('rules:', '  naive-chunking:'))).toBe(
      'policies/team.yml:2 rules.naive-chunking: must be a severity (off, notice, warning, error), {severity, options}, or a rule definition with "when"',
    );
  });

  it('reports an unknown option and a wrongly typed one', async () => {
    expect(
      await loadError(lines('extends: [recommended]', 'rules:', '  training-data-volatile-facts:', '    options: { minratio: 0.1 }')),
    ).toBe(
      'policies/team.yml:4 rules.training-data-volatile-facts.options.minratio: rule "training-data-volatile-facts" has no option "minratio" (it has minRatio) (did you mean "minRatio"?)',
    );
    expect(
      await loadError(lines('extends: [recommended]', 'rules:', '  insufficient-training-data:', '    options:', '      min: "1000"')),
    ).toBe('policies/team.yml:5 rules.insufficient-training-data.options.min: must be a number, like the default 500');
  });

  it('reports a misspelt operator and a predicate without operator', async () => {
    const rule = (...when: string[]) =>
      lines('rules:', '  r:', '    severity: notice', '    title: t', '    message: m', '    remedy: r', '    when:', ...when);
    expect(await loadError(rule('      all:', '        - fact: approach', '          equal: rag'))).toBe(
      'policies/team.yml:10 rules.r.when.all[0].equal: unknown property "equal" (did you mean "equals"?)',
    );
    expect(await loadError(rule('      fact: approach'))).toBe(
      'policies/team.yml:7 rules.r.when: a predicate needs an operator: equals, in, exists, gt, gte, lt, lte, matches, contains',
    );
    expect(await loadError(rule('      any:', '        - { fact: approach, equals: rag }', '      fact: approach'))).toBe(
      'policies/team.yml:10 rules.r.when.fact: "fact" cannot be combined here: a condition is exactly one of all, any, not, or a predicate (fact with operators)',
    );
  });

  it('checks values against the vocabulary', async () => {
    const rule = (...when: string[]) =>
      lines('rules:', '  r:', '    severity: notice', '    title: t', '    message: m', '    remedy: r', '    when:', ...when);
    expect(await loadError(rule('      { fact: approach, equals: finetuning }'))).toBe(
      'policies/team.yml:8 rules.r.when.equals: "finetuning" is not a value of approach (rag, fine-tuning, hybrid, prompting, continued-pretraining, none) (did you mean "fine-tuning"?)',
    );
    expect(await loadError(rule('      { fact: adr.sections, contains: consequence }'))).toMatch(/did you mean "consequences"/);
    expect(await loadError(rule('      { fact: uses.retrieval, equals: "yes" }'))).toBe(
      'policies/team.yml:8 rules.r.when.equals: uses.retrieval is true or false, not "yes"',
    );
    expect(await loadError(rule('      { fact: training.examples, gt: "many" }'))).toMatch(/training\.examples is a number/);
  });

  it('rejects regular expressions that do not compile or can backtrack catastrophically', async () => {
    const rule = (pattern: string) =>
      lines(
        'rules:',
        '  r:',
        '    severity: notice',
        '    title: t',
        '    message: m',
        '    remedy: r',
        '    when:',
        `      { fact: adr.title, matches: '${pattern}' }`,
      );
    expect(await loadError(rule('(unclosed'))).toMatch(/^policies\/team\.yml:8 rules\.r\.when\.matches: invalid regular expression/);
    expect(await loadError(rule('^(a+)+$'))).toMatch(
      /rules\.r\.when\.matches: unsafe regular expression \/\^\(a\+\)\+\$\/: a repeated group contains another repeat/,
    );
    expect(await loadError(rule('(a|a)*'))).toMatch(/alternatives that start alike/);
    await expect(resolvePolicy(rule('^Use (RAG|retrieval)'), 'p.yml', noReader)).resolves.toBeDefined();
  });

  it('reports options that {option: X} or {{options.X}} name but the rule does not declare', async () => {
    const rule = (message: string, when: string) =>
      lines(
        'rules:',
        '  r:',
        '    severity: notice',
        '    title: t',
        `    message: "${message}"`,
        '    remedy: r',
        '    options: { min: 3 }',
        '    when:',
        when,
      );
    expect(await loadError(rule('m', '      { fact: training.examples, lt: { option: mni } }'))).toBe(
      'policies/team.yml:9 rules.r.when.lt.option: unknown option "mni": the rule declares min (did you mean "min"?)',
    );
    expect(await loadError(rule('below {{options.max}}', '      { fact: training.examples, lt: { option: min } }'))).toBe(
      'policies/team.yml:5 rules.r.message: {{options.max}}: unknown option "max": the rule declares min (did you mean "min"?)',
    );
    expect(await loadError(rule('{{knowlege.volatility}}', '      { fact: training.examples, lt: 3 }'))).toBe(
      'policies/team.yml:5 rules.r.message: {{knowlege.volatility}}: unknown fact "knowlege.volatility" (did you mean "knowledge.volatility"?)',
    );
    expect(await loadError(rule('{{training.examples|percnt}}', '      { fact: training.examples, lt: 3 }'))).toMatch(
      /unknown filter "percnt"/,
    );
  });

  it('reports a definition field on an adjustment', async () => {
    expect(await loadError(lines('extends: [recommended]', 'rules:', '  naive-chunking:', '    title: Chunk well'))).toBe(
      'policies/team.yml:4 rules.naive-chunking.title: "title" belongs to a rule definition, which needs "when"; an entry without "when" adjusts an inherited rule and may set only severity and options',
    );
  });

  it('reports missing fields of a definition at the rule', async () => {
    expect(
      await loadError(lines('rules:', '  r:', '    severity: notice', '    title: t', '    when: { fact: approach, equals: rag }')),
    ).toBe('policies/team.yml:2 rules.r: missing required property "message"');
  });

  it('reports unknown top-level keys, config-only keys in policies, and YAML syntax errors', async () => {
    expect(await loadError(lines('extend: [recommended]'))).toBe(
      'policies/team.yml:1 extend: unknown property "extend" (did you mean "extends"?)',
    );
    expect(await loadError(lines('include:', '  adrs: ["docs/**"]'), '.github/llm-arch-lint.yml')).toBe(
      '.github/llm-arch-lint.yml:2 include.adrs: unknown property "adrs" (did you mean "adr"?)',
    );
    const reader = memoryReader({ 'policies/base.yml': lines('rules: {}', 'exclude: ["x"]') });
    expect(await loadError(lines('extends: [../policies/base.yml]'), '.github/llm-arch-lint.yml', reader)).toBe(
      'policies/base.yml:2 exclude: unknown property "exclude"',
    );
    expect(await loadError(lines('rules:', '  a: off', ' b: [')).then((m) => m.startsWith('policies/team.yml:3 invalid YAML:'))).toBe(true);
  });

  it('reports duplicate keys', async () => {
    expect(await loadError(lines('rules:', '  naive-chunking: off', '  naive-chunking: error'))).toMatch(
      /^policies\/team\.yml:3 invalid YAML: Map keys must be unique/,
    );
  });
});

describe('extends', () => {
  const ownerRule = (id: string, severity: string) =>
    lines(
      'rules:',
      `  ${id}:`,
      `    severity: ${severity}`,
      '    title: t',
      '    message: m',
      '    remedy: r',
      '    when: { fact: adr.llmRelated, equals: true }',
    );

  it('applies the built-in pack when there is no config', async () => {
    const resolved = await resolvePolicy(undefined, '.github/llm-arch-lint.yml', noReader);
    expect(resolved.policy.sources).toEqual([{ source: 'recommended' }]);
    expect(resolved.policy.rules).toHaveLength(20);
    expect(resolved.limits).toEqual({ maxFileBytes: 2097152, maxDataBytes: 268435456 });
    expect(resolved.include).toEqual({});
    expect(resolved.exclude).toEqual([]);
  });

  it('extends recommended when a config has no extends, and nothing with extends: []', async () => {
    const implicit = await resolvePolicy(lines('exclude: ["**/archive/**"]', 'rules:', '  prompt-bloat: off'), 'c.yml', noReader);
    expect(implicit.policy.sources).toEqual([{ source: 'recommended' }, { source: 'c.yml' }]);
    expect(implicit.policy.rules).toHaveLength(20);
    const empty = await resolvePolicy(lines('extends: []'), 'c.yml', noReader);
    expect(empty.policy).toEqual({ sources: [{ source: 'c.yml' }], rules: [] });
  });

  it('resolves a transitive chain: later extends override earlier, the file’s own rules override all', async () => {
    const reader = memoryReader(
      {
        'policies/org.yml': lines('extends: [strict, ./team.yml]', 'rules:', '  naive-chunking: notice'),
        'policies/team.yml': lines(
          'extends: [recommended, "github:acme/gov/policies/base.yml@v3"]',
          'rules:',
          '  naive-chunking: error',
          '  missing-eval-harness: warning',
        ),
        'github:acme/gov/policies/base.yml@v3': ownerRule('adr-needs-owner', 'warning'),
      },
      { 'github:acme/gov/policies/base.yml@v3': '9fceb02d0ae598e95dc970b74767f19372d61af8' },
    );
    const config = lines(
      'extends:',
      '  - ../policies/org.yml',
      'include:',
      '  adr: ["decisions/**/*.md"]',
      'exclude: ["**/archive/**"]',
      'limits: { maxFileBytes: 1000 }',
      'rules:',
      '  adr-needs-owner: error',
    );
    const resolved = await resolvePolicy(config, '.github/llm-arch-lint.yml', reader);
    const severity = (id: string) => resolved.policy.rules.find((r) => r.id === id)?.severity;
    expect(resolved.policy.sources).toEqual([
      { source: 'recommended' },
      { source: 'strict' },
      { source: 'github:acme/gov/policies/base.yml@v3', sha: '9fceb02d0ae598e95dc970b74767f19372d61af8' },
      { source: 'policies/team.yml' },
      { source: 'policies/org.yml' },
      { source: '.github/llm-arch-lint.yml' },
    ]);
    expect(severity('naive-chunking')).toBe('notice'); // org overrides team
    expect(severity('missing-eval-harness')).toBe('warning'); // team (later) overrides strict (earlier)
    expect(severity('tenant-knowledge-in-weights')).toBe('error'); // from strict: team.yml's recommended is applied once, not again
    expect(severity('adr-needs-owner')).toBe('error'); // the config's own rules override all
    expect(resolved.policy.rules.find((r) => r.id === 'adr-needs-owner')?.definedIn).toBe('github:acme/gov/policies/base.yml@v3');
    expect(resolved.include).toEqual({ adr: ['decisions/**/*.md'] });
    expect(resolved.exclude).toEqual(['**/archive/**']);
    expect(resolved.limits).toEqual({ maxFileBytes: 1000, maxDataBytes: 268435456 });
  });

  it('keeps the order of inherited rules and appends new ones', async () => {
    const config = lines('extends: [recommended]', ...ownerRule('adr-needs-owner', 'notice').trim().split('\n'), '  prompt-bloat: off');
    const { policy } = await resolvePolicy(config, 'c.yml', noReader);
    expect(policy.rules.map((r) => r.id).slice(-2)).toEqual(['prompt-bloat', 'adr-needs-owner']);
    expect(policy.rules.find((r) => r.id === 'prompt-bloat')?.severity).toBe('off');
  });

  it('lets a definition replace an inherited rule of the same id', async () => {
    const config = lines('extends: [recommended]', ...ownerRule('naive-chunking', 'notice').trim().split('\n'));
    const { policy } = await resolvePolicy(config, 'c.yml', noReader);
    const rule = policy.rules.find((r) => r.id === 'naive-chunking');
    expect(rule).toMatchObject({ severity: 'notice', title: 't', definedIn: 'c.yml', options: {} });
  });

  it('merges option adjustments over the defaults', async () => {
    const config = lines(
      'extends: [recommended]',
      'rules:',
      '  training-data-volatile-facts: { options: { minRatio: 0.1 } }',
      '  finetune-before-baseline: { severity: error }',
    );
    const { policy } = await resolvePolicy(config, 'c.yml', noReader);
    expect(policy.rules.find((r) => r.id === 'training-data-volatile-facts')).toMatchObject({
      severity: 'warning',
      options: { minRatio: 0.1 },
    });
    expect(policy.rules.find((r) => r.id === 'finetune-before-baseline')?.severity).toBe('error');
  });

  it('refuses a cycle and names it', async () => {
    const reader = memoryReader({
      'policies/a.yml': lines('extends: [./b.yml]'),
      'policies/b.yml': lines('extends:', '  - recommended', '  - ./a.yml'),
    });
    expect(await loadError(lines('extends: [../policies/a.yml]'), '.github/llm-arch-lint.yml', reader)).toBe(
      'policies/b.yml:3 extends[1]: extends cycle: policies/a.yml → policies/b.yml → policies/a.yml',
    );
  });

  it('refuses a config that extends itself', async () => {
    const reader = memoryReader({ '.github/llm-arch-lint.yml': lines('extends: [./llm-arch-lint.yml]') });
    expect(await loadError(lines('extends: [./llm-arch-lint.yml]'), '.github/llm-arch-lint.yml', reader)).toBe(
      '.github/llm-arch-lint.yml:1 extends[0]: extends cycle: .github/llm-arch-lint.yml → .github/llm-arch-lint.yml',
    );
  });

  it('reports an unknown built-in pack and an unreadable source at the extends entry', async () => {
    expect(await loadError(lines('extends:', '  - recomended'))).toBe(
      'policies/team.yml:2 extends[0]: unknown built-in pack "recomended" (did you mean "recommended"?); a policy file is named by a path such as ./recomended.yml',
    );
    expect(await loadError(lines('extends:', '  - recommended', '  - ./missing.yml'))).toBe(
      'policies/team.yml:3 extends[1]: cannot read "./missing.yml": policies/missing.yml does not exist',
    );
  });

  it('places a PolicyError thrown by the reader at the extends entry', async () => {
    const reader: PolicyReader = {
      read: async (source, fromFile) => {
        throw new PolicyError(fromFile, undefined, 'extends', `cannot read "${source}": the ref "v9" was not found`);
      },
    };
    expect(await loadError(lines('extends:', '  - github:acme/gov/base.yml@v9'), 'c.yml', reader)).toBe(
      'c.yml:2 extends[0]: cannot read "github:acme/gov/base.yml@v9": the ref "v9" was not found',
    );
  });

  it('reports errors in an extended file against that file', async () => {
    const reader = memoryReader({ 'policies/base.yml': lines('rules:', '  naive-chunking: loud') });
    expect(await loadError(lines('extends: [recommended, ../policies/base.yml]'), '.github/llm-arch-lint.yml', reader)).toMatch(
      /^policies\/base\.yml:2 rules\.naive-chunking: must be one of off, notice, warning, error/,
    );
  });
});

describe('built-in packs', () => {
  it('loads strict synchronously, raising the five rules SPEC §5 lists', () => {
    const strict = loadBuiltinPolicy('strict');
    const recommended = loadBuiltinPolicy();
    const raised = strict.rules.filter((r) => r.severity !== recommended.rules.find((x) => x.id === r.id)?.severity).map((r) => r.id);
    expect(raised.sort()).toEqual(['finetune-config-without-adr', 'missing-eval-harness', 'tenant-knowledge-in-weights']);
    for (const id of [
      'citations-need-retrieval',
      'sensitive-data-in-weights',
      'tenant-knowledge-in-weights',
      'missing-eval-harness',
      'finetune-config-without-adr',
    ]) {
      expect(strict.rules.find((r) => r.id === id)?.severity).toBe('error');
    }
    expect(strict.sources).toEqual([{ source: 'recommended' }, { source: 'strict' }]);
  });

  it('throws for an unknown pack name', () => {
    expect(() => loadBuiltinPolicy('strikt')).toThrow('unknown built-in pack "strikt" (did you mean "strict"?)');
  });
});

describe('a config saved with a byte-order mark', () => {
  it('loads like the same config without one', async () => {
    const reader: PolicyReader = { read: async () => Promise.reject(new Error('no reads expected')) };
    const resolved = await resolvePolicy(
      '\uFEFFextends: [recommended]\nrules:\n  prompt-bloat: off\n',
      '.github/llm-arch-lint.yml',
      reader,
    );
    expect(resolved.policy.rules.find((r) => r.id === 'prompt-bloat')?.severity).toBe('off');
  });
});
