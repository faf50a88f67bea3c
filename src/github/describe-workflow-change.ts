/**
 * What a pull request's edit of a GitHub Actions workflow does to the steps that run llm-arch-lint (SPEC §3):
 * their `with:` inputs (`fail-on: error → never`), their `uses:` ref, `if:` and `continue-on-error` (of the step
 * or of its job), a step or job removed or added, the workflow's triggers. A pull request can edit the workflow
 * that judges it; the `policy-changed` finding built from this says so. Pure: two texts in, descriptions out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';

/** A step (or a job calling a reusable workflow) that runs llm-arch-lint. */
export interface LintStep {
  job: string;
  /** How the step is named in messages: its name, id, or `uses:`. */
  label: string;
  /** Identity across versions: job and step id or name; undefined when the step has neither. */
  key?: string;
  /** Compared fields: `uses`, `run`, `if`, `continue-on-error`, `job if`, `job continue-on-error`, `with.<input>`. */
  fields: Record<string, string>;
  /** 1-based line of the step in its file. */
  line: number;
}

export interface LintWorkflow {
  steps: LintStep[];
  /** The workflow's `on:` as JSON (for a trigger change). */
  on: string;
}

const MENTIONS = /llm-arch-lint/i;

/** Whether a workflow text (or a patch of one) mentions llm-arch-lint at all. */
export const mentionsLlmArchLint = (text: string | undefined): boolean => !!text && MENTIONS.test(text);

/** Whether a repository path is a GitHub Actions workflow file. */
export const isWorkflowPath = (path: string): boolean => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);

const scalarText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The llm-arch-lint steps of a workflow, or an error message when it does not parse. */
export function readLintWorkflow(text: string): LintWorkflow | { error: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { error: `${e?.message.split('\n')[0] ?? 'invalid YAML'}` };
  }
  const lineOf = (node: unknown): number => {
    const range = (node as Node | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const steps: LintStep[] = [];
  const jobs = doc.get('jobs');
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const job = scalarText(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!isMap(pair.value)) continue;
      const jobNode = pair.value as YAMLMap;
      const jobFields: Record<string, string> = {};
      for (const name of ['if', 'continue-on-error']) {
        const v = jobNode.get(name);
        if (v !== undefined) jobFields[`job ${name}`] = scalarText(v);
      }
      const jobUses = jobNode.get('uses');
      if (typeof jobUses === 'string' && MENTIONS.test(jobUses)) {
        steps.push({
          job,
          label: `job \`${job}\` (${jobUses})`,
          key: `${job}\u0000job`,
          fields: { ...fieldsOf(jobNode), ...jobFields },
          line: lineOf(pair.key),
        });
      }
      const list = jobNode.get('steps');
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        if (!isMap(item)) continue;
        const uses = item.get('uses');
        const run = item.get('run');
        if (!(typeof uses === 'string' && MENTIONS.test(uses)) && !(typeof run === 'string' && MENTIONS.test(run))) continue;
        const id = item.get('id');
        const name = item.get('name');
        const label =
          typeof name === 'string' ? name : typeof id === 'string' ? id : typeof uses === 'string' ? uses : 'run: llm-arch-lint';
        steps.push({
          job,
          label: `step \`${label}\` of job \`${job}\``,
          ...(typeof id === 'string'
            ? { key: `${job}\u0000id:${id}` }
            : typeof name === 'string'
              ? { key: `${job}\u0000name:${name}` }
              : {}),
          fields: { ...fieldsOf(item), ...jobFields },
          line: lineOf(item),
        });
      }
    }
  }
  const on = doc.get('on');
  return { steps, on: JSON.stringify(isMap(on) || isSeq(on) ? on.toJSON() : (on ?? null)) };
}

function fieldsOf(node: YAMLMap): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ['uses', 'run', 'if', 'continue-on-error']) {
    const v = node.get(name);
    if (v !== undefined) fields[name] = scalarText(isMap(v) || isSeq(v) ? v.toJSON() : v);
  }
  const inputs = node.get('with');
  if (isMap(inputs)) {
    for (const pair of inputs.items) {
      const key = scalarText(isScalar(pair.key) ? pair.key.value : pair.key);
      const v = pair.value;
      fields[`with.${key}`] = scalarText(isScalar(v) ? v.value : isMap(v) || isSeq(v) ? v.toJSON() : v);
    }
  }
  return fields;
}

/** Base and head steps paired: by job and step id or name first, then the rest of each job in order. */
function pairSteps(base: LintStep[], head: LintStep[]): { pairs: [LintStep, LintStep][]; removed: LintStep[]; added: LintStep[] } {
  const pairs: [LintStep, LintStep][] = [];
  const restBase = [...base];
  const restHead: LintStep[] = [];
  for (const h of head) {
    const i = h.key === undefined ? -1 : restBase.findIndex((b) => b.key === h.key);
    if (i === -1) restHead.push(h);
    else pairs.push([restBase.splice(i, 1)[0] as LintStep, h]);
  }
  const added: LintStep[] = [];
  for (const h of restHead) {
    const i = restBase.findIndex((b) => b.job === h.job);
    if (i === -1) added.push(h);
    else pairs.push([restBase.splice(i, 1)[0] as LintStep, h]);
  }
  return { pairs, removed: restBase, added };
}

const MAX_VALUE = 60;
const shown = (value: string | undefined): string => {
  if (value === undefined) return '(default)';
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > MAX_VALUE ? `${one.slice(0, MAX_VALUE - 1)}…` : one;
};

function fieldChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const out: string[] = [];
  for (const name of names) {
    const b = before[name];
    const a = after[name];
    if (a === b) continue;
    if (name === 'run') {
      out.push(a === undefined ? 'removes its `run:` command' : b === undefined ? 'adds a `run:` command' : 'changes its `run:` command');
      continue;
    }
    const label = name.startsWith('with.') ? name.slice(5) : name;
    const absent = name.startsWith('with.') ? '(default)' : '(none)';
    out.push(`\`${label}: ${b === undefined ? absent : shown(b)} → ${a === undefined ? absent : shown(a)}\``);
  }
  return out;
}

const order = (name: string): number => (name.startsWith('with.') ? 1 : name === 'uses' ? 0 : 2);

/**
 * What the PR changes in the llm-arch-lint steps of one workflow file: `base`/`head` are its two versions
 * (undefined: absent). Returns the descriptions (empty: nothing that matters changed) and the line of the first
 * changed step in the head version (1 when none is left).
 */
export function describeWorkflowChange(base: string | undefined, head: string | undefined): { changes: string[]; line: number } {
  const before = base === undefined ? { steps: [], on: 'null' } : readLintWorkflow(base);
  if (head === undefined) {
    if ('error' in before || before.steps.length === 0) return { changes: [], line: 1 };
    return { changes: [`deletes the workflow, removing ${before.steps.map((s) => s.label).join(', ')}`], line: 1 };
  }
  const after = readLintWorkflow(head);
  if ('error' in after) {
    return 'error' in before || before.steps.length === 0
      ? { changes: [], line: 1 }
      : { changes: [`leaves the workflow unparsable (${after.error}), so GitHub would not run llm-arch-lint`], line: 1 };
  }
  if ('error' in before) {
    // The base version did not parse: nothing ran before; every llm-arch-lint step now is new.
    return { changes: after.steps.map((s) => `adds ${s.label}`), line: after.steps[0]?.line ?? 1 };
  }
  const { pairs, removed, added } = pairSteps(before.steps, after.steps);
  const changes: string[] = [];
  let line: number | undefined;
  for (const [b, a] of pairs) {
    const fields = fieldChanges(b.fields, a.fields);
    if (!fields.length) continue;
    changes.push(`${a.label}: ${fields.join(', ')}`);
    line ??= a.line;
  }
  for (const b of removed) changes.push(`removes ${b.label}`);
  for (const a of added) {
    changes.push(`adds ${a.label}`);
    line ??= a.line;
  }
  if (before.steps.length && after.steps.length && before.on !== after.on) changes.push('changes when the workflow runs (`on:`)');
  return { changes, line: line ?? after.steps[0]?.line ?? 1 };
}
