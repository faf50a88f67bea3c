export const id = 146;
export const ids = [146];
export const modules = {

/***/ 4146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyChangeFindings: () => (/* binding */ policyChangeFindings)
});

// EXTERNAL MODULE: ./src/evaluate/engine-rules.ts
var engine_rules = __webpack_require__(2919);
;// CONCATENATED MODULE: ./src/github/describe-policy-change.ts
const RANK = { error: 3, warning: 2, notice: 1, off: 0 };
function describePolicyChange(base, head) {
    const before = new Map(base.rules.map((r) => [r.id, r]));
    const after = new Map(head.rules.map((r) => [r.id, r]));
    const changes = [];
    for (const [id, rule] of after) {
        const old = before.get(id);
        if (!old) {
            if (rule.severity !== 'off')
                changes.push(`adds \`${id}\` (${rule.severity})`);
            continue;
        }
        if (old.severity !== rule.severity) {
            if (rule.severity === 'off')
                changes.push(`turns off \`${id}\` (was ${old.severity})`);
            else if (old.severity === 'off')
                changes.push(`turns on \`${id}\` (${rule.severity})`);
            else
                changes.push(`${RANK[rule.severity] < RANK[old.severity] ? 'lowers' : 'raises'} \`${id}\` from ${old.severity} to ${rule.severity}`);
        }
        if (JSON.stringify(old.options ?? {}) !== JSON.stringify(rule.options ?? {}))
            changes.push(`changes the options of \`${id}\``);
        if (JSON.stringify(old.when) !== JSON.stringify(rule.when))
            changes.push(`changes the condition of \`${id}\``);
    }
    for (const [id, old] of before) {
        if (!after.has(id) && old.severity !== 'off')
            changes.push(`drops \`${id}\` (was ${old.severity})`);
    }
    return changes;
}

// EXTERNAL MODULE: ./src/github/policy-reader.ts + 1 modules
var policy_reader = __webpack_require__(9535);
// EXTERNAL MODULE: ./src/policy/load-policy.ts + 1 modules
var load_policy = __webpack_require__(1866);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
;// CONCATENATED MODULE: ./src/action/policy-changes.ts
/**
 * `policy-changed` and `invalid-policy` findings for a pull request that edits the config or a local policy file
 * (SPEC §3): the PR is judged by its base policy; these say what its change would do after merge.
 */





/**
 * `policy-changed` (notice) for the config and each local policy file the PR changes, saying what the change
 * would do to the effective policy and that it takes effect after merge; `invalid-policy` (error) when the
 * changed version does not load.
 */
async function policyChangeFindings(ctx) {
    const { changes, configPath } = ctx;
    const changed = (p) => changes.scope.has(p);
    const configGone = changes.removed.has(configPath);
    const touched = changed(configPath) || configGone || [...ctx.baseLocalFiles].some((p) => changed(p) || changes.removed.has(p));
    if (!touched)
        return [];
    const afterMerge = `Policy changes take effect after merge: this pull request was judged by the policy of its base commit (${ctx.baseShort}).`;
    const headReader = (0,policy_reader/* createPolicyReader */.K_)({ readLocal: ctx.readHead, localLabel: 'in the pull request', remote: ctx.remote });
    const headText = configGone && !changed(configPath) ? undefined : await ctx.readHead(configPath);
    if (headText !== undefined)
        headReader.localFiles.add(configPath);
    let headPolicy;
    try {
        headPolicy = await (0,load_policy/* resolvePolicy */.nZ)(headText, configPath, headReader);
    }
    catch (error) {
        if (!(error instanceof policy_types/* PolicyError */.p))
            throw error;
        const at = changed(error.file) ? error.file : configPath;
        const line = at === error.file ? (error.line ?? 1) : 1;
        if (!changed(at)) {
            ctx.notes.push(`The policy as changed by this pull request does not load: ${error.message}. ${afterMerge}`);
            return [];
        }
        return [
            (0,engine_rules/* engineFinding */.ie)('invalid-policy', at, line, `${error.message}. This pull request changes the policy so that it no longer loads; ${afterMerge}`),
        ];
    }
    const effects = describePolicyChange(ctx.basePolicy, headPolicy.policy);
    if (JSON.stringify({ include: headPolicy.include, exclude: headPolicy.exclude }) !== JSON.stringify(ctx.baseInclude)) {
        effects.push('changes which files are checked (`include`/`exclude`)');
    }
    const effect = effects.length ? `it ${effects.join('; ')}` : 'it does not change the effective rules';
    if (configGone) {
        ctx.notes.push(`This pull request deletes ${configPath}: after merge ${effect.replace(/^it /, 'the built-in policy ')}. ${afterMerge}`);
    }
    const files = new Set([...ctx.baseLocalFiles, ...headReader.localFiles].filter(changed));
    return [...files]
        .sort()
        .map((file) => (0,engine_rules/* engineFinding */.ie)('policy-changed', file, 1, `This pull request changes ${file === configPath ? 'the llm-arch-lint config' : 'a policy file that the config extends'} (${file}): ${effect}. ${afterMerge}`));
}


/***/ })

};
