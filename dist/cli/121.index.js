export const id = 121;
export const ids = [121];
export const modules = {

/***/ 3121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicyFile: () => (/* binding */ parsePolicyFile)
});

// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(5123);
// EXTERNAL MODULE: ./src/policy/did-you-mean.ts
var did_you_mean = __webpack_require__(607);
// EXTERNAL MODULE: ./src/policy/message-template.ts
var message_template = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/policy/regex-safety.ts
/**
 * A structural check for regular expressions that risk catastrophic backtracking (SPEC §5: `matches` is checked
 * at load time). It is deliberately simple and conservative: it rejects a group repeated by an unbounded
 * quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1) when the group itself contains a repeated element, such as
 * `(a+)+`, `(a*)*`, `(\w+\s?)*`, or when two of its alternatives start with the same atom, such as `(a|a)*` or
 * `(a|ab)+`. It does not prove safety (`(\w|\d)+` passes although its branches overlap) and may reject a few
 * harmless patterns (`(a+b)+`); a policy author rewrites those with a character class or a bounded repeat.
 */
/** A reason the pattern is unsafe, or undefined. */
function backtrackingRisk(pattern) {
    const stack = [newGroup()];
    let i = 0;
    const top = () => stack[stack.length - 1];
    /** Consumes a quantifier at `i`; returns whether it repeats (more than once, unbounded or m > 1). */
    const quantifier = () => {
        const c = pattern[i];
        let repeats = false;
        if (c === '*' || c === '+') {
            repeats = true;
            i++;
        }
        else if (c === '?') {
            i++;
        }
        else if (c === '{') {
            const m = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
            if (!m)
                return false;
            repeats = m[2] !== undefined ? m[3] === '' || Number(m[3]) > 1 : Number(m[1]) > 1;
            i += m[0].length;
        }
        else {
            return false;
        }
        if (pattern[i] === '?' || pattern[i] === '+')
            i++; // lazy or possessive marker
        return repeats;
    };
    const atom = (text) => {
        const g = top();
        if (g.atAlternativeStart) {
            g.firstAtoms.push(text);
            g.atAlternativeStart = false;
        }
        if (quantifier())
            g.repeatsInside = true;
    };
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === '\\') {
            i += 2;
            atom(pattern.slice(i - 2, i));
        }
        else if (c === '[') {
            const start = i;
            i++;
            if (pattern[i] === '^')
                i++;
            if (pattern[i] === ']')
                i++;
            while (i < pattern.length && pattern[i] !== ']')
                i += pattern[i] === '\\' ? 2 : 1;
            i++;
            atom(pattern.slice(start, i));
        }
        else if (c === '(') {
            const prefix = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i));
            const parent = top();
            if (parent.atAlternativeStart)
                parent.firstAtoms.push(`(group at ${i})`); // a group never equals another atom
            parent.atAlternativeStart = false;
            i += prefix ? prefix[0].length : 1;
            stack.push(newGroup());
        }
        else if (c === ')') {
            i++;
            const group = stack.pop();
            if (group.atAlternativeStart)
                group.firstAtoms.push(''); // an empty last alternative
            if (stack.length === 0)
                return undefined; // unbalanced: RegExp compilation reports it
            const repeated = quantifier();
            if (repeated && group.repeatsInside) {
                return 'a repeated group contains another repeat (like (a+)+), which can backtrack catastrophically';
            }
            const duplicate = group.firstAtoms.find((a, n) => group.firstAtoms.indexOf(a) !== n);
            if (repeated && duplicate !== undefined) {
                return `a repeated group has alternatives that start alike (${JSON.stringify(duplicate)}), like (a|a)*, which can backtrack catastrophically`;
            }
            if (repeated || group.repeatsInside)
                top().repeatsInside = true;
        }
        else if (c === '|') {
            i++;
            const g = top();
            if (g.atAlternativeStart)
                g.firstAtoms.push(''); // an empty alternative
            g.atAlternativeStart = true;
        }
        else {
            i++;
            atom(c);
        }
    }
    return undefined;
}
function newGroup() {
    return { repeatsInside: false, firstAtoms: [], atAlternativeStart: true };
}

;// CONCATENATED MODULE: ./src/policy/check-rule-definition.ts
/**
 * Load-time checks of a rule definition that a JSON schema cannot express (SPEC §5): fact names exist in the
 * vocabulary (typos fail loudly, with a suggestion), compared values fit the fact's type, `matches` compiles and
 * cannot backtrack catastrophically, `{option: X}` and `{{options.X}}` name declared options, and message
 * placeholders name known facts.
 */




const FACT_NAMES = vocabulary/* FACTS */.qY.map((f) => f.name);
const COMPARISONS = ['gt', 'gte', 'lt', 'lte'];
/** Members a list fact can have, where the vocabulary fixes them. */
const LIST_MEMBERS = { 'adr.sections': vocabulary/* ADR_SECTIONS */.F1 };
/** Problems of one rule definition (already valid against the schema), with paths relative to the policy root. */
function checkRuleDefinition(id, rule) {
    const base = ['rules', id];
    const options = rule['options'] ?? {};
    const problems = [];
    checkCondition(rule['when'], [...base, 'when'], options, problems);
    checkMessage(String(rule['message']), [...base, 'message'], options, problems);
    return problems;
}
function unknownFact(name) {
    return `unknown fact "${name}"${(0,did_you_mean/* didYouMean */.au)(name, FACT_NAMES)}`;
}
function checkCondition(cond, path, options, problems) {
    for (const key of ['all', 'any']) {
        const list = cond[key];
        if (Array.isArray(list))
            list.forEach((c, i) => checkCondition(c, [...path, key, i], options, problems));
    }
    if (cond['not'] !== undefined)
        checkCondition(cond['not'], [...path, 'not'], options, problems);
    if (typeof cond['fact'] !== 'string')
        return;
    const name = cond['fact'];
    if (!(0,vocabulary/* isKnownFactName */.L1)(name)) {
        problems.push({ path: [...path, 'fact'], detail: unknownFact(name) });
        return;
    }
    const spec = vocabulary/* FACT_BY_NAME */.ts.get(name); // undefined for raw adr.frontMatter.* / config.* paths
    for (const [op, value] of Object.entries(cond)) {
        if (op === 'fact')
            continue;
        const at = [...path, op];
        if (isOptionRef(value)) {
            if (!(value.option in options)) {
                problems.push({
                    path: [...at, 'option'],
                    detail: `unknown option "${value.option}": the rule declares ${declared(options)}${(0,did_you_mean/* didYouMean */.au)(value.option, Object.keys(options))}`,
                });
            }
            continue;
        }
        if (op === 'matches') {
            const pattern = String(value);
            try {
                new RegExp(pattern);
            }
            catch (e) {
                problems.push({ path: at, detail: `invalid regular expression: ${e instanceof Error ? e.message : String(e)}` });
                continue;
            }
            const risk = backtrackingRisk(pattern);
            if (risk)
                problems.push({ path: at, detail: `unsafe regular expression /${pattern}/: ${risk}` });
            continue;
        }
        if (spec) {
            const values = op === 'in' && Array.isArray(value) ? value : [value];
            values.forEach((v, i) => {
                const detail = misfit(spec, op, v);
                if (detail)
                    problems.push({ path: op === 'in' ? [...at, i] : at, detail });
            });
        }
    }
}
/** Why a compared value can never match the fact, or undefined. */
function misfit(spec, op, value) {
    if (op === 'exists')
        return undefined;
    const { name, type } = spec;
    if (COMPARISONS.includes(op)) {
        if (type === 'number')
            return typeof value === 'number' ? undefined : `${name} is a number: compare it with a number`;
        if (type === 'string')
            return typeof value === 'string' ? undefined : `${name} is text: compare it with text`;
        return `${op} compares numbers or text; ${name} is ${type === 'string[]' ? 'a list' : `of type ${type}`}`;
    }
    if (type === 'string[]') {
        if (op !== 'contains')
            return `${name} is a list: use contains to test for a member`;
        const members = LIST_MEMBERS[name];
        if (members && !members.includes(String(value))) {
            return `"${String(value)}" is not a value of ${name} (${members.join(', ')})${(0,did_you_mean/* didYouMean */.au)(String(value), members)}`;
        }
        return undefined;
    }
    if (value === null)
        return undefined;
    if (op === 'contains')
        return type === 'string' ? undefined : `contains tests lists and text; ${name} is of type ${type}`;
    if (type === 'boolean' && typeof value !== 'boolean')
        return `${name} is true or false, not ${JSON.stringify(value)}`;
    if (type === 'number' && typeof value !== 'number')
        return `${name} is a number, not ${JSON.stringify(value)}`;
    if (type === 'enum' && !spec.values?.includes(String(value))) {
        const values = spec.values ?? [];
        return `"${String(value)}" is not a value of ${name} (${values.join(', ')})${(0,did_you_mean/* didYouMean */.au)(String(value), values)}`;
    }
    return undefined;
}
function checkMessage(message, path, options, problems) {
    for (const part of (0,message_template/* parseTemplate */.QC)(message)) {
        if (typeof part === 'string')
            continue;
        const problem = (detail) => problems.push({ path, detail: `${part.raw}: ${detail}` });
        const allowed = part.kind === 'evidence' ? (part.name !== undefined ? message_template/* EVIDENCE_FILTERS */.Qz : []) : message_template/* FILTERS */.SC;
        if (part.filter !== undefined && !allowed.includes(part.filter)) {
            problem(`unknown filter "${part.filter}"${allowed.length ? ` (filters: ${allowed.join(', ')})` : ''}`);
        }
        if (part.kind === 'option' && part.name !== undefined && !(part.name in options)) {
            problem(`unknown option "${part.name}": the rule declares ${declared(options)}${(0,did_you_mean/* didYouMean */.au)(part.name, Object.keys(options))}`);
        }
        if (part.kind !== 'option' && part.name !== undefined && !(0,vocabulary/* isKnownFactName */.L1)(part.name)) {
            problem(unknownFact(part.name));
        }
    }
}
function declared(options) {
    const names = Object.keys(options);
    return names.length ? names.join(', ') : 'no options';
}
function isOptionRef(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['option'] === 'string';
}

// EXTERNAL MODULE: ./src/policy/json-path.ts
var json_path = __webpack_require__(8580);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
;// CONCATENATED MODULE: ./src/policy/parse-policy-yaml.ts
/**
 * YAML text → plain data plus a way back from a JSON path to the line of its node, so that every load
 * error can name the line a user has to change (SPEC §5).
 */


function parseYamlWithPositions(source, file) {
    // Editors on Windows save a byte-order mark; it is not part of the first key.
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new policy_types/* PolicyError */.p(file, line, '', `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new policy_types/* PolicyError */.p(file, 1, '', `invalid YAML: ${e instanceof Error ? e.message : String(e)}`);
    }
    return { data: data ?? {}, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}
function lineOfPath(doc, lineCounter, path) {
    const lineAt = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    let node = doc.contents;
    let line = lineAt(node) ?? 1;
    for (const segment of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                return line;
            line = lineAt(pair.key) ?? line;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
            if (node === undefined)
                return line;
            line = lineAt(node) ?? line;
        }
        else {
            return line;
        }
    }
    return line;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
// EXTERNAL MODULE: ./src/policy/embedded-assets.ts
var embedded_assets = __webpack_require__(974);
;// CONCATENATED MODULE: ./src/policy/validate-policy-schema.ts
/**
 * Schema validation of policy and config files (ajv, allErrors) and the translation of ajv's errors into
 * PolicyErrors that name the file, the line and the JSON path, with a "did you mean" where a name was misspelt.
 */






const policySchema = embedded_assets/* SCHEMAS */.H['policy'];
const defs = policySchema.definitions;
const OPERATORS = ['equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte', 'matches', 'contains'];
const CONDITION_KEYS = ['all', 'any', 'not', 'fact'];
let validators;
function getValidators() {
    if (!validators) {
        // verbose: errors carry parentSchema, which tells which definition (rule, adjustment, predicate) failed.
        const ajv = new dist_ajv.Ajv({ allErrors: true, verbose: true, strictRequired: false, allowUnionTypes: true });
        dist_default()["default"](ajv);
        ajv.addSchema(embedded_assets/* SCHEMAS */.H['policy']);
        validators = {
            policy: ajv.getSchema(embedded_assets/* SCHEMAS */.H['policy'].$id),
            config: ajv.compile(embedded_assets/* SCHEMAS */.H['config']),
        };
    }
    return validators;
}
/** Every schema violation of the file, in document order (empty when it is valid). */
function validatePolicySchema(yaml, file, kind) {
    const validate = getValidators()[kind];
    if (validate(yaml.data))
        return [];
    const seen = new Set();
    const errors = [];
    for (const e of validate.errors ?? []) {
        const converted = convert(e, yaml, file);
        if (!converted || seen.has(converted.message))
            continue;
        seen.add(converted.message);
        errors.push(converted);
    }
    return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
function convert(e, yaml, file) {
    // `if` errors only repeat what the branch that failed says; a propertyNames `pattern` error repeats propertyNames.
    if (e.keyword === 'if' || (e.keyword === 'pattern' && e.schemaPath.startsWith('#/propertyNames')))
        return undefined;
    const path = toSegments(e.instancePath, yaml.data);
    const at = (p, detail) => new policy_types/* PolicyError */.p(file, yaml.lineOf(p), (0,json_path/* toJsonPath */.J)(p), detail);
    const params = e.params;
    const parent = e.parentSchema;
    switch (e.keyword) {
        case 'additionalProperties': {
            const prop = String(params['additionalProperty']);
            return at([...path, prop], unknownProperty(prop, parent));
        }
        case 'propertyNames':
            return at([...path, String(params['propertyName'])], `rule id "${String(params['propertyName'])}" may contain only letters, digits and . _ / -`);
        case 'required':
            return at(path, `missing required property "${String(params['missingProperty'])}"`);
        case 'minProperties':
            if (parent === defs['predicate'])
                return at(path, `a predicate needs an operator: ${OPERATORS.join(', ')}`);
            if (parent === defs['ruleAdjustment'])
                return at(path, 'an adjustment needs "severity" or "options"');
            return at(path, e.message ?? 'has too few properties');
        case 'enum': {
            const allowed = params['allowedValues'].map(String);
            const hint = typeof e.data === 'string' ? (0,did_you_mean/* didYouMean */.au)(e.data, allowed) : '';
            return at(path, `must be one of ${allowed.join(', ')}, not ${JSON.stringify(e.data)}${hint}`);
        }
        case 'type':
            if (parent === defs['ruleAdjustment'] && e.schemaPath === '#/type') {
                return at(path, 'must be a severity (off, notice, warning, error), {severity, options}, or a rule definition with "when"');
            }
            return at(path, `must be ${String(params['type']).replace(',', ' or ')}`);
        case 'minItems':
            return at(path, 'must not be empty');
        case 'minLength':
            return at(path, 'must not be empty');
        case 'format':
            return at(path, `must be a ${String(params['format']).toUpperCase()}`);
        default:
            return at(path, e.message ?? `fails ${e.keyword}`);
    }
}
/** Why a property is not allowed where it is, in the terms of the policy language. */
function unknownProperty(prop, parent) {
    if (parent === defs['ruleAdjustment'] && prop in (defs['ruleDefinition']?.properties ?? {})) {
        return `"${prop}" belongs to a rule definition, which needs "when"; an entry without "when" adjusts an inherited rule and may set only severity and options`;
    }
    const isCondition = [defs['allCondition'], defs['anyCondition'], defs['notCondition'], defs['predicate']].includes(parent);
    if (isCondition && (CONDITION_KEYS.includes(prop) || (parent !== defs['predicate'] && OPERATORS.includes(prop)))) {
        return `"${prop}" cannot be combined here: a condition is exactly one of all, any, not, or a predicate (fact with operators)`;
    }
    return `unknown property "${prop}"${(0,did_you_mean/* didYouMean */.au)(prop, Object.keys(parent?.properties ?? {}))}`;
}
/** ajv's JSON pointer → path segments (array indices as numbers, so the JSON path prints `[1]`). */
function toSegments(pointer, data) {
    if (!pointer)
        return [];
    const segments = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            segments.push(Number(key));
            node = node[Number(key)];
        }
        else {
            segments.push(key);
            node = node && typeof node === 'object' ? node[key] : undefined;
        }
    }
    return segments;
}

;// CONCATENATED MODULE: ./src/policy/parse-policy-file.ts
/**
 * One policy or config file: YAML with positions → schema-valid data whose rule definitions passed the
 * semantic checks. What depends on inherited rules (adjustments) is checked when the file is applied.
 */





/** Throws the first PolicyError (in document order) when the file is not a valid policy or config. */
function parsePolicyFile(text, file, kind) {
    const yaml = parseYamlWithPositions(text, file);
    const [schemaError] = validatePolicySchema(yaml, file, kind);
    if (schemaError)
        throw schemaError;
    const data = yaml.data;
    const problems = Object.entries(data.rules ?? {}).flatMap(([id, entry]) => typeof entry === 'object' && entry['when'] !== undefined ? checkRuleDefinition(id, entry) : []);
    const errors = problems
        .map((p) => new policy_types/* PolicyError */.p(file, yaml.lineOf(p.path), (0,json_path/* toJsonPath */.J)(p.path), p.detail))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (errors[0])
        throw errors[0];
    return { file, data, lineOf: yaml.lineOf };
}


/***/ })

};
