/** Command-line arguments (SPEC §4); usage errors exit with code 2. */
import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'markdown'] as const;
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type Format = (typeof FORMATS)[number];
export type FailOn = (typeof FAIL_ON)[number];

export interface CliArgs {
  paths: string[];
  config?: string;
  format: Format;
  output?: string;
  failOn: FailOn;
  rules: boolean;
  explain?: string;
  repository?: string;
  /** `--merge`: JSON reports to combine (the option's values, then the positional arguments). */
  merge?: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: llm-arch-lint [options] [paths...]

Reviews LLM architecture decisions (ADRs) and model configs: retrieval for what a model knows,
fine-tuning for how it behaves.

Options:
  --config <file>        config file (default .github/llm-arch-lint.yml when present)
  --format <name>        stylish | json | sarif | markdown (default stylish)
  --output <file>        write the report to a file instead of stdout
  --fail-on <severity>   error | warning | notice | never (default error)
  --rules                list every rule: id, severity, title
  --explain <rule-id>    rationale, examples and remedy of one rule
  --repository <o/n>     repository name recorded in the report
  --merge <report.json>...  combine JSON reports of many repositories into one view: per
                         repository and per rule counts (stylish, json or markdown);
                         --fail-on applies to the merged open findings
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, config or policy error.`;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        format: { type: 'string', default: 'stylish' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        rules: { type: 'boolean', default: false },
        explain: { type: 'string' },
        repository: { type: 'string' },
        merge: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = v.format as string;
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}".`);
  const failOn = v['fail-on'] as string;
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}".`);
  const merge = v.merge as string[] | undefined;
  if (merge) {
    if (format === 'sarif') throw new UsageError('--merge prints stylish, json or markdown, not sarif.');
    for (const [flag, given] of [
      ['--config', v.config !== undefined],
      ['--rules', v.rules === true],
      ['--explain', v.explain !== undefined],
      ['--repository', v.repository !== undefined],
    ] as const) {
      if (given) throw new UsageError(`${flag} cannot be combined with --merge, which reads finished reports.`);
    }
  }
  return {
    ...(merge ? { merge: [...merge, ...parsed.positionals] } : {}),
    paths: merge ? [] : parsed.positionals,
    ...(v.config ? { config: v.config } : {}),
    format: format as Format,
    ...(v.output ? { output: v.output } : {}),
    failOn: failOn as FailOn,
    rules: v.rules === true,
    ...(v.explain ? { explain: v.explain } : {}),
    ...(v.repository ? { repository: v.repository } : {}),
    help: v.help === true,
    version: v.version === true,
  };
}
