export const id = 12;
export const ids = [12];
export const modules = {

/***/ 5012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  workflowChangeFindings: () => (/* binding */ workflowChangeFindings)
});

// UNUSED EXPORTS: REQUIRED_WORKFLOW_NOTE

// EXTERNAL MODULE: ./src/evaluate/engine-rules.ts
var engine_rules = __webpack_require__(2919);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/github/describe-workflow-change.ts
/**
 * What a pull request's edit of a GitHub Actions workflow does to the steps that run llm-arch-lint (SPEC §3):
 * their `with:` inputs (`fail-on: error → never`), their `uses:` ref, `if:` and `continue-on-error` (of the step
 * or of its job), a step or job removed or added, the workflow's triggers. A pull request can edit the workflow
 * that judges it; the `policy-changed` finding built from this says so. Pure: two texts in, descriptions out.
 */

const MENTIONS = /llm-arch-lint/i;
/** Whether a workflow text (or a patch of one) mentions llm-arch-lint at all. */
const mentionsLlmArchLint = (text) => !!text && MENTIONS.test(text);
/** Whether a repository path is a GitHub Actions workflow file. */
const isWorkflowPath = (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
const scalarText = (value) => value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
/** The llm-arch-lint steps of a workflow, or an error message when it does not parse. */
function readLintWorkflow(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        return { error: `${e?.message.split('\n')[0] ?? 'invalid YAML'}` };
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : 1;
    };
    const steps = [];
    const jobs = doc.get('jobs');
    if ((0,dist/* isMap */.jh)(jobs)) {
        for (const pair of jobs.items) {
            const job = scalarText((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
            if (!(0,dist/* isMap */.jh)(pair.value))
                continue;
            const jobNode = pair.value;
            const jobFields = {};
            for (const name of ['if', 'continue-on-error']) {
                const v = jobNode.get(name);
                if (v !== undefined)
                    jobFields[`job ${name}`] = scalarText(v);
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
            if (!(0,dist/* isSeq */.oP)(list))
                continue;
            for (const item of list.items) {
                if (!(0,dist/* isMap */.jh)(item))
                    continue;
                const uses = item.get('uses');
                const run = item.get('run');
                if (!(typeof uses === 'string' && MENTIONS.test(uses)) && !(typeof run === 'string' && MENTIONS.test(run)))
                    continue;
                const id = item.get('id');
                const name = item.get('name');
                const label = typeof name === 'string' ? name : typeof id === 'string' ? id : typeof uses === 'string' ? uses : 'run: llm-arch-lint';
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
    return { steps, on: JSON.stringify((0,dist/* isMap */.jh)(on) || (0,dist/* isSeq */.oP)(on) ? on.toJSON() : (on ?? null)) };
}
function fieldsOf(node) {
    const fields = {};
    for (const name of ['uses', 'run', 'if', 'continue-on-error']) {
        const v = node.get(name);
        if (v !== undefined)
            fields[name] = scalarText((0,dist/* isMap */.jh)(v) || (0,dist/* isSeq */.oP)(v) ? v.toJSON() : v);
    }
    const inputs = node.get('with');
    if ((0,dist/* isMap */.jh)(inputs)) {
        for (const pair of inputs.items) {
            const key = scalarText((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
            const v = pair.value;
            fields[`with.${key}`] = scalarText((0,dist/* isScalar */.jn)(v) ? v.value : (0,dist/* isMap */.jh)(v) || (0,dist/* isSeq */.oP)(v) ? v.toJSON() : v);
        }
    }
    return fields;
}
/** Base and head steps paired: by job and step id or name first, then the rest of each job in order. */
function pairSteps(base, head) {
    const pairs = [];
    const restBase = [...base];
    const restHead = [];
    for (const h of head) {
        const i = h.key === undefined ? -1 : restBase.findIndex((b) => b.key === h.key);
        if (i === -1)
            restHead.push(h);
        else
            pairs.push([restBase.splice(i, 1)[0], h]);
    }
    const added = [];
    for (const h of restHead) {
        const i = restBase.findIndex((b) => b.job === h.job);
        if (i === -1)
            added.push(h);
        else
            pairs.push([restBase.splice(i, 1)[0], h]);
    }
    return { pairs, removed: restBase, added };
}
const MAX_VALUE = 60;
const shown = (value) => {
    if (value === undefined)
        return '(default)';
    const one = value.replace(/\s+/g, ' ').trim();
    return one.length > MAX_VALUE ? `${one.slice(0, MAX_VALUE - 1)}…` : one;
};
function fieldChanges(before, after) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
    const out = [];
    for (const name of names) {
        const b = before[name];
        const a = after[name];
        if (a === b)
            continue;
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
const order = (name) => (name.startsWith('with.') ? 1 : name === 'uses' ? 0 : 2);
/**
 * What the PR changes in the llm-arch-lint steps of one workflow file: `base`/`head` are its two versions
 * (undefined: absent). Returns the descriptions (empty: nothing that matters changed) and the line of the first
 * changed step in the head version (1 when none is left).
 */
function describeWorkflowChange(base, head) {
    const before = base === undefined ? { steps: [], on: 'null' } : readLintWorkflow(base);
    if (head === undefined) {
        if ('error' in before || before.steps.length === 0)
            return { changes: [], line: 1 };
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
    const changes = [];
    let line;
    for (const [b, a] of pairs) {
        const fields = fieldChanges(b.fields, a.fields);
        if (!fields.length)
            continue;
        changes.push(`${a.label}: ${fields.join(', ')}`);
        line ??= a.line;
    }
    for (const b of removed)
        changes.push(`removes ${b.label}`);
    for (const a of added) {
        changes.push(`adds ${a.label}`);
        line ??= a.line;
    }
    if (before.steps.length && after.steps.length && before.on !== after.on)
        changes.push('changes when the workflow runs (`on:`)');
    return { changes, line: line ?? after.steps[0]?.line ?? 1 };
}

;// CONCATENATED MODULE: ./src/action/workflow-changes.ts
/**
 * `policy-changed` for a pull request that edits a workflow step running llm-arch-lint (SPEC §3): its `with:`
 * inputs, its ref, its conditions, or removing it. The head version of each changed workflow comes from where the
 * run's documents come from (the workspace under `pull_request`, the API at the head SHA under
 * `pull_request_target`), the base version from the other side; the version not in the workspace is read (one
 * contents read) only for a workflow that mentions llm-arch-lint in the workspace version or in its patch.
 */


const REQUIRED_WORKFLOW_NOTE = 'Only a required workflow run from a central repository (an organisation ruleset) is beyond a pull request’s reach.';
async function workflowChangeFindings(ctx) {
    const findings = [];
    const files = [...ctx.changes.byPath.values()]
        .filter((f) => isWorkflowPath(f.filename) || (f.previousFilename !== undefined && isWorkflowPath(f.previousFilename)))
        .sort((a, b) => a.filename.localeCompare(b.filename));
    for (const file of files) {
        const finding = await workflowChangeFinding(file, ctx);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
async function workflowChangeFinding(file, ctx) {
    const headPath = file.status === 'removed' || !isWorkflowPath(file.filename) ? undefined : file.filename;
    const basePath = file.status === 'added' || file.status === 'copied' ? undefined : (file.previousFilename ?? file.filename);
    const readHead = () => (headPath === undefined ? Promise.resolve(undefined) : ctx.readHead(headPath));
    const readBase = () => basePath === undefined || !isWorkflowPath(basePath) ? Promise.resolve(undefined) : ctx.readBase(basePath);
    // The side in the workspace is read first (the head under pull_request, the base under pull_request_target); the
    // other side, through the API, only when llm-arch-lint may be involved: named in the local version or the patch,
    // or unknown (a workflow without a patch whose local version is absent).
    const local = ctx.runsBaseWorkflow ? await readBase() : await readHead();
    const mayMatter = mentionsLlmArchLint(local) || mentionsLlmArchLint(file.patch) || (local === undefined && file.patch === undefined);
    if (!mayMatter)
        return undefined;
    const head = ctx.runsBaseWorkflow ? await readHead() : local;
    const base = ctx.runsBaseWorkflow ? local : await readBase();
    const { changes, line } = describeWorkflowChange(base, head);
    if (!changes.length)
        return undefined;
    const at = headPath ?? basePath ?? file.filename;
    const when = ctx.runsBaseWorkflow
        ? 'It takes effect after merge (`pull_request_target` runs the workflow of the base branch).'
        : 'A workflow edit applies to this pull request’s own runs already, not only after merge: GitHub runs the workflow as the pull request changes it, so review it like a change of the policy.';
    return (0,engine_rules/* engineFinding */.ie)('policy-changed', at, headPath ? line : 1, `This pull request changes how the workflow ${at} runs llm-arch-lint: it ${changes.join('; ')}. ${when} ${REQUIRED_WORKFLOW_NOTE}`);
}


/***/ })

};
