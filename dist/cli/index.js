#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 2815:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __nccwpck_require__(779);
const limit_1 = __nccwpck_require__(1284);
const codegen_1 = __nccwpck_require__(1436);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1284:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __nccwpck_require__(2463);
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

/***/ }),

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _io_extraction_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5204);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4866);


if ((0,_io_extraction_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .isExtractionWorker */ .EQ)())
    await (0,_io_extraction_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .serveExtractionWorker */ .RJ)();
else {
    (0,_io_extraction_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .allowExtractionWorkers */ .SL)(new URL(import.meta.url));
    // `llm-arch-lint … | head` closes the pipe early: that is the reader's choice, not an error.
    process.stdout.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw e;
    });
    (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
        cwd: process.cwd(),
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    }).then((code) => {
        process.exitCode = code;
    }, (e) => {
        process.stderr.write(`llm-arch-lint: internal error: ${e.stack ?? String(e)}\n`);
        process.exitCode = 2;
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __nccwpck_require__(5578);
;// CONCATENATED MODULE: ./src/io/file-policy-reader.ts
/** Reads `extends` entries from the local file system, relative to the declaring file (ESLint, Spectral). */



function createFilePolicyReader(root) {
    return {
        async read(source, fromFile) {
            if (source.startsWith('github:'))
                throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `"${source}" is read through the GitHub API: run it in the action (or resolve it in CI) — the CLI reads local files and built-in packs only.`);
            const file = (0,external_node_path_namespaceObject.normalize)((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(fromFile), source));
            try {
                return { file, text: await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(root, file), 'utf8') };
            }
            catch {
                throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `cannot read "${source}" (resolved to ${file}).`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/io/read-repository-name.ts
/** The repository name for the report: the `origin` remote, else the folder name (SPEC §7). */


async function readRepositoryName(root) {
    const gitConfig = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(root, '.git', 'config'), 'utf8').catch(() => '');
    const origin = /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(gitConfig)?.[1];
    const name = origin && /[:/]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(origin)?.[1];
    return name ?? (0,external_node_path_namespaceObject.basename)(root);
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/discover-files.ts
/** Which files are ours, by glob (pure: given paths, no file system). */

/** Where ADRs usually live (adr-tools, MADR, log4brains, Backstage). */
const DEFAULT_INCLUDE = {
    adr: [
        '**/docs/adr/**/*.md',
        '**/doc/adr/**/*.md',
        '**/docs/adrs/**/*.md',
        '**/docs/decisions/**/*.md',
        '**/docs/architecture/decisions/**/*.md',
        '**/architecture/decisions/**/*.md',
        '**/adr/**/*.md',
        '**/adrs/**/*.md',
        '**/decisions/**/*.md',
        '**/docs/decision-records/**/*.md',
    ],
    config: ['**/*.{yml,yaml,json,toml}'],
    data: ['**/*.jsonl'],
};
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/dist/**'];
/** Index and template pages of an ADR folder decide nothing. */
const NOT_ADRS = ['**/README.md', '**/index.md', '**/template.md', '**/*-template.md', '**/_template*.md', '**/adr-template*.md'];
function createDiscovery(include = {}, exclude = []) {
    const opts = { dot: true };
    const globs = {
        adr: include.adr ?? DEFAULT_INCLUDE.adr,
        config: include.config ?? DEFAULT_INCLUDE.config,
        data: include.data ?? DEFAULT_INCLUDE.data,
    };
    const excluded = picomatch_default()([...DEFAULT_EXCLUDE, ...exclude], opts);
    const notAdr = picomatch_default()(NOT_ADRS, { ...opts, nocase: true });
    const adr = picomatch_default()(globs.adr, opts);
    const config = picomatch_default()(globs.config, opts);
    const data = picomatch_default()(globs.data, opts);
    return {
        roleOf(path) {
            if (excluded(path))
                return undefined;
            if (adr(path) && (include.adr || !notAdr(path)))
                return 'adr';
            if (data(path))
                return 'data';
            if (config(path))
                return 'config';
            return undefined;
        },
        isExplicit(path) {
            return Boolean((include.adr && adr(path)) || (include.config && config(path)) || (include.data && data(path)));
        },
        globsTried: [...globs.adr, ...globs.config, ...globs.data],
    };
}
/** A file named explicitly is always read: its role by the globs first, by extension otherwise. */
function roleByExtension(path) {
    const lower = path.toLowerCase();
    if (/\.(md|markdown)$/.test(lower))
        return 'adr';
    if (lower.endsWith('.jsonl'))
        return 'data';
    if (/\.(ya?ml|json|toml)$/.test(lower))
        return 'config';
    return undefined;
}

;// CONCATENATED MODULE: ./src/io/format-bytes.ts
/** A size as notes print it (SPEC §7: "3.1 MiB", "2 MiB"): MiB from one mebibyte up, KiB below; no trailing ".0". */
function formatBytes(bytes) {
    const [value, unit] = bytes >= 1048576 ? [bytes / 1048576, 'MiB'] : [bytes / 1024, 'KiB'];
    return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

// EXTERNAL MODULE: ./src/extract/data/create-training-data-scanner.ts + 3 modules
var create_training_data_scanner = __nccwpck_require__(8899);
;// CONCATENATED MODULE: ./src/io/scan-training-data.ts
/**
 * Training data (JSONL) streamed through the pure scanner of src/extract/data, never read whole (SPEC §5, issue
 * #7): the first `limits.maxDataBytes` are scanned line by line in full; beyond that every line is counted and one
 * line in k is sampled, k chosen so that about SAMPLE_BYTES more are scanned, and the sampled counts are scaled to
 * the lines they stand for. Memory stays at one read buffer and one line, whatever the file's size; the notes say
 * what was sampled or skipped.
 */




/** Bytes read per system call. */
const CHUNK_BYTES = 4 * 1048576;
/** A line longer than this is skipped (a training example this long is no example), with a note. */
const MAX_LINE_BYTES = 64 * 1048576;
/** About how much of the rest of a file beyond `maxDataBytes` is sampled. */
const SAMPLE_BYTES = 16 * 1048576;
const COUNTS = ['lines', 'examples', 'documents', 'withTarget', 'volatile', 'sensitive', 'malformed', 'unrecognised'];
/**
 * Scans the open file `fd` of `size` bytes. `rel` names it in notes. Lines are split on `\n` with a trailing
 * `\r` removed, numbered from 1, exactly as `extractTrainingData` splits a string.
 */
function scanTrainingDataFile(fd, size, rel, maxDataBytes, { chunkBytes = CHUNK_BYTES, sampleBytes = SAMPLE_BYTES } = {}) {
    const scanner = (0,create_training_data_scanner/* createTrainingDataScanner */.f)();
    const notes = [];
    let invalidUtf8 = false;
    const sampleEvery = size > maxDataBytes ? Math.max(1, Math.ceil((size - maxDataBytes) / sampleBytes)) : 1;
    let atBoundary;
    let restLines = 0;
    let overlong = 0;
    let lineNo = 0;
    let lineStart = 0; // file offset of the current line
    let pending = [];
    let pendingBytes = 0;
    let skipping = false;
    const endLine = (tail) => {
        lineNo++;
        const offset = lineStart;
        if (skipping) {
            skipping = false;
            overlong++;
            if (overlong === 1)
                notes.push(`${rel}: line ${lineNo} is longer than ${MAX_LINE_BYTES / 1048576} MiB and was not read`);
            return;
        }
        const bytes = pending.length ? Buffer.concat([...pending, tail]) : tail;
        pending = [];
        pendingBytes = 0;
        let end = bytes.length;
        if (end > 0 && bytes[end - 1] === 13)
            end--;
        const sampling = offset >= maxDataBytes;
        if (sampling) {
            atBoundary ??= scanner.result();
            if (!isBlank(bytes, end))
                restLines++;
            if (sampleEvery > 1 && mix(lineNo) % sampleEvery !== 0)
                return;
        }
        const line = bytes.toString('utf8', 0, end);
        if (!invalidUtf8 && line.includes('\uFFFD') && !(0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(0, end)))
            invalidUtf8 = true;
        scanner.push(line, lineNo);
    };
    const buf = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(1, size)));
    let position = 0;
    for (;;) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, position);
        if (n === 0)
            break;
        let from = 0;
        for (let nl = buf.indexOf(10, from); nl !== -1 && nl < n; nl = buf.indexOf(10, from)) {
            endLine(buf.subarray(from, nl)); // used before the buffer is refilled: no copy
            from = nl + 1;
            lineStart = position + from;
        }
        if (from < n && !skipping) {
            pending.push(Buffer.from(buf.subarray(from, n)));
            pendingBytes += n - from;
            if (pendingBytes > MAX_LINE_BYTES) {
                skipping = true;
                pending = [];
                pendingBytes = 0;
            }
        }
        position += n;
    }
    if (pendingBytes > 0 || skipping || position === 0 || lineStart < position)
        endLine(Buffer.alloc(0));
    const scan = scanner.result();
    if (atBoundary && sampleEvery > 1) {
        const sampled = scan.lines - atBoundary.lines;
        const scale = sampled > 0 ? restLines / sampled : 0;
        for (const key of COUNTS)
            scan[key] = atBoundary[key] + Math.round((scan[key] - atBoundary[key]) * scale);
        for (const [format, count] of Object.entries(scan.formats)) {
            const before = atBoundary.formats[format] ?? 0;
            scan.formats[format] = before + Math.round((count - before) * scale);
        }
        notes.push(`${rel}: ${formatBytes(size)} of training data; the first ${formatBytes(maxDataBytes)} were scanned in full, then about 1 line in ${sampleEvery} of the remaining ${restLines.toLocaleString('en-US')} was sampled (limits.maxDataBytes): counts and ratios beyond that point are estimates`);
    }
    if (overlong > 1)
        notes.push(`${rel}: ${overlong} lines longer than ${MAX_LINE_BYTES / 1048576} MiB were not read`);
    return { scan, notes, invalidUtf8 };
}
/**
 * A fixed pseudo-random choice per line number (a 32-bit integer hash): the sample is the same on every run, and a
 * file whose lines repeat with a period (templates, round-robin sources) cannot alias with "every k-th line".
 */
function mix(n) {
    let h = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    return (h ^ (h >>> 16)) >>> 0;
}
function isBlank(bytes, end) {
    for (let i = 0; i < end; i++) {
        const c = bytes[i];
        if (c !== 32 && c !== 9 && c !== 13)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/io/read-workspace.ts
/**
 * The file-system edge: walks a workspace (or named paths) and reads the files discovery keeps.
 *
 * Hardened against what a repository can contain: symbolic links are never followed (they could point outside
 * the workspace, at /proc or at a device), only regular files are read, a file over `limits.maxFileBytes` is
 * skipped with a note before any byte is read, a training-data file is read only up to `limits.maxDataBytes`,
 * and bytes are decoded without failing (UTF-8 with replacement characters, noted; UTF-16 by its byte-order
 * mark). Binary content is left to the pure core, which reports it as a `parse-error`.
 *
 * Synchronous system calls on purpose: the walk is the only work in flight, and one `readdir` with file types
 * plus one `open`/`fstat`/`read`/`close` per kept file is several times cheaper than the promise API.
 */






const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'dist']);
/** Refuses to open a path that became a symbolic link after the walk saw a regular file (0 where unsupported). */
const O_NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
async function readWorkspace(root, opts) {
    const discovery = createDiscovery(opts.include, opts.exclude);
    const out = { files: [], notes: [], globsTried: discovery.globsTried, ignored: [], named: [] };
    const toRel = (abs) => (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/');
    const readKept = (abs, rel, role, named) => {
        const limit = role === 'data' ? (opts.maxDataBytes ?? Infinity) : opts.maxFileBytes;
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(abs, external_node_fs_namespaceObject.constants.O_RDONLY | O_NOFOLLOW);
        }
        catch (e) {
            out.notes.push(`${rel} skipped: cannot be read (${e.code ?? 'error'})`);
            return;
        }
        try {
            const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!st.isFile())
                return;
            if (role !== 'data' && st.size > limit) {
                out.notes.push(`${rel} skipped: ${formatBytes(st.size)} over limits.maxFileBytes (${formatBytes(limit)})`);
                return;
            }
            const explicit = named || discovery.isExplicit(rel) ? { explicit: true } : {};
            if (role === 'data' && streamable(fd)) {
                // Streamed through the scanner, never held whole (issue #7): the core gets the scan, not the text.
                const streamed = scanTrainingDataFile(fd, st.size, rel, limit);
                out.notes.push(...streamed.notes);
                if (streamed.invalidUtf8)
                    out.notes.push(`${rel}: not valid UTF-8; invalid bytes were read as U+FFFD`);
                if (named)
                    out.named.push(rel);
                out.files.push({ path: rel, text: '', scan: streamed.scan, role, ...explicit });
                return;
            }
            const truncated = role === 'data' && st.size > limit;
            let buf = readUpTo(fd, truncated ? limit : st.size);
            if (truncated) {
                // Whole lines only: a record (or a UTF-8 sequence) cut in half is not the file's fault.
                const lastNewline = buf.lastIndexOf(10);
                if (lastNewline > 0)
                    buf = buf.subarray(0, lastNewline + 1);
                out.notes.push(`${rel}: only the first ${buf.length} bytes were scanned (limits.maxDataBytes)`);
            }
            const { text, invalidUtf8 } = decode(buf);
            if (invalidUtf8)
                out.notes.push(`${rel}: not valid UTF-8; invalid bytes were read as U+FFFD`);
            if (named)
                out.named.push(rel);
            out.files.push({ path: rel, text, role, ...explicit });
        }
        catch (e) {
            out.notes.push(`${rel} skipped: cannot be read (${e.code ?? e.message})`);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    };
    const visitFile = (abs, named) => {
        const rel = toRel(abs);
        const role = discovery.roleOf(rel) ?? (named ? roleByExtension(rel) : undefined);
        if (!role) {
            if (named)
                out.ignored.push(rel);
            return;
        }
        readKept(abs, rel, role, named);
    };
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            out.notes.push(`${toRel(dir) || '.'} skipped: cannot be listed (${e.code ?? 'error'})`);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (SKIP_DIRS.has(e.name))
                continue;
            // Symlinks are never followed: they could point outside the workspace.
            if (e.isSymbolicLink())
                continue;
            if (e.isDirectory())
                walk((0,external_node_path_namespaceObject.join)(dir, e.name));
            else if (e.isFile())
                visitFile((0,external_node_path_namespaceObject.join)(dir, e.name), false);
        }
    };
    const visitNamed = (abs) => {
        let st;
        try {
            st = (0,external_node_fs_namespaceObject.lstatSync)(abs);
        }
        catch {
            out.notes.push(`${toRel(abs)}: no such file or folder`);
            return;
        }
        if (st.isSymbolicLink()) {
            out.notes.push(`${toRel(abs)} skipped: symbolic links are not followed`);
            return;
        }
        if (st.isDirectory())
            walk(abs);
        else if (st.isFile())
            visitFile(abs, true);
    };
    if (opts.paths?.length) {
        for (const p of opts.paths)
            visitNamed((0,external_node_path_namespaceObject.isAbsolute)(p) ? p : (0,external_node_path_namespaceObject.join)(root, p));
    }
    else {
        walk(root);
    }
    return out;
}
/**
 * Whether a training-data file can be streamed as UTF-8 lines: not UTF-16 (by its byte-order mark; decoded whole
 * instead, up to maxDataBytes) and not binary (a NUL byte in its first 8 KiB; read as text, so that the core
 * reports it as a binary file).
 */
function streamable(fd) {
    const head = Buffer.alloc(8192);
    const n = (0,external_node_fs_namespaceObject.readSync)(fd, head, 0, head.length, 0);
    if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
        return false;
    return !head.subarray(0, n).includes(0);
}
/** Reads `size` bytes (fewer if the file shrank meanwhile). */
function readUpTo(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, off, size - off, off);
        if (n === 0)
            break;
        off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
}
/**
 * Bytes → text, never failing: UTF-16 by its byte-order mark, else UTF-8 (invalid sequences become U+FFFD and
 * are reported). A UTF-8 byte-order mark is kept as U+FEFF; the parsers skip it.
 */
function decode(buf) {
    if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
        return { text: buf.subarray(2).toString('utf16le'), invalidUtf8: false };
    if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
        const le = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)));
        return { text: le.swap16().toString('utf16le'), invalidUtf8: false };
    }
    return { text: buf.toString('utf8'), invalidUtf8: !(0,external_node_buffer_namespaceObject.isUtf8)(buf) };
}

// EXTERNAL MODULE: ./src/io/extraction-workers.ts + 2 modules
var extraction_workers = __nccwpck_require__(5204);
// EXTERNAL MODULE: ./src/policy/did-you-mean.ts
var did_you_mean = __nccwpck_require__(607);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/evaluate/fingerprint.ts
/**
 * A finding's identity across runs (SPEC §7): rule id, path and the normalised evidence text, never the line,
 * so a finding keeps its fingerprint when lines move and inline comments are not repeated.
 */

function normaliseEvidence(text) {
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
function fingerprint(ruleId, path, evidenceText) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(`${ruleId}\u0000${path}\u0000${normaliseEvidence(evidenceText)}`)
        .digest('hex')
        .slice(0, 20);
}

// EXTERNAL MODULE: ./src/policy/embedded-assets.ts
var embedded_assets = __nccwpck_require__(974);
;// CONCATENATED MODULE: ./src/evaluate/rule-links.ts

const RULE_DOCS_BASE = 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/';
/** Custom rules without their own `helpUri` link to the README's section on writing rules. */
const CUSTOM_RULES_URI = 'https://github.com/llm-arch-lint/llm-arch-lint#custom-rules';
const BUILTIN_FILES = new Set(Object.values(embedded_assets/* BUILTIN_PACKS */.V).map((p) => p.file));
function ruleDocUri(ruleId) {
    return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
function ruleHelpUri(rule) {
    if (rule.helpUri)
        return rule.helpUri;
    return BUILTIN_FILES.has(rule.definedIn) ? ruleDocUri(rule.id) : CUSTOM_RULES_URI;
}

;// CONCATENATED MODULE: ./src/evaluate/engine-rules.ts


const ENGINE_RULES = {
    'policy-changed': {
        id: 'policy-changed',
        severity: 'notice',
        title: 'Policy change takes effect after merge',
        description: 'The pull request changes the config, a local policy it extends, or the workflow step that runs llm-arch-lint. The pull request is still judged by the policy of its base commit; the message says what the change would do to the effective policy once merged.',
        remedy: 'Have a reviewer who owns the policy approve the change; nothing to fix if it is intended.',
    },
    'parse-error': {
        id: 'parse-error',
        severity: 'error',
        title: 'Document cannot be parsed',
        description: 'A document in scope cannot be parsed (broken ADR front matter, invalid YAML, JSON, TOML or JSONL), so none of its facts can be read and no rule can judge it.',
        remedy: 'Fix the syntax at the line and column given in the message.',
    },
    'invalid-suppression': {
        id: 'invalid-suppression',
        severity: 'warning',
        title: 'Suppression comment is invalid',
        description: 'An llm-arch-lint-disable comment has no reason, names a rule that does not exist, or has an `until` that is not a date. It suppresses nothing.',
        remedy: 'Write `<!-- llm-arch-lint-disable RULE-ID reason="why this is acceptable" until=YYYY-MM-DD -->` with an existing rule id and a reason.',
    },
    'invalid-front-matter': {
        id: 'invalid-front-matter',
        severity: 'warning',
        title: 'The llm: front-matter block is invalid',
        description: 'The `llm:` block of an ADR has an unknown key or a value of the wrong type. Declared values win over prose, so a mistyped one is ignored rather than guessed.',
        remedy: 'Use the keys and values listed in the README (approach, finetune-purpose, knowledge-volatility, …).',
    },
    'invalid-policy': {
        id: 'invalid-policy',
        severity: 'error',
        title: 'Config or policy is invalid',
        description: 'A config or policy file changed by the pull request fails validation: unknown fact or rule, a schema violation, an unsafe regular expression, or an `extends` cycle. After merge, every run would stop on it.',
        remedy: 'Fix the file at the line and JSON path the message names.',
    },
};
function isEngineRuleId(id) {
    return Object.hasOwn(ENGINE_RULES, id);
}
/** A finding of an engine rule; `evidence` is the quoted text it is about (also what the fingerprint follows). */
function engineFinding(ruleId, path, line, message, evidence) {
    const rule = ENGINE_RULES[ruleId];
    return {
        ruleId,
        severity: rule.severity,
        title: rule.title,
        path,
        line: Math.max(1, line),
        message,
        remedy: rule.remedy,
        helpUri: ruleDocUri(ruleId),
        evidence: evidence !== undefined ? [{ path, line: Math.max(1, line), text: evidence }] : [],
        fingerprint: fingerprint(ruleId, path, evidence ?? message),
    };
}

;// CONCATENATED MODULE: ./src/evaluate/apply-suppressions.ts


const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The `invalid-suppression` findings of a document, and its valid suppressions. */
function checkSuppressions(doc, opts) {
    const valid = [];
    const invalid = [];
    for (const s of doc.suppressions) {
        const problem = whyInvalid(s, opts.knownRuleIds);
        if (problem)
            invalid.push(engineFinding('invalid-suppression', doc.path, s.line, `${problem}; it suppresses nothing.`, s.text));
        else
            valid.push(s);
    }
    return { valid, invalid };
}
function whyInvalid(s, known) {
    if (!known.has(s.ruleId))
        return `The suppression names an unknown rule "${s.ruleId}"${(0,did_you_mean/* didYouMean */.au)(s.ruleId, known)}`;
    if (!s.reason?.trim())
        return `The suppression of ${s.ruleId} gives no reason="…"`;
    if (s.until !== undefined && !isDate(s.until))
        return `The suppression of ${s.ruleId} has until=${s.until}, which is not a date (YYYY-MM-DD)`;
    return undefined;
}
function isDate(text) {
    const m = DATE.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
}
/** Marks a finding suppressed, or explains in its message why its suppression does not apply (yet, or any more). */
function applySuppressions(finding, suppressions, path, opts) {
    const mine = suppressions.filter((s) => s.ruleId === finding.ruleId);
    if (mine.length === 0)
        return finding;
    const today = opts.now.toISOString().slice(0, 10);
    const current = mine.filter((s) => s.until === undefined || s.until >= today);
    const inForce = current.find((s) => !opts.isPending?.(path, s));
    if (inForce) {
        const suppressed = { reason: (inForce.reason ?? '').trim(), ...(inForce.until ? { until: inForce.until } : {}) };
        return { ...finding, suppressed };
    }
    if (current.length > 0) {
        return { ...finding, message: `${finding.message} The suppression this pull request adds takes effect after merge.` };
    }
    const lastExpiry = mine
        .map((s) => s.until)
        .sort()
        .at(-1);
    return { ...finding, message: `${finding.message} Its suppression expired on ${lastExpiry}.` };
}

// EXTERNAL MODULE: ./src/facts/read-dotted-path.ts
var read_dotted_path = __nccwpck_require__(8694);
// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __nccwpck_require__(5123);
;// CONCATENATED MODULE: ./src/evaluate/read-fact.ts


const RAW_TREES = [
    ['adr.frontMatter.', (doc) => doc.frontMatter],
    ['config.', (doc) => doc.config],
];
function readFact(doc, name) {
    const fact = doc.facts[name];
    if (fact)
        return fact.evidence ? { value: fact.value, evidence: fact.evidence } : { value: fact.value };
    for (const [prefix, tree] of RAW_TREES) {
        if (name.startsWith(prefix))
            return { value: (0,read_dotted_path/* readDottedPath */.c)(tree(doc), name.slice(prefix.length)) ?? null };
    }
    if (name === 'doc.path')
        return { value: doc.path };
    if (name === 'doc.kind')
        return { value: doc.kind };
    if (name === 'doc.format')
        return { value: doc.format };
    const spec = vocabulary/* FACT_BY_NAME */.ts.get(name);
    return { value: spec ? (0,vocabulary/* defaultValue */.Jh)(spec) : null };
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate-condition.ts

function evaluateCondition(condition, ctx) {
    if ('all' in condition) {
        const reasons = [];
        for (const child of condition.all) {
            const outcome = evaluateCondition(child, ctx);
            if (!outcome.holds)
                return outcome;
            reasons.push(...outcome.reasons);
        }
        return { holds: true, reasons };
    }
    if ('any' in condition) {
        const reasons = [];
        for (const child of condition.any) {
            const outcome = evaluateCondition(child, ctx);
            if (outcome.holds)
                return outcome;
            reasons.push(...outcome.reasons);
        }
        return { holds: false, reasons };
    }
    if ('not' in condition) {
        const inner = evaluateCondition(condition.not, ctx);
        return { holds: !inner.holds, reasons: inner.reasons };
    }
    return evaluatePredicate(condition, ctx);
}
const OPERATORS = ['equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte', 'matches', 'contains'];
function evaluatePredicate(predicate, ctx) {
    const { value, evidence } = readFact(ctx.doc, predicate.fact);
    const reasons = [evidence ? { fact: predicate.fact, evidence } : { fact: predicate.fact }];
    for (const op of OPERATORS) {
        const operand = predicate[op];
        if (operand === undefined)
            continue;
        if (!applyOperator(op, value, resolve(operand, ctx.options), ctx.regexes))
            return { holds: false, reasons };
    }
    return { holds: true, reasons };
}
/** `{option: NAME}` → the rule's option value. */
function resolve(operand, options) {
    if (operand !== null && typeof operand === 'object' && !Array.isArray(operand))
        return options[operand.option] ?? null;
    return operand;
}
function applyOperator(op, value, operand, regexes) {
    const fact = value === undefined ? null : value;
    switch (op) {
        case 'equals':
            return sameValue(fact, operand);
        case 'in': {
            const list = Array.isArray(operand) ? operand : [];
            return Array.isArray(fact) ? fact.some((m) => list.some((v) => sameValue(m, v))) : list.some((v) => sameValue(fact, v));
        }
        case 'exists':
            return (fact !== null) === (operand !== false);
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte':
            return compare(op, fact, operand);
        case 'matches': {
            const pattern = String(operand);
            let regex = regexes.get(pattern);
            if (!regex) {
                regex = new RegExp(pattern);
                regexes.set(pattern, regex);
            }
            const test = (v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && regex.test(String(v));
            return Array.isArray(fact) ? fact.some(test) : test(fact);
        }
        case 'contains':
            if (Array.isArray(fact))
                return fact.some((m) => sameValue(m, operand));
            return typeof fact === 'string' && operand !== null && operand !== undefined && fact.includes(String(operand));
    }
}
/** gt/gte/lt/lte: numbers with numbers, text with text; false when the fact is null (SPEC §5). */
function compare(op, a, b) {
    const comparable = (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
    if (!comparable || (typeof a === 'number' && Number.isNaN(a)))
        return false;
    const [x, y] = [a, b];
    if (op === 'gt')
        return x > y;
    if (op === 'gte')
        return x >= y;
    if (op === 'lt')
        return x < y;
    return x <= y;
}
function sameValue(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    return JSON.stringify(a) === JSON.stringify(b); // raw config subtrees; key order as parsed
}

// EXTERNAL MODULE: ./src/policy/message-template.ts
var message_template = __nccwpck_require__(8100);
;// CONCATENATED MODULE: ./src/evaluate/render-message.ts


const MAX_QUOTE = 200;
function renderMessage(template, ctx) {
    return (0,message_template/* parseTemplate */.QC)(template)
        .map((part) => {
        if (typeof part === 'string')
            return part;
        if (part.kind === 'evidence' && part.filter === 'against') {
            const other = part.name !== undefined ? readFact(ctx.doc, part.name).evidence : undefined;
            return other && other.path !== ctx.doc.path
                ? `; the accepted decision ${other.path}:${other.line} chose otherwise: ${quote(other.text.replace(/[.!]\s*$/, ''))}`
                : '';
        }
        if (part.kind === 'evidence') {
            // A fact's own evidence when it has some, else the finding's.
            const evidence = (part.name !== undefined ? readFact(ctx.doc, part.name).evidence : undefined) ?? ctx.located;
            return evidence ? quote(evidence.text) : ctx.doc.path;
        }
        const value = part.kind === 'option' ? ctx.options[part.name ?? ''] : readFact(ctx.doc, part.name ?? '').value;
        return formatValue(value, part.filter);
    })
        .join('');
}
function quote(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `"${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat}"`;
}
function formatValue(value, filter) {
    if (value === null || value === undefined)
        return 'unknown';
    if (filter === 'percent' && typeof value === 'number')
        return `${Math.round(value * 1000) / 10}%`;
    if (Array.isArray(value))
        return value.length ? value.map(String).join(', ') : 'none';
    if (typeof value === 'number')
        return value.toLocaleString('en-US');
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts






/**
 * Facts that say what the document is rather than what it decides: they gate rules but never locate a
 * finding nor appear as its evidence (a finding about a fine-tune points at the decision, not at "Status").
 */
const CONTEXT_FACTS = new Set(['doc.path', 'doc.kind', 'doc.format', 'adr.status', 'adr.title', 'adr.sections', 'adr.llmRelated']);
function evaluate(docs, policy, opts) {
    const knownRuleIds = new Set([...policy.rules.map((r) => r.id), ...Object.keys(ENGINE_RULES)]);
    const suppressionOpts = {
        now: opts.now,
        knownRuleIds,
        ...(opts.isPendingSuppression ? { isPending: opts.isPendingSuppression } : {}),
    };
    const regexes = new Map();
    const findings = [];
    for (const doc of docs) {
        if (opts.scope && !opts.scope.has(doc.path))
            continue;
        const { valid, invalid } = checkSuppressions(doc, suppressionOpts);
        const found = [...doc.problems.map((p) => engineFinding(p.ruleId, doc.path, p.line, p.message, p.text)), ...invalid];
        if (doc.kind !== 'unknown') {
            const judged = new Set();
            for (const rule of policy.rules) {
                if (rule.severity === 'off' || judged.has(rule.id) || !judges(rule, doc))
                    continue;
                judged.add(rule.id);
                const finding = judge(rule, doc, regexes);
                if (finding)
                    found.push(finding);
            }
        }
        findings.push(...unique(found).map((f) => applySuppressions(f, valid, doc.path, suppressionOpts)));
    }
    return findings;
}
function judges(rule, doc) {
    return !rule.appliesTo || rule.appliesTo.includes(doc.kind);
}
function judge(rule, doc, regexes) {
    const outcome = evaluateCondition(rule.when, { doc, options: rule.options, regexes });
    if (!outcome.holds)
        return undefined;
    const evidence = evidenceOf(outcome.reasons);
    // The location must be in the judged document (a config's facts may come from its training file).
    const located = evidence.find((e) => e.path === doc.path);
    const line = located?.line ?? doc.anchors.decisionLine ?? doc.anchors.titleLine ?? 1;
    return {
        ruleId: rule.id,
        severity: rule.severity,
        title: rule.title,
        path: doc.path,
        line,
        message: renderMessage(rule.message, { doc, options: rule.options, ...(located ? { located } : {}) }),
        remedy: rule.remedy,
        helpUri: ruleHelpUri(rule),
        evidence: evidence.map((e) => ({ path: e.path, line: e.line, text: e.text })),
        fingerprint: fingerprint(rule.id, doc.path, located?.text ?? ''),
    };
}
/** The evidence of the facts that made the rule fire, in evaluation order, each quote once. */
function evidenceOf(reasons) {
    const seen = new Set();
    const out = [];
    for (const { fact, evidence } of reasons) {
        if (!evidence || CONTEXT_FACTS.has(fact))
            continue;
        const key = `${evidence.path}\u0000${evidence.line}\u0000${evidence.text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(evidence);
    }
    return out;
}
/** Engine findings repeat when extraction and suppression checks see the same problem: keep one. */
function unique(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.line}\u0000${f.fingerprint}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The report's rule list (SPEC §7): the policy's rules (including those turned off), then the engine rules. */
function toReportRules(policy) {
    const rules = policy.rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        description: r.description ?? r.title,
        remedy: r.remedy,
        helpUri: ruleHelpUri(r),
    }));
    const engine = Object.values(ENGINE_RULES).map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        description: r.description,
        remedy: r.remedy,
        helpUri: ruleDocUri(r.id),
    }));
    return [...rules, ...engine];
}

;// CONCATENATED MODULE: ./src/extract/link-documents.ts
function linkDocuments(docs) {
    const decision = acceptedFinetuneDecision(docs);
    const against = decision ? undefined : rejectedFinetuneDecision(docs);
    const data = new Map(docs.filter((d) => d.kind === 'training-data').map((d) => [d.path, d]));
    for (const d of docs) {
        if (d.kind !== 'finetune-config')
            continue;
        const ev = decision?.facts['uses.fineTuning']?.evidence ?? against;
        d.facts['repo.acceptedFinetuneAdr'] = { value: decision !== undefined, ...(ev ? { evidence: ev } : {}) };
        if (d.links?.datasets?.length)
            linkTrainingData(d, d.links.datasets, data);
    }
}
function acceptedFinetuneDecision(docs) {
    return docs.find((d) => d.facts['uses.fineTuning']?.value === true &&
        (d.kind === 'manifest' ||
            (d.kind === 'adr' && d.facts['adr.status']?.value === 'accepted' && d.facts['adr.llmRelated']?.value !== false)));
}
/**
 * An accepted decision that chose retrieval or prompting and rejects fine-tuning: the sentence the ADR extractor
 * recorded (`links.rejectsFineTuning`), else a decision sentence that names fine-tuning while choosing otherwise
 * ("We chose retrieval over fine-tuning").
 */
function rejectedFinetuneDecision(docs) {
    for (const d of docs) {
        if (d.kind !== 'adr' && d.kind !== 'manifest')
            continue;
        if (d.kind === 'adr' && d.facts['adr.status']?.value !== 'accepted')
            continue;
        if (d.facts['uses.fineTuning']?.value === true)
            continue;
        const approach = d.facts.approach?.value;
        if (approach !== 'rag' && approach !== 'prompting')
            continue;
        if (d.links?.rejectsFineTuning)
            return d.links.rejectsFineTuning;
        const ev = d.facts.approach?.evidence;
        if (ev && /fine[-\s]?tun|\blora\b|\btrain(?:ing)? (?:the|a|our) model/i.test(ev.text))
            return ev;
    }
    return undefined;
}
function linkTrainingData(config, refs, data) {
    const resolved = [];
    let unresolvedTraining = false;
    for (const ref of refs) {
        const doc = resolveDataset(config.path, ref, data);
        if (doc)
            resolved.push({ ref, doc });
        else if (ref.role === 'train')
            unresolvedTraining = true;
    }
    if (resolved.length === 0)
        return;
    const at = (ref, text) => ({ path: config.path, line: ref.line, text, source: 'data' });
    const train = resolved.filter((r) => r.ref.role === 'train');
    // Counts only when every training file is in the repository: a partial count would be a guess.
    const examples = sum(train, 'training.examples');
    if (!unresolvedTraining && examples !== undefined) {
        const first = train[0];
        const where = train.length === 1 ? first.doc.path : `${train.length} files`;
        config.facts['training.examples'] = {
            value: examples,
            evidence: at(first.ref, `${first.ref.text} (${examples.toLocaleString('en-US')} examples in ${where})`),
        };
    }
    const documents = sum(train, 'knowledge.corpusDocuments');
    if (!unresolvedTraining && documents !== undefined) {
        const first = train.find((r) => r.doc.facts['knowledge.corpusDocuments']);
        config.facts['knowledge.corpusDocuments'] = {
            value: documents,
            evidence: at(first.ref, `${first.ref.text} (${documents.toLocaleString('en-US')} corpus documents in ${first.doc.path})`),
        };
    }
    // Data facts flow from every linked file, training and validation alike (both are read by the fine-tune).
    const sensitive = resolved.find((r) => r.doc.facts['training.sensitiveData']?.value === true);
    if (sensitive)
        config.facts['training.sensitiveData'] = copy(sensitive.doc.facts['training.sensitiveData']);
    else if (resolved.some((r) => r.doc.facts['training.sensitiveData']))
        config.facts['training.sensitiveData'] = { value: false };
    const ratio = weightedRatio(train);
    if (ratio)
        config.facts['training.volatileFactRatio'] = ratio;
    if (!config.facts['training.evalSet']?.value) {
        const validation = resolved.find((r) => r.ref.role === 'validation');
        if (validation)
            config.facts['training.evalSet'] = { value: true, evidence: at(validation.ref, `${validation.ref.text} (${validation.doc.path})`) };
    }
}
/**
 * The training file a reference names: each candidate path relative to the config's folder, then to the
 * repository root, then as the tail of a repository path (a config run from a sub-project's own root).
 */
function resolveDataset(configPath, ref, data) {
    const dir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/')) : '';
    for (const candidate of ref.candidates) {
        const clean = candidate.replace(/\\/g, '/');
        const tries = clean.startsWith('/') ? [clean.slice(1)] : [join(dir, clean), normalise(clean)];
        for (const t of tries) {
            const hit = t !== undefined ? data.get(t) : undefined;
            if (hit)
                return hit;
        }
    }
    for (const candidate of ref.candidates) {
        const tail = normalise(candidate.replace(/\\/g, '/').replace(/^\/+/, ''));
        if (!tail)
            continue;
        const matches = [...data.keys()].filter((p) => p.endsWith(`/${tail}`));
        if (matches.length === 0)
            continue;
        // The closest to the config wins when several sub-projects hold the same relative path.
        matches.sort((a, b) => commonPrefix(b, configPath) - commonPrefix(a, configPath) || a.length - b.length);
        return data.get(matches[0]);
    }
    return undefined;
}
function join(dir, rel) {
    return normalise(dir ? `${dir}/${rel}` : rel);
}
/** Resolves `.` and `..` segments; undefined when the path climbs out of the repository. */
function normalise(path) {
    const out = [];
    for (const seg of path.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(seg);
    }
    return out.join('/');
}
function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n])
        n++;
    return n;
}
function sum(list, fact) {
    let total;
    for (const r of list) {
        const v = r.doc.facts[fact]?.value;
        if (typeof v === 'number')
            total = (total ?? 0) + v;
    }
    return total;
}
/** The volatile-fact ratio over all linked training files, weighted by their examples. */
function weightedRatio(train) {
    let volatile = 0;
    let examples = 0;
    let evidence;
    for (const r of train) {
        const fact = r.doc.facts['training.volatileFactRatio'];
        const n = r.doc.facts['training.examples']?.value;
        if (!fact || typeof fact.value !== 'number' || typeof n !== 'number')
            continue;
        volatile += fact.value * n;
        examples += n;
        evidence ??= fact.evidence;
    }
    if (examples === 0)
        return undefined;
    return { value: volatile / examples, ...(evidence ? { evidence } : {}) };
}
function copy(fact) {
    return fact.evidence ? { value: fact.value, evidence: { ...fact.evidence } } : { value: fact.value };
}

;// CONCATENATED MODULE: ./src/report/report-counts.ts
/** A finding is open unless a (valid, unexpired) suppression covers it. */
function isOpen(finding) {
    return finding.suppressed === undefined;
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notices: 0, suppressed: 0, findings: 0 };
    for (const finding of findings) {
        if (!isOpen(finding)) {
            counts.suppressed += 1;
            continue;
        }
        counts.findings += 1;
        if (finding.severity === 'error')
            counts.errors += 1;
        else if (finding.severity === 'warning')
            counts.warnings += 1;
        else
            counts.notices += 1;
    }
    return counts;
}
/**
 * Counts of the report's findings, computed from the findings themselves (never trusted from
 * `summary`, which a published report could misstate). Suppressed findings are counted apart.
 */
function countOpen(report) {
    return countFindings(report.findings);
}
/** The report's `summary` field (SPEC §7): open findings by severity, suppressed apart. */
function summarize(findings, documents) {
    const { errors, warnings, notices, suppressed } = countFindings(findings);
    return { documents: documents.length, errors, warnings, notices, suppressed };
}
const FAIL_THRESHOLD = {
    error: ['error'],
    warning: ['error', 'warning'],
    notice: ['error', 'warning', 'notice'],
    never: [],
};
/** True when an open finding is at or above `failOn` (`never` never fails). Suppressed findings never fail. */
function failsOn(report, failOn) {
    const failing = FAIL_THRESHOLD[failOn];
    return report.findings.some((finding) => isOpen(finding) && failing.includes(finding.severity));
}

;// CONCATENATED MODULE: ./src/pipeline/analyze-documents.ts



function analyzeDocuments(all, input) {
    linkDocuments(all);
    const inScope = (path) => !input.scope || input.scope.has(path);
    const docs = all.filter((d) => inScope(d.path));
    const findings = [
        ...evaluate(docs, input.policy, {
            now: input.now,
            ...(input.scope ? { scope: input.scope } : {}),
            ...(input.isPendingSuppression ? { isPendingSuppression: input.isPendingSuppression } : {}),
        }),
        ...(input.extraFindings ?? []),
    ];
    const documents = docs.map(toReportDocument);
    return {
        tool: { name: 'llm-arch-lint', version: input.version },
        repository: input.repository,
        ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
        policy: { sources: input.policy.sources, rules: toReportRules(input.policy) },
        documents,
        findings,
        notes: input.notes ?? [],
        summary: summarize(findings, documents),
    };
}
function toReportDocument(doc) {
    const facts = {};
    for (const [name, fact] of Object.entries(doc.facts))
        facts[name] = fact.value;
    return { path: doc.path, kind: doc.kind, format: doc.format, facts, signals: doc.signals };
}

// EXTERNAL MODULE: ./src/policy/json-path.ts
var json_path = __nccwpck_require__(8580);
;// CONCATENATED MODULE: ./src/policy/apply-policy-rules.ts




/** Mutates `rules` (insertion order = the order rules are listed in reports). */
function applyPolicyRules(rules, parsed) {
    for (const [id, entry] of Object.entries(parsed.data.rules ?? {})) {
        const fail = (path, detail) => {
            const full = ['rules', id, ...path];
            throw new policy_types/* PolicyError */.p(parsed.file, parsed.lineOf(full), (0,json_path/* toJsonPath */.J)(full), detail);
        };
        if (typeof entry === 'object' && entry['when'] !== undefined) {
            rules.set(id, toRule(id, entry, parsed.file));
            continue;
        }
        const inherited = rules.get(id);
        if (!inherited) {
            if (isEngineRuleId(id))
                fail([], `"${id}" is an engine rule: it is always on and cannot be adjusted`);
            const hint = (0,did_you_mean/* didYouMean */.au)(id, rules.keys());
            fail([], `unknown rule "${id}"${hint}: to define a new rule, give it "when", "severity", "title", "message" and "remedy"`);
            return;
        }
        const adjustment = typeof entry === 'string' ? { severity: entry } : entry;
        const options = { ...inherited.options };
        for (const [name, value] of Object.entries(adjustment['options'] ?? {})) {
            if (!(name in inherited.options)) {
                const known = Object.keys(inherited.options);
                fail(['options', name], `rule "${id}" has no option "${name}" (it has ${known.length ? known.join(', ') : 'none'})${(0,did_you_mean/* didYouMean */.au)(name, known)}`);
            }
            const current = inherited.options[name];
            if (current !== null && current !== undefined && typeof current !== typeof value) {
                fail(['options', name], `must be a ${typeof current}, like the default ${JSON.stringify(current)}`);
            }
            options[name] = value;
        }
        rules.set(id, {
            ...inherited,
            severity: adjustment['severity'] ?? inherited.severity,
            options,
        });
    }
}
function toRule(id, entry, file) {
    const optional = (key) => (entry[key] !== undefined ? { [key]: entry[key] } : {});
    return {
        id,
        severity: entry['severity'],
        title: String(entry['title']),
        message: String(entry['message']),
        remedy: String(entry['remedy']),
        ...optional('description'),
        ...optional('rationale'),
        ...optional('examples'),
        options: { ...(entry['options'] ?? {}) },
        ...optional('appliesTo'),
        ...optional('helpUri'),
        when: entry['when'],
        definedIn: file,
    };
}

;// CONCATENATED MODULE: ./src/policy/load-policy.ts
/**
 * Loads the effective policy (SPEC §5): the config (or the built-in `recommended` pack when there is none),
 * its `extends` chain resolved depth-first (later entries override earlier ones, the file's own rules override
 * all; a source reached twice is applied once), cycles refused. Built-in packs are embedded; every other source is read through the PolicyReader the
 * edges provide, so this module does no I/O.
 */




const DEFAULT_LIMITS = { maxFileBytes: 2_097_152, maxDataBytes: 268_435_456 };
const DEFAULT_PACK = 'recommended';
/** A bare name (no dot, no slash) in `extends` names a built-in pack. */
const isPackName = (entry) => /^[a-z0-9][a-z0-9-]*$/i.test(entry);
/**
 * The YAML parser and the schema validator (yaml, ajv) load only when a policy or config file is read: a run
 * on the built-in policy alone (most runs without a config) starts without them.
 */
async function policyFileParser() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(121)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3121))).parsePolicyFile;
}
async function resolvePolicy(text, file, reader) {
    if (text === undefined) {
        return { policy: loadBuiltinPolicy(DEFAULT_PACK), include: {}, exclude: [], limits: { ...DEFAULT_LIMITS } };
    }
    let parsed = (await policyFileParser())(text, file, 'config');
    // A config that only sets include/exclude must not silently turn every rule off: no `extends` means
    // `recommended`; `extends: []` starts from nothing.
    if (parsed.data.extends === undefined)
        parsed = { ...parsed, data: { ...parsed.data, extends: [DEFAULT_PACK] } };
    const root = await readLayer(parsed, { source: file }, [file], reader);
    const { data } = parsed;
    return {
        policy: flatten(root),
        include: { ...data.include },
        exclude: [...(data.exclude ?? [])],
        limits: { ...DEFAULT_LIMITS, ...data.limits },
    };
}
/** A built-in pack, resolved synchronously (built-in packs extend only built-in packs). */
function loadBuiltinPolicy(name = DEFAULT_PACK) {
    const pack = embedded_assets/* BUILTIN_PACKS */.V[name];
    if (!pack)
        throw new policy_types/* PolicyError */.p(name, undefined, '', `unknown built-in pack "${name}"${(0,did_you_mean/* didYouMean */.au)(name, Object.keys(embedded_assets/* BUILTIN_PACKS */.V))}`);
    return flatten(builtinLayer(name, []));
}
async function readLayer(parsed, source, stack, reader) {
    const children = [];
    for (const [i, entry] of (parsed.data.extends ?? []).entries()) {
        if (isPackName(entry)) {
            children.push(builtinChild(parsed, i, entry, stack));
            continue;
        }
        const loaded = await readSource(reader, parsed, i, entry);
        checkCycle(parsed, i, loaded.file, stack);
        const child = (await policyFileParser())(loaded.text, loaded.file, 'policy');
        const childSource = { source: loaded.file, ...(loaded.sha ? { sha: loaded.sha } : {}) };
        children.push(await readLayer(child, childSource, [...stack, loaded.file], reader));
    }
    return { parsed, source, children };
}
const builtinCache = new Map();
function builtinLayer(name, stack) {
    const pack = embedded_assets/* BUILTIN_PACKS */.V[name];
    let parsed = builtinCache.get(name);
    if (!parsed) {
        // Embedded pre-parsed and validated by the test suite (schemas.test.ts): no YAML parse or ajv at startup.
        parsed = { file: pack.file, data: pack.data, lineOf: () => 1 };
        builtinCache.set(name, parsed);
    }
    const here = [...stack, name];
    const children = (parsed.data.extends ?? []).map((entry, i) => {
        if (!isPackName(entry))
            throw new policy_types/* PolicyError */.p(pack.file, parsed.lineOf(['extends', i]), `extends[${i}]`, 'a built-in pack may extend only built-in packs');
        return builtinChild(parsed, i, entry, here);
    });
    return { parsed, source: { source: name }, children };
}
function builtinChild(parsed, i, name, stack) {
    if (!embedded_assets/* BUILTIN_PACKS */.V[name]) {
        const hint = (0,did_you_mean/* didYouMean */.au)(name, Object.keys(embedded_assets/* BUILTIN_PACKS */.V));
        throw new policy_types/* PolicyError */.p(parsed.file, parsed.lineOf(['extends', i]), `extends[${i}]`, `unknown built-in pack "${name}"${hint}; a policy file is named by a path such as ./${name}.yml`);
    }
    checkCycle(parsed, i, name, stack);
    return builtinLayer(name, stack);
}
async function readSource(reader, parsed, i, entry) {
    const line = parsed.lineOf(['extends', i]);
    try {
        return await reader.read(entry, parsed.file);
    }
    catch (error) {
        // The reader knows why a read failed; this knows where the entry is.
        if (error instanceof policy_types/* PolicyError */.p && error.file !== parsed.file)
            throw error;
        const detail = error instanceof policy_types/* PolicyError */.p ? error.detail : `cannot read "${entry}": ${error instanceof Error ? error.message : String(error)}`;
        throw new policy_types/* PolicyError */.p(parsed.file, line, `extends[${i}]`, detail);
    }
}
function checkCycle(parsed, i, next, stack) {
    const start = stack.indexOf(next);
    if (start < 0)
        return;
    const cycle = [...stack.slice(start), next].join(' → ');
    throw new policy_types/* PolicyError */.p(parsed.file, parsed.lineOf(['extends', i]), `extends[${i}]`, `extends cycle: ${cycle}`);
}
/**
 * Linearises the extends graph depth-first (a file's extends in order, then the file) with each source applied
 * once, at its first place, then applies the files' rules in that order. So in
 * `extends: [strict, ./team.yml]` where team.yml also extends `recommended`, team.yml overrides strict only in
 * the rules it sets itself: `recommended` is not applied a second time to undo strict.
 */
function flatten(root) {
    const order = [];
    const seen = new Set();
    const visit = (layer) => {
        if (seen.has(layer.source.source))
            return;
        seen.add(layer.source.source);
        layer.children.forEach(visit);
        order.push(layer);
    };
    visit(root);
    const rules = new Map();
    for (const layer of order)
        applyPolicyRules(rules, layer.parsed);
    return { sources: order.map((l) => l.source), rules: [...rules.values()] };
}

;// CONCATENATED MODULE: ./src/report/limits.ts
/**
 * Hard limits of the places findings are shown. They are named here, next to the renderers, so a
 * test can hold each renderer to them.
 */
/** GitHub's maximum body of an issue or pull-request comment, in characters. */
const MAX_COMMENT_CHARS = 65536;
/** GitHub shows at most this many annotations of each level (error, warning, notice) per step. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** GitHub's maximum size of one step's job summary, in bytes (1 MiB). */
const MAX_JOB_SUMMARY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Quoted evidence, paths and other short untrusted strings are cut to this many characters. */
const MAX_QUOTE_CHARS = 300;
/** Messages and remedies (templates that interpolate evidence) are cut to this many characters. */
const MAX_MESSAGE_CHARS = 1000;
/** Evidence quotes shown per finding in the comment; the rest are counted. */
const MAX_EVIDENCE_PER_FINDING = 3;
/** Findings shown expanded in the comment; the rest of each document's list folds into `<details>`. */
const COMMENT_EXPANDED_FINDINGS = 10;
/** Suppressed findings listed in the comment; the job summary lists them all. */
const COMMENT_MAX_SUPPRESSED = 20;
/** Report notes listed in the job summary; the JSON report keeps them all. */
const MAX_SUMMARY_NOTES = 200;

;// CONCATENATED MODULE: ./src/report/escape-markdown.ts
/**
 * Untrusted text (everything a pull request can write: ADR prose, paths, titles, messages that quote
 * evidence, and in `mode: publish` the whole report) made safe inside a GitHub comment or job summary.
 *
 * What it defends against, and how:
 * - @-mentions and team mentions pinging people: a zero-width space after `@` (as Dependabot does);
 *   `#123` issue references are left alone.
 * - raw HTML (`<img onerror>`, `<details>`/`</details>` breakouts, a forged sticky-comment marker
 *   `<!-- llm-arch-lint:summary -->`): `<`, `>` and `&` become entities.
 * - Markdown link, image, footnote and reference injection: `[` and `]` are escaped (`![x](y)` and
 *   `[x](javascript:…)` then stay text), autolinks die with `<`.
 * - formatting that escapes its slot: emphasis, strike-through, table pipes, backslashes, and block
 *   starts (`# `, `- `, `1.`) are escaped; newlines collapse into one space, so a quote stays one line.
 * - backticks breaking inline code: unmatched backticks are escaped; `inlineCode` picks a fence
 *   longer than any backtick run in the text.
 * - control characters and bidirectional overrides (Trojan Source) are removed.
 * - very long lines are cut with an ellipsis.
 */

// C0/C1 controls (newlines and tabs are whitespace, handled by the collapse), and bidi controls.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Removes control and bidi characters and collapses all whitespace (newlines included) into single spaces. */
function sanitizeText(text) {
    return String(text).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
/** Cuts `text` to at most `max` code points, ending with `…` when cut (never splits a surrogate pair). */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return `${points
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}
/** The zero-width space inserted after `@`: the text still reads as `@octocat`, nobody is pinged. */
const MENTION_BREAK = '\u200B';
/** `@user` and `@org/team` no longer notify anyone; e-mail addresses (`a@b.com`) are left alone. */
function neutralizeMentions(text) {
    return text.replace(/(^|\W)@(?=[A-Za-z0-9])/g, `$1@${MENTION_BREAK}`);
}
/** HTML-escapes text for raw HTML contexts (`<summary>`), where Markdown is not parsed. */
function escapeHtml(text, maxLength = MAX_QUOTE_CHARS) {
    return neutralizeMentions(truncate(sanitizeText(text), maxLength))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]|]/;
function escapePlain(text) {
    let out = '';
    for (const char of text) {
        if (char === '&')
            out += '&amp;';
        else if (char === '<')
            out += '&lt;';
        else if (char === '>')
            out += '&gt;';
        else if (MARKDOWN_PUNCTUATION.test(char))
            out += `\\${char}`;
        else
            out += char;
    }
    return out;
}
/** Splits text into plain runs and balanced code spans, with CommonMark's rule: a run of n backticks closes at the next run of exactly n. */
function splitCodeSpans(text) {
    const parts = [];
    let plainStart = 0;
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '`') {
            i += 1;
            continue;
        }
        let runEnd = i;
        while (text[runEnd] === '`')
            runEnd += 1;
        const fence = runEnd - i;
        let closer = -1;
        let j = runEnd;
        while (j < text.length) {
            if (text[j] !== '`') {
                j += 1;
                continue;
            }
            let k = j;
            while (text[k] === '`')
                k += 1;
            if (k - j === fence) {
                closer = j;
                break;
            }
            j = k;
        }
        if (closer === -1) {
            i = runEnd; // unmatched run: stays plain, each backtick escaped
            continue;
        }
        if (i > plainStart)
            parts.push({ code: false, text: text.slice(plainStart, i) });
        parts.push({ code: true, text: text.slice(i, closer + fence) });
        i = closer + fence;
        plainStart = i;
    }
    if (plainStart < text.length)
        parts.push({ code: false, text: text.slice(plainStart) });
    return parts;
}
/** Escapes a construct that would only mean something at the start of a line (heading, list, rule). */
function escapeLineStart(text) {
    if (/^(?:#{1,6}(?: |$)|[-+](?: |$)|[-=]+ *$)/.test(text))
        return `\\${text}`;
    return text.replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}
/**
 * Makes untrusted text safe and single-line inside Markdown: collapses whitespace, cuts long text,
 * neutralises mentions, escapes HTML and Markdown (keeping balanced code spans when `codeSpans`).
 */
function escapeMarkdown(text, opts = {}) {
    const clean = truncate(sanitizeText(text), opts.maxLength ?? MAX_QUOTE_CHARS);
    const parts = opts.codeSpans ? splitCodeSpans(clean) : [{ code: false, text: clean }];
    const escaped = parts
        .map((part) => {
        if (!part.code)
            return escapePlain(neutralizeMentions(part.text));
        return opts.table ? part.text.replace(/\|/g, '\\|') : part.text;
    })
        .join('');
    return escapeLineStart(escaped);
}
/**
 * Untrusted text as one inline code span, whatever backticks it holds: the fence is one backtick
 * longer than the longest run inside, padded with spaces when the text starts or ends with one.
 */
function inlineCode(text, opts = {}) {
    let clean = truncate(sanitizeText(text), opts.maxLength ?? MAX_QUOTE_CHARS);
    if (clean === '')
        return '` `';
    if (opts.table)
        clean = clean.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = /^[` ]|[` ]$/.test(clean) ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/**
 * A URL safe to put in a Markdown link destination: only `https:` and `http:` (never `javascript:`,
 * `data:`, …), no credentials, parentheses and spaces encoded. `undefined` when not safe.
 */
function safeUrl(url) {
    if (!url)
        return undefined;
    const candidate = sanitizeText(url);
    if (candidate.length > 2000)
        return undefined;
    let parsed;
    try {
        parsed = new URL(candidate);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    if (parsed.username || parsed.password)
        return undefined;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}
/** `[text](url)` when the URL is safe, else just the text. `text` must already be escaped Markdown. */
function markdownLink(escapedText, url) {
    const href = safeUrl(url);
    return href ? `[${escapedText}](${href})` : escapedText;
}

;// CONCATENATED MODULE: ./src/report/document-labels.ts

const KIND_LABEL = {
    adr: 'ADR',
    'finetune-config': 'fine-tuning config',
    'rag-config': 'RAG config',
    'training-data': 'training data',
    manifest: 'architecture manifest',
    unknown: 'unreadable document',
};
/** `ADR`, `fine-tuning config`, …; an unexpected kind (a published report is untrusted) is escaped. */
function kindLabel(kind) {
    return KIND_LABEL[kind] ?? escapeMarkdown(kind, { maxLength: 40 });
}
const APPROACH_LABEL = {
    rag: 'retrieval (RAG)',
    'fine-tuning': 'fine-tuning',
    hybrid: 'hybrid (fine-tuned behaviour + retrieved facts)',
    prompting: 'prompting',
    'continued-pretraining': 'continued pre-training',
};
const RECOMMENDATIONS = new Set(['rag', 'fine-tuning', 'hybrid', 'prompting']);
/**
 * One line setting what a decision chose beside what its signals point to (SPEC §6.1
 * `recommendation`), or undefined when the document states neither. Only known enum values are
 * shown, so nothing untrusted gets through.
 */
function decisionLine(document) {
    if (!document)
        return undefined;
    const approach = document.facts['approach'];
    const recommendation = document.facts['recommendation'];
    const chosen = typeof approach === 'string' ? APPROACH_LABEL[approach] : undefined;
    const advised = typeof recommendation === 'string' && RECOMMENDATIONS.has(recommendation) ? APPROACH_LABEL[recommendation] : undefined;
    const noChoice = approach === 'none';
    if (!advised)
        return chosen ? `Chose **${chosen}**.` : undefined;
    if (noChoice || !chosen)
        return `No approach chosen yet; the signals point to **${advised}**.`;
    if (approach === recommendation)
        return `Chose **${chosen}**, which is what the signals point to.`;
    return `Chose **${chosen}**; the signals point to **${advised}**.`;
}
/** `ADR · madr` for a document heading; the format is untrusted text. */
function documentLabel(document) {
    if (!document)
        return undefined;
    const format = document.format ? ` · ${escapeMarkdown(document.format, { maxLength: 60 })}` : '';
    return `${kindLabel(document.kind)}${format}`;
}

;// CONCATENATED MODULE: ./src/report/severity.ts
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** Lower is more severe. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Icons for Markdown (comment, job summary). */
const SEVERITY_ICON = {
    error: '❌',
    warning: '⚠️',
    notice: 'ℹ️',
};
/** `1 error`, `2 warnings`, `0 notices`. */
function pluralize(count, noun) {
    return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
/** `1 error, 2 warnings and 0 notices` (or with `, ` only, for ESLint-like output). */
function formatSeverityCounts(counts, lastSeparator = ' and ') {
    return `${pluralize(counts.errors, 'error')}, ${pluralize(counts.warnings, 'warning')}${lastSeparator}${pluralize(counts.notices, 'notice')}`;
}
/** Only the severities present, for prose: `1 error and 2 notices`; `no findings` when all are zero. */
function formatPresentCounts(counts) {
    const parts = [];
    if (counts.errors)
        parts.push(pluralize(counts.errors, 'error'));
    if (counts.warnings)
        parts.push(pluralize(counts.warnings, 'warning'));
    if (counts.notices)
        parts.push(pluralize(counts.notices, 'notice'));
    if (parts.length === 0)
        return 'no findings';
    const last = parts.pop();
    return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}

;// CONCATENATED MODULE: ./src/report/order-findings.ts

function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Severity, then path, then line, then rule id: deterministic whatever order the evaluator produced. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        byText(a.path, b.path) ||
        a.line - b.line ||
        byText(a.ruleId, b.ruleId) ||
        byText(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/**
 * Groups findings by file. Groups come most severe first: more errors first, then more warnings,
 * then more notices, then by path; within a group, by severity and then line.
 */
function groupByDocument(findings, documents) {
    const byPath = new Map();
    for (const finding of findings) {
        let group = byPath.get(finding.path);
        if (!group) {
            group = {
                path: finding.path,
                document: documents.find((document) => document.path === finding.path),
                findings: [],
                counts: { error: 0, warning: 0, notice: 0 },
            };
            byPath.set(finding.path, group);
        }
        group.findings.push(finding);
        group.counts[finding.severity] += 1;
    }
    const groups = [...byPath.values()];
    for (const group of groups) {
        group.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || compareFindings(a, b));
    }
    return groups.sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.notice - a.counts.notice || byText(a.path, b.path));
}

;// CONCATENATED MODULE: ./src/report/render-footer.ts

/** The first 7 characters of a commit SHA, when it looks like one (the report may be untrusted). */
function shortSha(sha) {
    return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : undefined;
}
/** `Policy: `recommended`, `github:…@v3` (`9fceb02`) · llm-arch-lint 0.1.0 · commit `abc1234` · [workflow run](…)`. */
function renderProvenance(report, runUrl) {
    const sources = report.policy.sources.map((source) => {
        const sha = shortSha(source.sha);
        return `${inlineCode(source.source, { maxLength: 200 })}${sha ? ` (${inlineCode(sha)})` : ''}`;
    });
    const parts = [
        `Policy: ${sources.length > 0 ? sources.join(', ') : 'none'}`,
        `llm-arch-lint ${escapeMarkdown(report.tool.version, { maxLength: 40 })}`,
    ];
    const head = shortSha(report.pullRequest?.headSha);
    if (head)
        parts.push(`commit ${inlineCode(head)}`);
    const run = markdownLink('workflow run', runUrl);
    if (run !== 'workflow run')
        parts.push(run);
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./src/report/to-verdicts.ts
/** The quadrant chart divides each side's signal count by this (SPEC §6.1). */
const SIGNALS_PER_AXIS = 8;
const to_verdicts_RECOMMENDATIONS = ['rag', 'fine-tuning', 'hybrid', 'prompting'];
const APPROACHES = [...to_verdicts_RECOMMENDATIONS, 'continued-pretraining'];
const SHOWN_STATUSES = ['proposed', 'rejected', 'deprecated', 'superseded'];
const VOLATILITY_LABEL = {
    realtime: 'real-time changes',
    daily: 'daily changes',
    weekly: 'weekly changes',
    monthly: 'monthly changes',
    quarterly: 'quarterly changes',
    frequent: 'frequent changes',
};
const FIXED_LABEL = {
    'knowledge.changesFast': 'fast-changing knowledge',
    'requires.citations': 'citations',
    'requires.audit': 'audit trail',
    'knowledge.perTenant': 'per-tenant knowledge',
    'data.sensitive': 'personal or regulated data',
    'data.erasure': 'right to erasure',
    'knowledge.corpusGrowing': 'large, growing corpus',
    'knowledge.corpusDocuments': 'large corpus',
    'finetune.purpose': 'weights meant to hold facts',
    'behavior.strictFormat': 'strict output format',
    'behavior.tone': 'house tone',
    'behavior.narrowTask': 'narrow task',
    'behavior.highVolume': 'high volume',
    'behavior.latencySensitive': 'latency or token cost',
    'behavior.reasoning': 'domain reasoning',
    'behavior.vocabulary': 'domain vocabulary',
    'prompt.instructionTokens': 'long static prompt',
};
/** A key of the table itself, never of `Object.prototype` (`constructor`, `__proto__` come from an untrusted report). */
function own(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key);
}
function finiteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
/** `weekly changes`, `18,000-document corpus`, `2,400-token static prompt`: the signal's name with the value that made it count. */
function signalLabel(fact, facts) {
    if (fact === 'knowledge.changesFast') {
        const volatility = facts['knowledge.volatility'];
        if (typeof volatility === 'string' && own(VOLATILITY_LABEL, volatility))
            return VOLATILITY_LABEL[volatility];
    }
    if (fact === 'knowledge.corpusDocuments') {
        const count = finiteNumber(facts[fact]);
        if (count !== undefined)
            return `${Math.round(count).toLocaleString('en-US')}-document corpus`;
    }
    if (fact === 'prompt.instructionTokens') {
        const tokens = finiteNumber(facts[fact]);
        if (tokens !== undefined)
            return `${Math.round(tokens).toLocaleString('en-US')}-token static prompt`;
    }
    if (fact === 'finetune.purpose' && facts[fact] === 'mixed')
        return 'weights meant to hold facts and behaviour';
    return own(FIXED_LABEL, fact) ? FIXED_LABEL[fact] : undefined;
}
/** The signals of one side, each fact once (a published report may repeat one). */
function sideSignals(document, side) {
    const seen = new Set();
    const out = [];
    for (const signal of Array.isArray(document.signals) ? document.signals : []) {
        if (!signal || signal.side !== side || typeof signal.fact !== 'string' || seen.has(signal.fact))
            continue;
        seen.add(signal.fact);
        out.push({
            fact: signal.fact,
            label: signalLabel(signal.fact, document.facts),
            line: Number.isInteger(signal.line) && signal.line > 0 ? signal.line : 1,
            text: typeof signal.text === 'string' ? signal.text : '',
        });
    }
    return out;
}
/** SPEC §6.1: both sides → hybrid, knowledge only → rag, behaviour only → fine-tuning, neither → prompting. */
function recommend(knowledge, behavior) {
    if (knowledge > 0 && behavior > 0)
        return 'hybrid';
    if (knowledge > 0)
        return 'rag';
    if (behavior > 0)
        return 'fine-tuning';
    return 'prompting';
}
/** Quadrant coordinate of a side: count ÷ 8, capped at 1. */
function axisValue(count) {
    return Math.min(1, Math.max(0, count) / SIGNALS_PER_AXIS);
}
/** Fine-tuning and continued pre-training both train weights: for agreement they are one approach (SPEC §6.3). */
function family(approach) {
    return approach === 'continued-pretraining' ? 'fine-tuning' : approach;
}
/** An LLM decision the verdict judges: an ADR about an LLM system, or an architecture manifest. */
function isLlmDecision(document) {
    if (document.kind === 'manifest')
        return true;
    return document.kind === 'adr' && document.facts?.['adr.llmRelated'] === true;
}
/** Why a choice differs from the recommendation, in the framework's terms; `{k}` and `{b}` name each side's signals. */
const REASONS = {
    rag: {
        'fine-tuning': 'knowledge-side signals ({k}) point to retrieval, and no behaviour-side signal calls for training weights',
        hybrid: 'knowledge-side signals ({k}) point to retrieval; no behaviour-side signal justifies the fine-tuned half',
        prompting: 'knowledge-side signals ({k}) point to retrieval: prompting alone has no store of facts to ground answers in',
    },
    'fine-tuning': {
        rag: 'behaviour-side signals ({b}) point to fine-tuning: retrieval changes what the model knows, not how it behaves',
        hybrid: 'behaviour-side signals ({b}) point to fine-tuning; no knowledge-side signal justifies the retrieval half',
        prompting: 'behaviour-side signals ({b}) point to fine-tuning, once prompting is measured to fall short',
    },
    hybrid: {
        rag: 'behaviour-side signals ({b}) also count: retrieval serves the knowledge side ({k}), not how the model behaves',
        'fine-tuning': 'knowledge-side signals ({k}) point to retrieval: weights should carry the behaviour ({b}), not the facts',
        prompting: 'signals on both sides (knowledge: {k}; behaviour: {b}) point to retrieved facts plus a behaviour fine-tune',
    },
    prompting: {
        rag: 'no knowledge-side signal (fast-changing facts, citations, audit, tenants, a large corpus) calls for retrieval yet',
        'fine-tuning': 'no behaviour-side signal (format, tone, narrow task, latency) calls for training weights: start with prompting',
        hybrid: 'no signal on either side calls for retrieval or training weights: start with prompting',
    },
};
/** Signals named for a reason line: `weekly changes, citations and 2 more`. */
function signalNames(signals, max = 3) {
    const names = signals.slice(0, max).map((signal) => signal.label ?? signal.fact);
    const more = signals.length - names.length;
    if (more > 0)
        return `${names.join(', ')} and ${more} more`;
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
function differsReason(recommendation, chosen, knowledge, behavior) {
    const template = REASONS[recommendation][chosen];
    return template?.replace('{k}', () => signalNames(knowledge)).replace('{b}', () => signalNames(behavior));
}
/**
 * Short, unique chart labels. Mermaid's quadrant grammar accepts letters, digits and spaces safely,
 * and reads some words as keywords anywhere in a point's text (`title`, `classDef`, …): labels use
 * only `[A-Za-z0-9 ]` and never those words. Numbered files get `ADR 0007`; others a few words of
 * their file name; duplicates a letter suffix (`ADR 0007 b`).
 */
const MERMAID_WORDS = new Set(['title', 'classdef', 'quadrantchart', 'acctitle', 'accdescr', 'style', 'class']);
const DEFAULT_MANIFEST = 'llm-architecture';
const MAX_LABEL_CHARS = 16;
function baseName(path) {
    const file = String(path).split('/').pop() ?? '';
    const dot = file.lastIndexOf('.');
    return dot > 0 ? file.slice(0, dot) : file;
}
function labelWords(document) {
    const prefix = document.kind === 'manifest' ? 'Manifest' : 'ADR';
    const name = baseName(document.path);
    const numbered = /^(?:(?:adr|decision|dr)[-_ ]?)?(\d{1,6})(?!\d)/i.exec(name);
    if (numbered?.[1])
        return `${prefix} ${numbered[1]}`;
    if (document.kind === 'manifest' && name.toLowerCase() === DEFAULT_MANIFEST)
        return prefix;
    let label = prefix;
    for (const word of name.split(/[^A-Za-z0-9]+/)) {
        if (!word || MERMAID_WORDS.has(word.toLowerCase()))
            continue;
        if (label.length + 1 + word.length > MAX_LABEL_CHARS)
            break;
        label += ` ${word}`;
    }
    return label;
}
function suffix(n) {
    // b, c, …, z, then 27, 28, … (labels stay in the safe alphabet)
    return n < 25 ? String.fromCharCode(98 + n) : String(n + 2);
}
function chartLabels(documents) {
    const used = new Set();
    return documents.map((document) => {
        const base = labelWords(document);
        let label = base;
        for (let n = 0; used.has(label.toLowerCase()); n += 1)
            label = `${base} ${suffix(n)}`;
        used.add(label.toLowerCase());
        return label;
    });
}
const AGREEMENT_ORDER = { differs: 0, 'no-decision': 1, agrees: 2 };
/**
 * The verdict on every LLM decision in the report: those that differ from what their signals point
 * to first, then undecided ones, then those that agree; by path within each.
 */
function toVerdicts(documents) {
    const decisions = documents.filter(isLlmDecision);
    const labels = chartLabels(decisions);
    const verdicts = decisions.map((document, i) => {
        const knowledge = sideSignals(document, 'knowledge');
        const behavior = sideSignals(document, 'behavior');
        const stated = document.facts['recommendation'];
        const recommendation = typeof stated === 'string' && to_verdicts_RECOMMENDATIONS.includes(stated)
            ? stated
            : recommend(knowledge.length, behavior.length);
        const raw = document.facts['approach'];
        const approach = typeof raw === 'string' && APPROACHES.includes(raw) ? raw : undefined;
        const agreement = !approach ? 'no-decision' : family(approach) === recommendation ? 'agrees' : 'differs';
        const status = document.kind === 'adr' ? document.facts['adr.status'] : undefined;
        return {
            document,
            label: labels[i] ?? 'ADR',
            status: typeof status === 'string' && SHOWN_STATUSES.includes(status) ? status : undefined,
            knowledge,
            behavior,
            recommendation,
            approach,
            agreement,
            reason: agreement === 'differs' && approach ? differsReason(recommendation, family(approach), knowledge, behavior) : undefined,
            x: axisValue(knowledge.length),
            y: axisValue(behavior.length),
        };
    });
    return verdicts.sort((a, b) => AGREEMENT_ORDER[a.agreement] - AGREEMENT_ORDER[b.agreement] ||
        (a.document.path < b.document.path ? -1 : a.document.path > b.document.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/report/render-verdict.ts



/** Characters the verdict section may take in the full comment (about a third of GitHub's 65,536). */
const VERDICT_MAX_CHARS = 20_000;
/** Characters the verdict section may take when the comment has to be compact. */
const VERDICT_COMPACT_MAX_CHARS = 6_000;
/** Table rows shown open in the comment; a longer table folds into `<details>`. */
const VERDICT_OPEN_ROWS = 5;
/** Distinct points on the quadrant chart; decisions at the same place share one point. */
const MAX_CHART_POINTS = 20;
/** Decision labels named on one chart point before `+N` (short: a label on an edge must not be clipped). */
const MAX_LABELS_PER_POINT = 1;
/** Signals listed per side in one table cell of the comment; the rest are counted (the job summary lists all). */
const MAX_SIGNALS_PER_CELL = 3;
/** Evidence quotes in the verdict table are cut to this many characters. */
const VERDICT_QUOTE_CHARS = 80;
const SHORT_APPROACH = {
    rag: 'RAG',
    'fine-tuning': 'fine-tuning',
    hybrid: 'hybrid',
    prompting: 'prompting',
    'continued-pretraining': 'continued pre-training',
};
const AGREEMENT_ICON = { agrees: '✅', differs: '⚠️', 'no-decision': '➖' };
/** Mermaid accepts `1`, `0` or `0.d+` as a coordinate (never `1.0`). */
function formatCoordinate(value) {
    if (!(value > 0))
        return '0';
    if (value >= 1)
        return '1';
    return value.toFixed(3).replace(/0+$/, '');
}
/** Decisions grouped by place, in table order, at most `MAX_CHART_POINTS` places. */
function chartPoints(verdicts) {
    const byPlace = new Map();
    let left = 0;
    for (const verdict of verdicts) {
        const key = `${verdict.x},${verdict.y}`;
        const point = byPlace.get(key);
        if (point)
            point.labels.push(verdict.label);
        else if (byPlace.size < MAX_CHART_POINTS)
            byPlace.set(key, { x: verdict.x, y: verdict.y, labels: [verdict.label] });
        else
            left += 1;
    }
    return { points: [...byPlace.values()], left };
}
function pointLabel(labels) {
    const named = labels.slice(0, MAX_LABELS_PER_POINT).join(', ');
    const more = labels.length - MAX_LABELS_PER_POINT;
    return more > 0 ? `${named} +${more}` : named;
}
/**
 * Room around the quadrants for the labels of decisions on an edge (no signal on a side puts a point
 * on the axis): without it they run into the axis titles. A directive, which every Mermaid version
 * GitHub has used reads; unknown keys are ignored.
 */
const CHART_CONFIG = '%%{init: {"quadrantChart": {"chartWidth": 560, "chartHeight": 500, "quadrantPadding": 50, "pointLabelFontSize": 13, "xAxisLabelFontSize": 14, "yAxisLabelFontSize": 14}}}%%';
/**
 * The Mermaid quadrant chart: x = knowledge need, y = behaviour need, each signal count ÷ 8 capped
 * at 1 (SPEC §6.1). Quadrant 1 is top right. Every line is fixed text or a label from the safe
 * alphabet, so nothing from the pull request reaches Mermaid's parser.
 */
function renderQuadrantChart(verdicts) {
    const { points, left } = chartPoints(verdicts);
    const lines = [
        '```mermaid',
        CHART_CONFIG,
        'quadrantChart',
        '  title Knowledge need × behaviour need',
        '  x-axis Low knowledge need --> High knowledge need',
        '  y-axis Low behaviour need --> High behaviour need',
        '  quadrant-1 Hybrid',
        '  quadrant-2 Fine-tuning',
        '  quadrant-3 Prompting',
        '  quadrant-4 RAG',
        ...points.map((point) => `  ${pointLabel(point.labels)}: [${formatCoordinate(point.x)}, ${formatCoordinate(point.y)}]`),
        '```',
    ];
    return { chart: lines.join('\n'), left };
}
function signalName(signal) {
    return signal.label ?? escapeMarkdown(signal.fact, { maxLength: 60, table: true });
}
/**
 * One side's signals for a table cell. Full: each with its line and quote, signals quoting the same
 * line and text sharing one quote (a manifest's `behavior:` list); compact: names only.
 */
function sideCell(side, signals, { detail, perSide }) {
    if (signals.length === 0)
        return `**${side}:** none`;
    // Never "and 1 more": one more entry costs what the note would.
    const limit = signals.length === perSide + 1 ? signals.length : perSide;
    const shown = signals.slice(0, limit);
    const more = signals.length - shown.length;
    const tail = more > 0 ? ` and ${more} more` : '';
    if (detail === 'compact')
        return `**${side} (${signals.length}):** ${shown.map(signalName).join(', ')}${tail}`;
    const groups = [];
    for (const signal of shown) {
        const quote = escapeMarkdown(signal.text, { table: true, maxLength: VERDICT_QUOTE_CHARS });
        const same = quote ? groups.find((group) => group.line === signal.line && group.quote === quote) : undefined;
        if (same)
            same.names.push(signalName(signal));
        else
            groups.push({ names: [signalName(signal)], line: signal.line, quote });
    }
    const items = groups.map((group) => group.quote ? `${group.names.join(', ')} (line ${group.line}: “${group.quote}”)` : group.names.join(', '));
    return `**${side} (${signals.length}):** ${items.join('; ')}${tail}`;
}
function signalsCell(verdict, cells) {
    return [sideCell('Knowledge', verdict.knowledge, cells), sideCell('Behaviour', verdict.behavior, cells)].join('<br>');
}
function decisionCell(verdict, { detail }) {
    const parts = [inlineCode(verdict.document.path, { table: true })];
    const title = verdict.document.facts['adr.title'];
    if (detail === 'full' && typeof title === 'string' && title.trim() !== '') {
        parts.push(escapeMarkdown(title, { table: true, maxLength: 80 }));
    }
    if (verdict.status)
        parts.push(`_${verdict.status}_`);
    return parts.join('<br>');
}
function approachCell(approach) {
    return approach ? SHORT_APPROACH[approach] : '—';
}
function recommendationCell(recommendation) {
    return `**${SHORT_APPROACH[recommendation]}**`;
}
function agreementCell(verdict) {
    const icon = AGREEMENT_ICON[verdict.agreement];
    if (verdict.agreement === 'agrees')
        return `${icon} agrees`;
    if (verdict.agreement === 'no-decision')
        return `${icon} no decision yet`;
    const reason = verdict.reason ? `: ${escapeMarkdown(verdict.reason, { table: true, maxLength: 400 })}` : '';
    return `${icon} differs${reason}`;
}
const TABLE_HEAD = ['| Chart | Decision | Signals found | Recommended | Chosen | Verdict |', '|---|---|---|---|---|---|'].join('\n');
function tableRow(verdict, cells) {
    return `| ${[
        verdict.label,
        decisionCell(verdict, cells),
        signalsCell(verdict, cells),
        recommendationCell(verdict.recommendation),
        approachCell(verdict.approach),
        agreementCell(verdict),
    ].join(' | ')} |`;
}
function count(verdicts, agreement) {
    return verdicts.filter((verdict) => verdict.agreement === agreement).length;
}
function joinAnd(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/** `2 differ, 1 agrees and 1 has no decision yet`: only the kinds present; `long` says against what, for prose. */
function agreementCounts(verdicts, long = false) {
    const differs = count(verdicts, 'differs');
    const agrees = count(verdicts, 'agrees');
    const undecided = count(verdicts, 'no-decision');
    const their = (n) => (n === 1 ? 'its' : 'their');
    const parts = [];
    if (differs) {
        const text = `${differs} ${differs === 1 ? 'differs' : 'differ'}`;
        parts.push(long ? `**${text}** from what ${their(differs)} signals point to` : text);
    }
    if (agrees) {
        const text = `${agrees} ${agrees === 1 ? 'agrees' : 'agree'}`;
        parts.push(long && !differs ? `${text} with what ${their(agrees)} signals point to` : text);
    }
    if (undecided)
        parts.push(`${undecided} ${undecided === 1 ? 'has' : 'have'} no decision yet`);
    return joinAnd(parts);
}
function lead(verdicts) {
    const framework = 'Retrieval changes what a model **knows**, fine-tuning how it **behaves**: knowledge-side signals point to RAG, behaviour-side signals to fine-tuning, both to a hybrid, neither to prompting.';
    let tally;
    if (verdicts.length === 1) {
        const only = verdicts[0]?.agreement;
        tally =
            only === 'differs'
                ? '**The LLM decision differs** from what its signals point to.'
                : only === 'agrees'
                    ? 'The LLM decision agrees with what its signals point to.'
                    : 'The LLM decision chooses no approach yet.';
    }
    else {
        tally = `Of ${pluralize(verdicts.length, 'LLM decision')}, ${agreementCounts(verdicts, true)}.`;
    }
    return `${framework} ${tally}`;
}
function caption(verdicts, left) {
    const plotted = left > 0
        ? ` The chart shows ${verdicts.length - left} of ${verdicts.length} decisions (at most ${MAX_CHART_POINTS} points); the table lists them.`
        : '';
    return `<sub>Each decision sits at (knowledge-side signals ÷ ${SIGNALS_PER_AXIS}, behaviour-side signals ÷ ${SIGNALS_PER_AXIS}), capped at 1. One signal on a side already counts for the recommendation, so a decision near the lower left may still point to RAG or fine-tuning: the table has the verdict.${plotted}</sub>`;
}
function folded(verdicts, table) {
    return [
        '<details>',
        `<summary>Verdict table: ${escapeHtml(`${pluralize(verdicts.length, 'LLM decision')} (${agreementCounts(verdicts)})`)}</summary>`,
        '',
        table,
        '',
        '</details>',
    ].join('\n');
}
/**
 * The verdict section for the report's LLM decisions (ADRs with `adr.llmRelated`, manifests), or
 * undefined when there is none. Never larger than `maxSize`: rows that do not fit are counted; when
 * not even the chart fits, only the tally is left, and when not even that, nothing.
 */
function renderVerdict(report, opts) {
    const verdicts = toVerdicts(report.documents);
    if (verdicts.length === 0)
        return undefined;
    const openRows = opts.openRows ?? VERDICT_OPEN_ROWS;
    const maxSize = opts.maxSize ?? VERDICT_MAX_CHARS;
    const measure = opts.measure ?? ((text) => text.length);
    const { chart, left } = renderQuadrantChart(verdicts);
    const cells = { detail: opts.detail ?? 'full', perSide: Math.max(1, opts.signalsPerSide ?? MAX_SIGNALS_PER_CELL) };
    const rows = verdicts.map((verdict) => tableRow(verdict, cells));
    const build = (shown) => {
        const hidden = verdicts.length - shown;
        const table = shown > 0 ? [TABLE_HEAD, ...rows.slice(0, shown)].join('\n') : '';
        const note = hidden > 0
            ? `_… and ${pluralize(hidden, 'more LLM decision')} left out to keep this within GitHub's size limit${opts.moreHint ? `: ${opts.moreHint}` : ''}._`
            : undefined;
        const body = [table, note].filter(Boolean).join('\n\n');
        const blocks = [
            opts.heading,
            lead(verdicts),
            chart,
            caption(verdicts, left),
            verdicts.length > openRows && body ? folded(verdicts, body) : body,
        ];
        return blocks.filter(Boolean).join('\n\n');
    };
    let low = 0;
    let high = rows.length;
    if (measure(build(high)) <= maxSize)
        return build(high);
    if (measure(build(0)) > maxSize) {
        const minimal = [opts.heading, lead(verdicts)].join('\n\n');
        return measure(minimal) <= maxSize ? minimal : undefined;
    }
    // Sizes grow with the rows shown: binary-search the most that fit.
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (measure(build(mid)) <= maxSize)
            low = mid;
        else
            high = mid - 1;
    }
    return build(low);
}

;// CONCATENATED MODULE: ./src/report/render-comment.ts








/** The hidden first line by which the action finds its own comment again on every run. */
const COMMENT_MARKER = '<!-- llm-arch-lint:summary -->';
const HEADING = '## LLM architecture review';
function checkMarker(marker) {
    if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
        throw new TypeError(`comment marker must be one HTML comment on one line, got ${JSON.stringify(marker)}`);
    }
    return marker;
}
function ruleLink(finding) {
    return markdownLink(inlineCode(finding.ruleId, { maxLength: 100 }), finding.helpUri);
}
function message(text) {
    return escapeMarkdown(text, { codeSpans: true, maxLength: MAX_MESSAGE_CHARS });
}
function evidenceLines(finding) {
    const shown = finding.evidence.slice(0, MAX_EVIDENCE_PER_FINDING);
    const lines = shown.map((evidence) => `  > ${escapeMarkdown(evidence.path)}:${evidence.line} — "${escapeMarkdown(evidence.text)}"`);
    const more = finding.evidence.length - shown.length;
    if (more > 0)
        lines.push(`  > … and ${pluralize(more, 'more quote')} in the job summary and report`);
    // A trailing backslash is a hard line break: one quote per line, wherever the Markdown is shown.
    return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}
/** One finding: a list item with title, linked rule id, line and message; in full detail also its evidence and remedy. */
function renderFinding(finding, detail) {
    const icon = SEVERITY_ICON[finding.severity];
    if (detail === 'compact') {
        return `- ${icon} ${ruleLink(finding)} · line ${finding.line} — ${message(finding.message)}`;
    }
    const lines = [
        `- ${icon} **${escapeMarkdown(finding.title, { codeSpans: true, maxLength: 200 })}** · ${ruleLink(finding)} · line ${finding.line}`,
        `  ${message(finding.message)}`,
        ...evidenceLines(finding),
    ];
    const remedy = message(finding.remedy);
    if (remedy)
        lines.push('', `  **Remedy:** ${remedy}`);
    return lines.join('\n');
}
function groupHeading(group) {
    const lines = [`### ${inlineCode(group.path)}`];
    const about = [documentLabel(group.document), decisionLine(group.document)].filter(Boolean);
    if (about.length > 0)
        lines.push('', about.join(' — '));
    return lines.join('\n');
}
function countsOf(findings) {
    return formatPresentCounts(countOpen({ findings: [...findings] }));
}
function render_comment_folded(summary, items) {
    return ['<details>', `<summary>${summary}</summary>`, '', items.join('\n\n'), '', '</details>'].join('\n');
}
function renderGroup(group, shown, rest, detail) {
    const blocks = [groupHeading(group)];
    if (shown.length > 0)
        blocks.push(shown.map((finding) => renderFinding(finding, detail)).join(detail === 'full' ? '\n\n' : '\n'));
    if (rest.length > 0) {
        blocks.push(render_comment_folded(`${pluralize(rest.length, 'more finding')} in this file (${countsOf(rest)})`, rest.map((finding) => renderFinding(finding, detail))));
    }
    return blocks.join('\n\n');
}
/**
 * All groups in full or compact detail. In full detail only the `COMMENT_EXPANDED_FINDINGS` most
 * severe findings (across documents) show expanded: a document's other findings fold into
 * `<details>` under its heading, and documents with nothing expanded fold together at the end.
 */
function renderGroups(groups, detail) {
    const all = sortFindings(groups.flatMap((group) => group.findings));
    const expanded = new Set(detail === 'full' ? all.slice(0, COMMENT_EXPANDED_FINDINGS) : all);
    const visible = [];
    const foldedGroups = [];
    for (const group of groups) {
        const shown = group.findings.filter((finding) => expanded.has(finding));
        if (shown.length === 0) {
            foldedGroups.push(group);
            continue;
        }
        visible.push(renderGroup(group, shown, group.findings.filter((finding) => !expanded.has(finding)), detail));
    }
    if (foldedGroups.length > 0) {
        const findings = foldedGroups.flatMap((group) => group.findings);
        visible.push(render_comment_folded(`${pluralize(findings.length, 'more finding')} in ${pluralize(foldedGroups.length, 'other file')} (${countsOf(findings)})`, foldedGroups.map((group) => renderGroup(group, group.findings, [], detail))));
    }
    return visible.join('\n\n');
}
function documentsReviewed(report) {
    return `${pluralize(report.documents.length, 'document')} reviewed`;
}
function verdict(report, counts, files) {
    const suppressed = counts.suppressed > 0
        ? `; ${pluralize(counts.suppressed, 'suppressed finding')} ${counts.suppressed === 1 ? 'is' : 'are'} not counted`
        : '';
    return `**${formatPresentCounts(counts)}** in ${pluralize(files, 'file')} (${documentsReviewed(report)})${suppressed}.`;
}
function allClear(report, counts) {
    const head = shortSha(report.pullRequest?.headSha);
    const at = head ? ` at ${inlineCode(head)}` : '';
    const lines = [
        report.documents.length > 0
            ? `✅ **All clear.** No open findings in the ${documentsReviewed(report)}${at}: everything reported earlier on this pull request is fixed.`
            : `✅ **All clear.** No ADR or model config is in scope${at}, so nothing is open: everything reported earlier on this pull request is resolved. The job summary lists the globs that were tried.`,
    ];
    if (counts.suppressed > 0) {
        lines.push('', `${pluralize(counts.suppressed, 'finding')} ${counts.suppressed === 1 ? 'stays' : 'stay'} suppressed by a reasoned exception in the document (listed below).`);
    }
    return lines.join('\n');
}
function renderSuppressed(findings) {
    const suppressed = sortFindings(findings.filter((finding) => !isOpen(finding)));
    if (suppressed.length === 0)
        return undefined;
    const shown = suppressed.slice(0, COMMENT_MAX_SUPPRESSED);
    const items = shown.map((finding) => {
        const until = finding.suppressed?.until ? ` until ${escapeMarkdown(finding.suppressed.until, { maxLength: 40 })}` : '';
        return `- ${SEVERITY_ICON[finding.severity]} ${ruleLink(finding)} · ${inlineCode(finding.path)} line ${finding.line} — reason: "${escapeMarkdown(finding.suppressed?.reason ?? '')}"${until}`;
    });
    if (suppressed.length > shown.length) {
        items.push(`- … and ${pluralize(suppressed.length - shown.length, 'more')}, listed in the job summary`);
    }
    return render_comment_folded(`${pluralize(suppressed.length, 'suppressed finding')}`, items);
}
function footer(report, opts) {
    return ['---', `<sub>${renderProvenance(report, opts.runUrl)}</sub>`].join('\n');
}
function whereTheRestIs(opts) {
    const summary = markdownLink('job summary', opts.runUrl);
    return `The ${summary} of this run and the JSON report (the step's \`report\` output) have them all`;
}
function compactNote(opts) {
    return `> Evidence and remedies are left out to keep this comment under GitHub's ${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit. ${whereTheRestIs(opts)}.`;
}
function overflowNote(hidden, opts) {
    const counts = countOpen({ findings: [...hidden] });
    return `> **${pluralize(hidden.length, 'more finding')} not shown** (${formatPresentCounts(counts)}): GitHub limits a comment to ${MAX_COMMENT_CHARS.toLocaleString('en-US')} characters. ${whereTheRestIs(opts)}.`;
}
const VERDICT_HEADING = "### The framework's verdict";
/**
 * The framework's verdict on the LLM decisions (signals, recommendation, agreement, quadrant chart):
 * in full detail within `VERDICT_MAX_CHARS` (under a third of the comment), or by signal names only
 * within `VERDICT_COMPACT_MAX_CHARS` when the comment must be compact.
 */
function frameworkVerdict(report, opts, detail) {
    return renderVerdict(report, {
        heading: VERDICT_HEADING,
        detail,
        maxSize: detail === 'full' ? VERDICT_MAX_CHARS : VERDICT_COMPACT_MAX_CHARS,
        moreHint: `the ${markdownLink('job summary', opts.runUrl)} of this run and the JSON report list them all`,
    });
}
function assemble(blocks) {
    return `${blocks.filter((block) => block !== undefined && block !== '').join('\n\n')}\n`;
}
/**
 * Last resort for huge reports: the most severe findings (across documents), one compact line each,
 * still grouped by document, as many as fit; the rest are counted by severity with a pointer to the
 * job summary and the JSON report.
 */
function renderWithinBudget(head, open, report, tail, opts) {
    const ranked = sortFindings(open);
    const build = (shownCount) => {
        const sections = groupByDocument(ranked.slice(0, shownCount), report.documents).map((group) => `${groupHeading(group)}\n\n${group.findings.map((finding) => renderFinding(finding, 'compact')).join('\n')}`);
        const hidden = ranked.slice(shownCount);
        return assemble([...head, ...sections, hidden.length > 0 ? overflowNote(hidden, opts) : undefined, ...tail]);
    };
    // Lengths grow with the number shown: binary-search the largest count that fits.
    let low = 0;
    let high = ranked.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (build(mid).length <= MAX_COMMENT_CHARS)
            low = mid;
        else
            high = mid - 1;
    }
    return build(low);
}
/** Never reached with a sane report; a published report is untrusted, so the limit holds whatever it holds. */
function hardCap(text) {
    if (text.length <= MAX_COMMENT_CHARS)
        return text;
    const note = "\n\n> This comment was cut at GitHub's size limit; the job summary and the JSON report have everything.\n";
    const cut = text.slice(0, MAX_COMMENT_CHARS - note.length);
    return `${cut.slice(0, Math.max(cut.indexOf('\n'), cut.lastIndexOf('\n')))}${note}`;
}
/** The sticky PR summary comment; its first line is the hidden marker. Never longer than `MAX_COMMENT_CHARS`. */
function renderComment(report, opts = {}) {
    return hardCap(renderUncapped(report, opts));
}
function renderUncapped(report, opts) {
    const marker = checkMarker(opts.marker ?? COMMENT_MARKER);
    const counts = countOpen(report);
    const open = report.findings.filter(isOpen);
    const suppressed = renderSuppressed(report.findings);
    const tail = [footer(report, opts)];
    if (open.length === 0) {
        return assemble([`${marker}\n${HEADING}`, allClear(report, counts), frameworkVerdict(report, opts, 'full'), suppressed, ...tail]);
    }
    const groups = groupByDocument(open, report.documents);
    const head = [`${marker}\n${HEADING}`, verdict(report, counts, groups.length)];
    const full = assemble([...head, frameworkVerdict(report, opts, 'full'), renderGroups(groups, 'full'), suppressed, ...tail]);
    if (full.length <= MAX_COMMENT_CHARS)
        return full;
    const compactHead = [...head, compactNote(opts), frameworkVerdict(report, opts, 'compact')];
    const compact = assemble([...compactHead, renderGroups(groups, 'compact'), suppressed, ...tail]);
    if (compact.length <= MAX_COMMENT_CHARS)
        return compact;
    return renderWithinBudget(compactHead, open, report, tail, opts);
}

;// CONCATENATED MODULE: ./src/report/render-stylish.ts




const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS = {
    underline: sgr(4, 24),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    severity: { error: sgr(31, 39), warning: sgr(33, 39), notice: sgr(36, 39) },
    ok: sgr(32, 39),
};
const plain = (text) => text;
const NO_COLORS = {
    underline: plain,
    dim: plain,
    bold: plain,
    severity: { error: plain, warning: plain, notice: plain },
    ok: plain,
};
function width(text) {
    return Array.from(text).length;
}
function padEnd(text, size) {
    return text + ' '.repeat(Math.max(0, size - width(text)));
}
function padStart(text, size) {
    return ' '.repeat(Math.max(0, size - width(text))) + text;
}
function renderFile(path, findings, colors) {
    const rows = findings.map((finding) => ({
        position: `${finding.line}:1`,
        severity: finding.severity,
        message: sanitizeText(finding.message),
        ruleId: sanitizeText(finding.ruleId),
    }));
    const positionWidth = Math.max(...rows.map((row) => width(row.position)));
    const severityWidth = Math.max(...rows.map((row) => width(row.severity)));
    const messageWidth = Math.max(...rows.map((row) => width(row.message)));
    const lines = rows.map((row) => [
        '',
        colors.dim(padStart(row.position, positionWidth)),
        colors.severity[row.severity](padEnd(row.severity, severityWidth)),
        padEnd(row.message, messageWidth),
        colors.dim(row.ruleId),
    ]
        .join('  ')
        .trimEnd());
    return [colors.underline(sanitizeText(path)), ...lines].join('\n');
}
/** ESLint-stylish text of the report's open findings, with a total line that counts suppressed ones apart. */
function renderStylish(report, opts) {
    const colors = opts.color ? COLORS : NO_COLORS;
    const counts = countOpen(report);
    const suppressed = counts.suppressed > 0 ? `, ${pluralize(counts.suppressed, 'suppressed')}` : '';
    const notes = report.notes.map((note) => colors.dim(`note: ${sanitizeText(note)}`));
    if (counts.findings === 0) {
        const total = report.documents.length === 0
            ? colors.severity.warning('No ADR or model config found: nothing was checked.')
            : colors.ok(`✔ No problems in ${pluralize(report.documents.length, 'document')}${suppressed}`);
        return `${[...notes, total].join('\n')}\n`;
    }
    const byFile = new Map();
    for (const finding of [...report.findings].filter(isOpen).sort(compareFindings)) {
        const list = byFile.get(finding.path) ?? [];
        list.push(finding);
        byFile.set(finding.path, list);
    }
    const files = [...byFile.keys()].sort().map((path) => {
        const findings = (byFile.get(path) ?? []).sort((a, b) => a.line - b.line || compareFindings(a, b));
        return renderFile(path, findings, colors);
    });
    const worst = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'notice';
    const total = colors.bold(colors.severity[worst](`✖ ${pluralize(counts.findings, 'problem')} (${formatSeverityCounts(counts, ', ')})${suppressed}`));
    return `\n${files.join('\n\n')}\n\n${[...notes, total].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/merge-reports.ts
/**
 * The org-level view of many repositories' JSON reports (SPEC §4 `--merge`): per repository the open findings by
 * severity, the suppressed ones, and the open findings per rule; per rule how many repositories and findings.
 * Counts come from the findings themselves (never from a report's `summary`). Reports naming the same repository
 * add up. Pure: reports in, the merged view and its renderings out.
 */



const COUNT_OF = { error: 'errors', warning: 'warnings', notice: 'notices' };
/** Repositories by name; rules by open findings (most first), then id. */
function mergeReports(reports) {
    const byRepo = new Map();
    for (const report of reports) {
        let repo = byRepo.get(report.repository);
        if (!repo) {
            repo = { repository: report.repository, errors: 0, warnings: 0, notices: 0, suppressed: 0, rules: {} };
            byRepo.set(report.repository, repo);
        }
        for (const f of report.findings) {
            if (!isOpen(f)) {
                repo.suppressed += 1;
                continue;
            }
            repo[COUNT_OF[f.severity]] += 1;
            repo.rules[f.ruleId] = (repo.rules[f.ruleId] ?? 0) + 1;
        }
    }
    const repositories = [...byRepo.values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
    const totals = new Map();
    for (const repo of repositories) {
        repo.rules = sortedRules(repo.rules);
        for (const [id, count] of Object.entries(repo.rules)) {
            const t = totals.get(id) ?? { repositories: 0, findings: 0 };
            t.repositories += 1;
            t.findings += count;
            totals.set(id, t);
        }
    }
    const rules = Object.fromEntries([...totals.entries()].sort(([a, x], [b, y]) => y.findings - x.findings || y.repositories - x.repositories || (a < b ? -1 : 1)));
    return { repositories, rules };
}
function sortedRules(rules) {
    return Object.fromEntries(Object.entries(rules).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
}
/** Open findings of the merged view, by severity. */
function mergedTotals(merged) {
    const t = { errors: 0, warnings: 0, notices: 0, suppressed: 0 };
    for (const r of merged.repositories) {
        t.errors += r.errors;
        t.warnings += r.warnings;
        t.notices += r.notices;
        t.suppressed += r.suppressed;
    }
    return t;
}
/** `--fail-on` over the merged open findings (suppressed ones never fail). */
function mergedFailsOn(merged, failOn) {
    const t = mergedTotals(merged);
    if (failOn === 'never')
        return false;
    if (failOn === 'error')
        return t.errors > 0;
    if (failOn === 'warning')
        return t.errors + t.warnings > 0;
    return t.errors + t.warnings + t.notices > 0;
}
/** `--format json`: the merged view, exactly. */
const toMergedJson = (merged) => `${JSON.stringify(merged, null, 2)}\n`;
const headline = (merged) => {
    const t = mergedTotals(merged);
    const failing = merged.repositories.filter((r) => r.errors + r.warnings + r.notices > 0).length;
    return (`${merged.repositories.length.toLocaleString('en-US')} ${merged.repositories.length === 1 ? 'repository' : 'repositories'}, ` +
        `${failing.toLocaleString('en-US')} with open findings: ` +
        `${formatSeverityCounts(t)}, ${t.suppressed} suppressed`);
};
const ruleList = (rules, code) => Object.entries(rules)
    .map(([id, n]) => `${code(id)} (${n})`)
    .join(', ');
/** `--format markdown`: two tables for a job summary — repositories with their rules, then rules across repositories. */
function renderMergedMarkdown(merged) {
    const lines = [`## llm-arch-lint across the organisation`, '', headline(merged), ''];
    if (merged.repositories.length) {
        lines.push('| repository | errors | warnings | notices | suppressed | open findings by rule |', '| --- | --: | --: | --: | --: | --- |');
        for (const r of merged.repositories) {
            const rules = ruleList(r.rules, (id) => inlineCode(id, { table: true })) || '—';
            lines.push(`| ${inlineCode(r.repository, { table: true })} | ${r.errors} | ${r.warnings} | ${r.notices} | ${r.suppressed} | ${rules} |`);
        }
        lines.push('');
    }
    const rules = Object.entries(merged.rules);
    if (rules.length) {
        lines.push('| rule | repositories | open findings |', '| --- | --: | --: |');
        for (const [id, t] of rules)
            lines.push(`| ${inlineCode(id, { table: true })} | ${t.repositories} | ${t.findings} |`);
        lines.push('');
    }
    return lines.join('\n');
}
/** `--format stylish`: the same two tables as aligned text. */
function renderMergedStylish(merged) {
    const table = (rows, right) => {
        const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
        return rows.map((r) => r
            .map((cell, i) => (i === r.length - 1 ? cell : right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
            .join('  ')
            .trimEnd());
    };
    const out = [];
    if (merged.repositories.length) {
        const rows = [['repository', 'errors', 'warnings', 'notices', 'suppressed', 'rules']];
        for (const r of merged.repositories) {
            rows.push([
                r.repository,
                String(r.errors),
                String(r.warnings),
                String(r.notices),
                String(r.suppressed),
                ruleList(r.rules, (id) => id) || '-',
            ]);
        }
        out.push(...table(rows, new Set([1, 2, 3, 4])), '');
    }
    const rules = Object.entries(merged.rules);
    if (rules.length) {
        const rows = [['rule', 'repositories', 'findings'], ...rules.map(([id, t]) => [id, String(t.repositories), String(t.findings)])];
        // The last column is right-aligned too: pad it explicitly.
        const width = Math.max(...rows.map((r) => (r[2] ?? '').length));
        out.push(...table(rows.map((r) => [r[0] ?? '', r[1] ?? '', (r[2] ?? '').padStart(width)]), new Set([1])), '');
    }
    out.push(headline(merged), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __nccwpck_require__(2815);
var dist_default = /*#__PURE__*/__nccwpck_require__.n(dist);
;// CONCATENATED MODULE: ./src/report/validate-report.ts
/**
 * A JSON report checked against policies/schema/report.schema.json (embedded): used by `mode: publish` and by the
 * CLI's `--merge`, which both read reports they did not write. Pure.
 */



/** A report file larger than this is refused. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
let validator;
/** The schema violations of `value` (`/findings/0/severity must be equal to one of the allowed values`); empty when valid. */
function reportSchemaErrors(value) {
    if (!validator) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: false });
        dist_default()["default"](ajv);
        validator = ajv.compile(embedded_assets/* SCHEMAS */.H['report']);
    }
    if (validator(value))
        return [];
    return (validator.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}
/** The first few violations in one line, for an error message. */
function formatSchemaErrors(errors, shown = 5) {
    return `${errors.slice(0, shown).join('; ')}${errors.length > shown ? ` (and ${errors.length - shown} more)` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/to-json.ts
/** Two-space indented JSON with a trailing newline. */
function toJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/to-sarif.ts

const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints` (versioned: a change of the fingerprint recipe bumps it). */
const SARIF_FINGERPRINT_KEY = 'llmArchLintFingerprint/v1';
const TOOL_URI = 'https://github.com/llm-arch-lint/llm-arch-lint';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note', off: 'none' };
/** Text for SARIF: no control characters (a document cannot drive a viewer's terminal), bounded. */
function to_sarif_text(value, max = 4000) {
    const clean = sanitizeText(value);
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
/** `finetune-for-fresh-facts` → `FinetuneForFreshFacts` (SARIF's rule `name` is an identifier-like label). */
function ruleName(id) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
    return name || 'Rule';
}
/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
function toUri(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function safeHelpUri(uri) {
    if (!uri)
        return undefined;
    try {
        const parsed = new URL(uri);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
    }
    catch {
        return undefined;
    }
}
function to_sarif_toRule(rule) {
    const title = to_sarif_text(rule.title || rule.id, 1000);
    const description = to_sarif_text(rule.description || rule.title || rule.id);
    const remedy = to_sarif_text(rule.remedy);
    const helpUri = safeHelpUri(rule.helpUri);
    const helpText = [description, remedy ? `Remedy: ${remedy}` : '', helpUri ? `Documentation: ${helpUri}` : '']
        .filter(Boolean)
        .join('\n\n');
    const helpMarkdown = [
        `**${title}**`,
        description,
        remedy ? `**Remedy:** ${remedy}` : '',
        helpUri ? `[Rule documentation](${helpUri})` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: title },
        fullDescription: { text: description },
        help: { text: helpText, markdown: helpMarkdown },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: LEVEL[rule.severity] ?? 'warning', enabled: rule.severity !== 'off' },
        properties: { tags: ['llm-architecture', 'maintainability'] },
    };
}
function to_sarif_location(path, line, snippet) {
    return {
        physicalLocation: {
            artifactLocation: { uri: toUri(path), uriBaseId: '%SRCROOT%' },
            region: { startLine: Number.isInteger(line) && line >= 1 ? line : 1, ...(snippet ? { snippet: { text: to_sarif_text(snippet, 1000) } } : {}) },
        },
    };
}
function toResult(finding, ruleIndex) {
    const remedy = to_sarif_text(finding.remedy);
    const primary = finding.evidence.find((e) => e.path === finding.path && e.line === finding.line);
    const related = finding.evidence
        .filter((e) => e !== primary)
        .slice(0, 20)
        .map((e, i) => ({ ...to_sarif_location(e.path, e.line), id: i + 1, message: { text: to_sarif_text(e.text, 1000) || 'evidence' } }));
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity] ?? 'warning',
        message: { text: [to_sarif_text(finding.message) || to_sarif_text(finding.title), remedy ? `Remedy: ${remedy}` : ''].filter(Boolean).join(' ') },
        locations: [to_sarif_location(finding.path, finding.line, primary?.text)],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: to_sarif_text(finding.fingerprint, 200) },
        ...(finding.suppressed ? { suppressions: [{ kind: 'inSource', justification: to_sarif_text(finding.suppressed.reason, 1000) }] } : {}),
    };
}
/** The SARIF 2.1.0 log of a report. */
function toSarif(report) {
    const rules = [];
    const index = new Map();
    const addRule = (rule) => {
        const known = index.get(rule.id);
        if (known !== undefined)
            return known;
        index.set(rule.id, rules.length);
        rules.push(to_sarif_toRule(rule));
        return rules.length - 1;
    };
    for (const rule of report.policy.rules)
        if (rule.severity !== 'off')
            addRule(rule);
    const results = report.findings.map((finding) => toResult(finding, addRule({
        id: finding.ruleId,
        severity: finding.severity,
        title: finding.title,
        description: finding.title,
        remedy: finding.remedy,
        helpUri: finding.helpUri,
    })));
    const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(report.tool.version) ? report.tool.version : undefined;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'llm-arch-lint',
                        version: to_sarif_text(report.tool.version, 100),
                        ...(semver ? { semanticVersion: semver } : {}),
                        informationUri: TOOL_URI,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
                results,
                properties: { repository: to_sarif_text(report.repository, 300) },
            },
        ],
    };
}
/** The log as written to a file: two-space JSON with a trailing newline. */
function toSarifJson(report) {
    return `${JSON.stringify(toSarif(report), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version, recorded in every report; kept equal to package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/parse-args.ts
/** Command-line arguments (SPEC §4); usage errors exit with code 2. */

const FORMATS = ['stylish', 'json', 'sarif', 'markdown'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
class UsageError extends Error {
}
const USAGE = `Usage: llm-arch-lint [options] [paths...]

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
  --concurrency <n>      threads that read ADRs: a number, auto (default: more than one
                         only for thousands of ADRs on a multi-core machine) or off
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, config or policy error.`;
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
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
                concurrency: { type: 'string', default: 'auto' },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (e) {
        throw new UsageError(e.message);
    }
    const v = parsed.values;
    const format = v.format;
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}".`);
    const failOn = v['fail-on'];
    if (!FAIL_ON.includes(failOn))
        throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}".`);
    const concurrency = parseConcurrency(v.concurrency);
    const merge = v.merge;
    if (merge) {
        if (format === 'sarif')
            throw new UsageError('--merge prints stylish, json or markdown, not sarif.');
        for (const [flag, given] of [
            ['--config', v.config !== undefined],
            ['--rules', v.rules === true],
            ['--explain', v.explain !== undefined],
            ['--repository', v.repository !== undefined],
        ]) {
            if (given)
                throw new UsageError(`${flag} cannot be combined with --merge, which reads finished reports.`);
        }
    }
    return {
        ...(merge ? { merge: [...merge, ...parsed.positionals] } : {}),
        paths: merge ? [] : parsed.positionals,
        ...(v.config ? { config: v.config } : {}),
        format: format,
        ...(v.output ? { output: v.output } : {}),
        failOn: failOn,
        concurrency,
        rules: v.rules === true,
        ...(v.explain ? { explain: v.explain } : {}),
        ...(v.repository ? { repository: v.repository } : {}),
        help: v.help === true,
        version: v.version === true,
    };
}
function parseConcurrency(value) {
    if (value === 'auto' || value === 'off')
        return value;
    if (/^[1-9]\d{0,2}$/.test(value))
        return Number(value);
    throw new UsageError(`--concurrency must be a number from 1 to 999, auto or off, got "${value}".`);
}

;// CONCATENATED MODULE: ./src/cli/render-rule-help.ts
/** `--rules` and `--explain` text, from the rule metadata of the loaded policy (rules are data). */

function renderRuleList(policy) {
    const rows = [
        ...policy.rules.map((r) => [r.id, r.severity, r.title]),
        ...Object.values(ENGINE_RULES).map((r) => [r.id, `${r.severity} (engine)`, r.title]),
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    return `${rows.map(([id, sev, title]) => `${id.padEnd(w0)}  ${sev.padEnd(w1)}  ${title}`).join('\n')}\n`;
}
function renderExplain(policy, id) {
    const rule = policy.rules.find((r) => r.id === id) ?? Object.values(ENGINE_RULES).find((r) => r.id === id);
    if (!rule)
        return undefined;
    const parts = [`${rule.id} (${rule.severity}): ${rule.title}`];
    if (rule.description)
        parts.push(rule.description.trim());
    if (rule.rationale)
        parts.push(`Why:\n${indent(rule.rationale)}`);
    if (rule.examples?.fail)
        parts.push(`Fails:\n${indent(rule.examples.fail)}`);
    if (rule.examples?.pass)
        parts.push(`Passes:\n${indent(rule.examples.pass)}`);
    if (rule.remedy)
        parts.push(`Remedy:\n${indent(rule.remedy)}`);
    if (rule.options && Object.keys(rule.options).length)
        parts.push(`Options: ${JSON.stringify(rule.options)}`);
    parts.push(`Docs: https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/${rule.id}.md`);
    return `${parts.join('\n\n')}\n`;
}
function indent(text) {
    return text
        .trim()
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/** The command-line tool: arguments → the same pipeline as the action → a format, an exit code. */




















const DEFAULT_CONFIG = '.github/llm-arch-lint.yml';
async function runCli(argv, io) {
    try {
        const args = parseCliArgs(argv);
        if (args.help)
            return done(io, `${USAGE}\n`);
        if (args.version)
            return done(io, `${VERSION}\n`);
        if (args.merge)
            return await runMerge(args.merge, args, io);
        const configFile = args.config ?? ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(io.cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : undefined);
        const configText = configFile ? await readConfig(io.cwd, configFile) : undefined;
        const resolved = await resolvePolicy(configText, configFile ?? DEFAULT_CONFIG, createFilePolicyReader(io.cwd));
        if (args.rules)
            return done(io, renderRuleList(resolved.policy));
        if (args.explain) {
            const text = renderExplain(resolved.policy, args.explain);
            if (!text)
                throw new UsageError(`unknown rule "${args.explain}"; --rules lists them.`);
            return done(io, text);
        }
        const readOpts = {
            include: resolved.include,
            exclude: resolved.exclude,
            maxFileBytes: resolved.limits.maxFileBytes,
            maxDataBytes: resolved.limits.maxDataBytes,
        };
        const ws = await readWorkspace(io.cwd, { ...readOpts, ...(args.paths.length ? { paths: args.paths } : {}) });
        // Linking sees the whole repository (SPEC §2): with named paths, the repository's ADRs and training
        // data are read too (so a config knows whether an accepted ADR decides fine-tuning, and how many
        // examples its dataset holds), but only the named paths receive findings.
        let files = ws.files;
        let scope;
        if (args.paths.length && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(io.cwd, '.git'))) {
            const whole = await readWorkspace(io.cwd, { ...readOpts, include: { ...resolved.include, config: [] } });
            const named = new Set(ws.files.map((f) => f.path));
            files = [...ws.files, ...whole.files.filter((f) => !named.has(f.path))];
            scope = named;
        }
        for (const p of ws.ignored)
            io.stderr(`llm-arch-lint: ${p} is not an ADR, model config or training data file (by its file name); skipped.\n`);
        for (const n of ws.notes)
            io.stderr(`llm-arch-lint: ${n}\n`);
        const documents = await (0,extraction_workers/* extractFiles */.lm)(files, args.concurrency);
        const report = analyzeDocuments(documents, {
            ...(scope ? { scope } : {}),
            policy: resolved.policy,
            repository: args.repository ?? (await readRepositoryName(io.cwd)),
            version: VERSION,
            now: io.now ?? new Date(),
            notes: ws.notes,
        });
        const analysed = new Set(report.documents.map((d) => d.path));
        for (const p of ws.named)
            if (!analysed.has(p))
                io.stderr(`llm-arch-lint: ${p} is not an ADR, model config or training data file (no known format matched its content); skipped.\n`);
        const text = args.format === 'json'
            ? toJson(report)
            : args.format === 'sarif'
                ? toSarifJson(report)
                : args.format === 'markdown'
                    ? renderComment(report)
                    : renderStylish(report, { color: io.color && !args.output });
        if (args.output)
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, args.output), text);
        else
            io.stdout(text);
        if (report.documents.length === 0)
            io.stderr(`llm-arch-lint: no ADR or model config matched (globs tried: ${ws.globsTried.join(', ')}).\n`);
        return failsOn(report, args.failOn) ? 1 : 0;
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`llm-arch-lint: ${e.message}\n\n${USAGE}\n`);
            return 2;
        }
        if (e instanceof MergeInputError) {
            io.stderr(`llm-arch-lint: ${e.message}\n`);
            return 2;
        }
        if (e instanceof policy_types/* PolicyError */.p) {
            io.stderr(`llm-arch-lint: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}
/** `--merge`: validates every report (exit 2 naming the file and the reason), then prints the org-level view. */
async function runMerge(files, args, io) {
    const reports = [];
    for (const file of files)
        reports.push(await readReportFile(io.cwd, file));
    const merged = mergeReports(reports);
    const text = args.format === 'json' ? toMergedJson(merged) : args.format === 'markdown' ? renderMergedMarkdown(merged) : renderMergedStylish(merged);
    if (args.output)
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, args.output), text);
    else
        io.stdout(text);
    return mergedFailsOn(merged, args.failOn) ? 1 : 0;
}
async function readReportFile(cwd, file) {
    const path = (0,external_node_path_namespaceObject.resolve)(cwd, file);
    let text;
    try {
        const info = await (0,promises_namespaceObject.stat)(path);
        if (!info.isFile())
            throw new MergeInputError(file, 'not a file');
        if (info.size > MAX_REPORT_BYTES)
            throw new MergeInputError(file, `${info.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof MergeInputError)
            throw e;
        throw new MergeInputError(file, e.code === 'ENOENT' ? 'no such file' : e.message);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new MergeInputError(file, `not JSON: ${e.message}`);
    }
    const errors = reportSchemaErrors(data);
    if (errors.length)
        throw new MergeInputError(file, `not an llm-arch-lint JSON report (report.schema.json): ${formatSchemaErrors(errors)}`);
    return data;
}
/** An input of `--merge` that cannot be used: exit code 2, naming the file and the reason. */
class MergeInputError extends Error {
    constructor(file, reason) {
        super(`--merge ${file}: ${reason}`);
    }
}
async function readConfig(cwd, file) {
    try {
        return await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(cwd, file), 'utf8');
    }
    catch {
        throw new policy_types/* PolicyError */.p(file, undefined, '', 'cannot read the config file.');
    }
}
function done(io, text) {
    io.stdout(text);
    return 0;
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ createTrainingDataScanner)
});

;// CONCATENATED MODULE: ./src/extract/data/detect-personal-data.ts
/**
 * Personal data in training text (SPEC §6.3 "Data and tenants"): e-mail addresses, phone numbers, card numbers
 * (Luhn-valid), IBANs (mod-97-valid) and national ID numbers (US SSN, UK NINO, Spanish DNI with its check letter,
 * and numbers introduced as passport / national ID / tax numbers).
 *
 * Synthetic, invented or placeholder data is not personal data: reserved example domains (example.com, .test),
 * role mailboxes (support@, sales@), fictional 555 numbers, the published test card numbers and specimen IBANs
 * and IDs are not counted. Every value found can be masked, so evidence never repeats it.
 */
const MASK = {
    'e-mail': '[e-mail redacted]',
    phone: '[phone redacted]',
    card: '[card number redacted]',
    iban: '[IBAN redacted]',
    'national-id': '[ID number redacted]',
};
function findPersonalData(text) {
    // Cheap pre-checks first: training data is large, and most texts hold no e-mail and few digits.
    const digits = countDigits(text, 9);
    const at = text.includes('@');
    if (digits < 4 && !at)
        return [];
    const hits = [];
    const add = (kind, start, end) => {
        if (!hits.some((h) => start < h.end && end > h.start))
            hits.push({ kind, start, end });
    };
    const scan = (re, kind, real) => {
        for (const m of text.matchAll(re))
            if (real(m[0]))
                add(kind, m.index, m.index + m[0].length);
    };
    if (at)
        scan(EMAIL, 'e-mail', isRealEmail);
    if (digits >= 9) {
        scan(IBAN, 'iban', isRealIban);
        scan(CARD, 'card', isRealCard);
        scan(SSN, 'national-id', (v) => !SPECIMEN_SSN.has(v));
    }
    if (digits >= 6) {
        scan(NINO, 'national-id', (v) => !SPECIMEN_NINO.has(v.replace(/\s/g, '').toUpperCase()));
        scan(DNI, 'national-id', isRealDni);
    }
    if (digits >= 4)
        for (const re of LABELLED_IDS)
            for (const m of text.matchAll(re)) {
                const value = m[1] ?? '';
                const start = m.index + m[0].length - value.length;
                if (/\d{4}/.test(value.replace(/\s|-/g, '')) && !isPlaceholderId(value))
                    add('national-id', start, start + value.length);
            }
    if (digits >= 9)
        for (const re of PHONES)
            scan(re, 'phone', isRealPhone);
    return hits.sort((a, b) => a.start - b.start);
}
/** The number of digits in a text, counting no further than `cap`. */
function countDigits(text, cap) {
    let n = 0;
    for (let i = 0; i < text.length && n < cap; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57)
            n++;
    }
    return n;
}
/** Where an offset of the original text lands in its masked version. */
function maskedOffset(hits, index) {
    let shift = 0;
    for (const h of hits) {
        if (h.start >= index)
            break;
        if (h.end > index)
            return h.start + shift; // inside a masked value: its label
        shift += MASK[h.kind].length - (h.end - h.start);
    }
    return index + shift;
}
/** The text with every personal value replaced by a label such as `[e-mail redacted]`. */
function maskPersonalData(text, hits = findPersonalData(text)) {
    let out = '';
    let last = 0;
    for (const h of hits) {
        out += text.slice(last, h.start) + MASK[h.kind];
        last = h.end;
    }
    return out + text.slice(last);
}
// ---- e-mail ---------------------------------------------------------------------------------------------------
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}/g;
/** RFC 2606/6761 reserved names and the domains every tutorial uses as placeholders. */
const PLACEHOLDER_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local|domain\.com|email\.com|company\.com|yourcompany\.com|yourdomain\.com|mycompany\.com|acme\.(?:com|org|corp)|foo\.com|bar\.com|test\.com)$/i;
const ROLE_MAILBOX = /^(?:info|sales|support|help|helpdesk|contact|hello|admin|administrator|noreply|no-reply|donotreply|do-not-reply|billing|accounts|privacy|security|abuse|webmaster|postmaster|hostmaster|hr|jobs|careers|press|media|marketing|team|office|service|customerservice|enquiries|inquiries|legal|compliance|ops|devops|it|feedback|orders|shop|store|news|newsletter|notifications|alerts|user|username|name|firstname\.lastname|first\.last|john\.doe|jane\.doe|someone|somebody|you|your\.name|yourname)$/i;
function isRealEmail(email) {
    const [local = '', domain = ''] = email.split('@');
    return !PLACEHOLDER_DOMAIN.test(domain) && !ROLE_MAILBOX.test(local);
}
// ---- phone ----------------------------------------------------------------------------------------------------
const PHONES = [
    // International: +CC then groups.
    /(?<![\w+])\+\d{1,3}[\s.()\d-]{6,20}\d(?![\w])/g,
    // North American: (NNN) NNN-NNNN, NNN-NNN-NNNN, NNN.NNN.NNNN.
    /(?<![\w(])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w])/g,
    // National with a trunk 0: 020 7946 0018, 030-1234 5678, 06 12 34 56 78.
    /(?<![\w+])0\d{1,4}[\s-]\d{2,4}[\s-]\d{2,4}(?:[\s-]\d{2,4})?(?:[\s-]\d{2,4})?(?![\w])/g,
];
function isRealPhone(raw) {
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15)
        return false;
    // Fictional numbers: North American 555 exchange, Ofcom's drama ranges.
    if (/^(?:1)?\d{3}555\d{4}$/.test(digits) || /\b555[\s.-]\d{4}\b/.test(raw))
        return false;
    if (/^(?:44|0)(?:20794600|1632960|7700900)/.test(digits))
        return false;
    // A date or a range of years is not a phone number.
    if (/^(?:19|20)\d{2}[\s.-]\d{2}[\s.-]\d{2}$/.test(raw.trim()))
        return false;
    return !/^(\d)\1+$/.test(digits);
}
// ---- cards ----------------------------------------------------------------------------------------------------
const CARD = /(?<!\d|\d[.,])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?!\d|[.,]\d)/g;
/** The card numbers payment providers publish for testing. */
const TEST_CARDS = new Set([
    '4111111111111111',
    '4242424242424242',
    '4012888888881881',
    '4222222222222',
    '4000056655665556',
    '5555555555554444',
    '5105105105105100',
    '5200828282828210',
    '2223003122003222',
    '378282246310005',
    '371449635398431',
    '378734493671000',
    '6011111111111117',
    '6011000990139424',
    '3530111333300000',
    '3566002020360505',
    '30569309025904',
    '38520000023237',
]);
function isRealCard(raw) {
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || TEST_CARDS.has(digits) || /^(\d)\1+$/.test(digits))
        return false;
    // An ungrouped run of digits is a card only with a card network's prefix and length.
    if (/^\d+$/.test(raw) &&
        !/^(?:4\d{12}(?:\d{3})?|5[1-5]\d{14}|2(?:2[2-9]|[3-6]\d|7[01])\d{13}|3[47]\d{13}|6(?:011|5\d\d)\d{12}|35\d{14})$/.test(digits))
        return false;
    return luhn(digits);
}
function luhn(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
// ---- IBAN -----------------------------------------------------------------------------------------------------
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** The specimen IBANs of the standard and of banks' documentation. */
const SPECIMEN_IBANS = new Set([
    'GB82WEST12345698765432',
    'GB29NWBK60161331926819',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'CH9300762011623852957',
    'BE68539007547034',
]);
function isRealIban(raw) {
    const iban = raw.replace(/ /g, '');
    if (iban.length < 15 || iban.length > 34 || SPECIMEN_IBANS.has(iban))
        return false;
    const rearranged = iban.slice(4) + iban.slice(0, 4);
    let rest = 0;
    for (const ch of rearranged) {
        const code = ch.charCodeAt(0);
        const value = code >= 65 ? String(code - 55) : ch;
        for (const d of value)
            rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
    }
    return rest === 1;
}
// ---- national IDs ---------------------------------------------------------------------------------------------
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const SPECIMEN_SSN = new Set(['123-45-6789', '078-05-1120', '219-09-9999', '111-11-1111']);
const NINO = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const SPECIMEN_NINO = new Set(['AB123456C', 'AA123456A', 'AB123456A', 'AB123456D']);
const DNI = /\b\d{8}-?[A-HJ-NP-TV-Z]\b/g;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
function isRealDni(raw) {
    const digits = raw.slice(0, 8);
    const letter = raw.slice(-1);
    return digits !== '12345678' && DNI_LETTERS[Number(digits) % 23] === letter;
}
/** The number after its label: a token with digits, possibly in groups ("X1234567", "123 456 789"). */
/** Specimen numbers and digit runs such as 123456789 or 000000 stand for an ID; they are not one. */
function isPlaceholderId(value) {
    const compact = value.replace(/[\s-]/g, '').toUpperCase();
    if (SPECIMEN_SSN.has(value) || SPECIMEN_NINO.has(compact))
        return true;
    const digits = compact.replace(/\D/g, '');
    return /^(\d)\1+$/.test(digits) || '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}
const ID_VALUE = String.raw `\s*(?:is|:|#|no\.?)?\s*([A-Za-z]{0,3}\d[A-Za-z0-9]*(?:[ -]\d{2,})?(?:[ -]\d{2,})?(?:[ -]\d{2,})?)\b`;
const LABELLED_IDS = [
    new RegExp(String.raw `\b(?:passport(?:\s+(?:number|no\.?|#))?|national\s+id(?:entity)?(?:\s+(?:number|card|no\.?))?|social\s+security(?:\s+number)?|id\s+card\s+number|personalausweis(?:nummer)?|steuer-?id)${ID_VALUE}`, 'gi'),
    // Acronyms only in capitals: "sin" and "nie" are words in Spanish and German.
    new RegExp(String.raw `\b(?:SSN|BSN|PESEL|Aadhaar|NIF|NIE|CPF|TFN|SIN)${ID_VALUE}`, 'g'),
];

;// CONCATENATED MODULE: ./src/extract/data/detect-volatile-facts.ts
/**
 * Time-sensitive facts in a training target (SPEC §6.3 "Training data"): a price or amount with a currency, a
 * date, a version, a rate or percentage, or a "currently / as of / since <date>" statement — unless the value
 * appears in the example's own input (the answer copies it, as it will copy what retrieval supplies).
 * Statutory durations ("within 14 days") and physical quantities ("100 degrees Celsius", "384,400 km") are
 * not volatile facts, and placeholders ({price}, $X) state nothing.
 */
const CURRENCY_SYMBOL = '[$€£¥₹₩₽₺₪₫฿₱₦]';
const CURRENCY_CODE = '(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|CNY|RMB|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|TRY|RUB|KRW|SGD|HKD|AED|SAR|ILS)';
const CURRENCY_WORD = '(?:dollars?|euros?|cents?|pence|yen|yuan|renminbi|rupees?|francs?|pesos?|reais|rand|kronor|kroner|krona|zlotys?|lira|liras|dirhams?|pounds sterling|bucks)';
/** A number with thousands separators and decimals ("1,299.00", "1.299,00", "49"). */
const NUM = String.raw `\d[\d,.]*\d|\d`;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:19|20)\\d{2}';
const PRODUCTS = '(?:iOS|iPadOS|macOS|Android|Windows|Python|Java|PHP|Node(?:\\.js)?|Ubuntu|Debian|RHEL|Kubernetes|PostgreSQL|MySQL|Chrome|Firefox|Safari|Office|Excel|GPT|Claude|Gemini|Llama|Mistral|Terraform|Docker|Angular|React|Vue|Django|Rails|Spring Boot|\\.NET)';
const PATTERNS = [
    ['amount', new RegExp(String.raw `(?:US|A|C|NZ|HK|S|R)?${CURRENCY_SYMBOL}\s?(?:${NUM})(?:\s?(?:k|m|bn|million|billion)\b)?`, 'g')],
    ['amount', new RegExp(String.raw `(?<![\w.])(?:${NUM})\s?${CURRENCY_SYMBOL}`, 'g')],
    [
        'amount',
        new RegExp(String.raw `\b${CURRENCY_CODE}\s?(?:${NUM})|(?<![\w.])(?:${NUM})\s?(?:million\s|billion\s)?${CURRENCY_CODE}\b`, 'g'),
    ],
    ['amount', new RegExp(String.raw `(?<![\w.])(?:${NUM})\s?(?:million\s|billion\s)?${CURRENCY_WORD}\b`, 'gi')],
    ['date', new RegExp(String.raw `\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b`, 'g')],
    ['date', new RegExp(String.raw `\b\d{1,2}[/.]\d{1,2}[/.](?:${YEAR}|\d{2})\b`, 'g')],
    ['date', new RegExp(String.raw `\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+${YEAR}\b)?`, 'g')],
    ['date', new RegExp(String.raw `\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?:,?\s+${YEAR}\b)?`, 'g')],
    ['date', new RegExp(String.raw `\b${MONTH}\s+${YEAR}\b`, 'g')],
    ['date', new RegExp(String.raw `\b(?:Q[1-4]|H[12])\s?(?:FY\s?)?(?:${YEAR}|'?\d{2})\b|\b(?:FY|fiscal year)\s?'?(?:${YEAR}|\d{2})\b`, 'g')],
    [
        'date',
        new RegExp(String.raw `\b(?:as of|since|until|till|effective|starting|from|through|by|in|during)\s+(?:(?:early|mid|late)[-\s])?(?:20\d{2})\b`, 'gi'),
    ],
    ['version', /\bv\d+\.\d[\d.]*\b/gi],
    ['version', /\b(?:version|ver\.|release|firmware|build|patch)\s+v?\d[\d.]*[a-z]?\b/gi],
    ['version', /(?<![\d.])\d+\.\d+\.\d+(?![\d.])/g],
    ['version', new RegExp(String.raw `\b${PRODUCTS}[\s-]?\d[\d.]*\b`, 'g')],
    ['rate', /(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s?cent\b|pct\b|bps\b|basis points\b)/gi],
    ['rate', /\b(?:APR|APY|interest rate|exchange rate|tax rate|VAT rate|mortgage rate)\s+(?:is\s+|of\s+|at\s+)?\d/gi],
];
/** "currently …", "as of today", "this quarter": counted when the sentence states something that changes. */
const NOW_MARKER = /\b(?:currently|at the moment|at present|presently|right now|as of (?:today|now|this (?:week|month|year|quarter))|as things stand|this (?:quarter|month|fiscal year)|today's (?:price|rate|offer)|the latest (?:version|release|model|price)|current (?:price|prices|pricing|rate|rates|version|release|fee|fees|offer|promotion))\b/gi;
const STATE = /\b(?:costs?|price[sd]?|pricing|fees?|rates?|versions?|releases?|available|in stock|out of stock|supports?|offers?|ships?|stands? at|valid|listed|open|closed|charges?|pays?|runs?|uses?|has|have|is|are)\b/i;
/** "365 days", "30-day", "14 days": durations, never a date. */
const DURATION_AFTER = /^[\s-]*(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b/i;
/** "100 degrees", "384,400 kilometers": physical quantities. */
const UNIT_AFTER = /^\s?(?:°|degrees?|kilo|km|kg|g\b|mg|meters?|metres?|miles?|feet|ft\b|inch|cm|mm|liters?|litres?|ml\b|pounds?\b|lbs?\b|ounces?|oz\b|tons?|volts?|watts?|hz|kwh)/i;
/** Every volatile fact a target states, in text order. */
function findVolatileFacts(target) {
    return [...candidates(target)].sort((a, b) => a.index - b.index);
}
/** Volatile-fact candidates, pattern by pattern (lazily: a caller that needs one stops early). */
function* candidates(target) {
    // Every value pattern needs a digit; only the "currently" markers can match without one.
    if (/\d/.test(target))
        for (const [kind, re] of PATTERNS) {
            for (const m of target.matchAll(re)) {
                const after = target.slice(m.index + m[0].length, m.index + m[0].length + 20);
                if (kind === 'rate' && /^100(?:[.,]0+)?\s?%/.test(m[0]))
                    continue; // "100% sure"
                if ((kind === 'date' || kind === 'amount') && (DURATION_AFTER.test(after) || UNIT_AFTER.test(after)))
                    continue;
                yield { kind, match: m[0].trim(), index: m.index };
            }
        }
    for (const m of target.matchAll(NOW_MARKER)) {
        const sentence = sentenceAround(target, m.index);
        if (STATE.test(sentence.replace(m[0], '')))
            yield { kind: 'currently', match: m[0], index: m.index };
    }
}
/**
 * A volatile fact of a target that does not come from the example's own input: a value whose numbers all
 * appear in the input was copied from it; a "currently" sentence the input already contains, likewise.
 * Values are tried before "currently" markers; the first that is not copied is returned.
 */
function firstVolatileFact(target, input) {
    let inputNumbers;
    let inputText;
    for (const f of candidates(target)) {
        const numbers = [...numbersOf(f.match)];
        if (numbers.length > 0) {
            const known = (inputNumbers ??= numbersOf(input));
            if (numbers.every((n) => known.has(n)))
                continue;
        }
        else if ((inputText ??= normalise(input)).includes(normalise(sentenceAround(target, f.index)))) {
            continue;
        }
        return f;
    }
    return undefined;
}
/** Numbers written in a text, normalised ("1,299.00" → "1299", "4.5" → "4.5"). */
function numbersOf(text) {
    const out = new Set();
    for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) {
        let n = m[0];
        // Thousands separators go; a decimal part is kept, trailing zeros dropped.
        n = /[.,]\d{1,2}$/.test(n) ? n.replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.') : n.replace(/[.,]/g, '');
        n = n.includes('.') ? n.replace(/\.?0+$/, '') : n.replace(/^0+(?=\d)/, '');
        out.add(n);
        // "15th" and "15" are the same day; a year stays a year.
        out.add(m[0].replace(/\D/g, ''));
    }
    return out;
}
function sentenceAround(text, index) {
    const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
    const endDot = text.indexOf('. ', index);
    const endLine = text.indexOf('\n', index);
    const ends = [endDot, endLine].filter((e) => e !== -1);
    const end = ends.length ? Math.min(...ends) + 1 : text.length;
    return text.slice(start, end).trim();
}
function normalise(s) {
    return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/extract/data/read-example.ts
/**
 * One JSONL line of training data → its format and its texts: the input the model is given (system, user,
 * prompt) and the target it is trained to produce (assistant, completion, model turns). Pure and per line, so a
 * scanner can stream a file of any size through it.
 */
const TRAINING_DATA_FORMATS = (/* unused pure expression or super */ null && ([
    'openai-chat-jsonl',
    'prompt-completion-jsonl',
    'vertex-contents-jsonl',
    'bedrock-conversation-jsonl',
    'sharegpt-jsonl',
    'text-corpus-jsonl',
]));
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const TARGET_ROLES = /^(?:assistant|model|gpt|bot|chatbot|ai|completion)$/i;
const INPUT_ROLES = /^(?:system|developer|user|human|tool|function|ipython|observation|prompter)$/i;
function readExample(value) {
    if (!isObj(value))
        return undefined;
    if (typeof value.schemaVersion === 'string' && /^bedrock-conversation/i.test(value.schemaVersion))
        return bedrock(value);
    if (Array.isArray(value.messages) && value.messages.length > 0 && value.messages.every(isObj)) {
        const first = value.messages[0];
        // Bedrock's content blocks are `{text}`; OpenAI's content parts carry a `type`.
        const blocks = Array.isArray(first.content) ? first.content : undefined;
        if (blocks && (Array.isArray(value.system) || blocks.every((b) => isObj(b) && !('type' in b))))
            return bedrock(value);
        if ('role' in first || 'content' in first)
            return openaiChat(value.messages, []);
    }
    if (isObj(value.input) && Array.isArray(value.input.messages) && Array.isArray(value.preferred_output))
        return openaiChat(value.input.messages.filter(isObj), value.preferred_output.filter(isObj));
    if (Array.isArray(value.contents) && value.contents.length > 0 && value.contents.every((c) => isObj(c) && Array.isArray(c.parts)))
        return vertex(value);
    if (Array.isArray(value.conversations) && value.conversations.every((c) => isObj(c) && 'value' in c))
        return sharegpt(value.conversations);
    const pair = promptCompletion(value);
    if (pair)
        return pair;
    return textCorpus(value);
}
function read_example_text(v) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v))
        return v
            .map((p) => (typeof p === 'string' ? p : isObj(p) && typeof p.text === 'string' ? p.text : ''))
            .filter(Boolean)
            .join('\n');
    return '';
}
function openaiChat(messages, preferred) {
    const ex = { format: 'openai-chat-jsonl', input: [], target: [], corpus: [] };
    for (const m of messages) {
        const role = String(m.role ?? 'user');
        const t = read_example_text(m.content);
        if (!t)
            continue;
        // OpenAI: an assistant message with weight 0 is context, not trained on.
        if (TARGET_ROLES.test(role) && m.weight !== 0)
            ex.target.push({ role, text: t });
        else
            ex.input.push({ role, text: t });
    }
    for (const m of preferred) {
        const t = read_example_text(m.content);
        if (t)
            ex.target.push({ role: 'preferred_output', text: t });
    }
    return ex;
}
function bedrock(value) {
    const ex = { format: 'bedrock-conversation-jsonl', input: [], target: [], corpus: [] };
    const system = read_example_text(value.system);
    if (system)
        ex.input.push({ role: 'system', text: system });
    for (const m of Array.isArray(value.messages) ? value.messages : []) {
        if (!isObj(m))
            continue;
        const role = String(m.role ?? 'user');
        const t = read_example_text(m.content);
        if (!t)
            continue;
        (TARGET_ROLES.test(role) ? ex.target : ex.input).push({ role, text: t });
    }
    return ex;
}
function vertex(value) {
    const ex = { format: 'vertex-contents-jsonl', input: [], target: [], corpus: [] };
    const system = isObj(value.systemInstruction) ? read_example_text(value.systemInstruction.parts) : '';
    if (system)
        ex.input.push({ role: 'system', text: system });
    value.contents.forEach((c, i) => {
        // Without roles, turns alternate user, model, user, …
        const role = typeof c.role === 'string' ? c.role : i % 2 === 0 ? 'user' : 'model';
        const t = read_example_text(c.parts);
        if (t)
            (TARGET_ROLES.test(role) ? ex.target : ex.input).push({ role, text: t });
    });
    return ex;
}
function sharegpt(turns) {
    const ex = { format: 'sharegpt-jsonl', input: [], target: [], corpus: [] };
    for (const t of turns) {
        const role = String(t.from ?? t.role ?? 'human');
        const v = read_example_text(t.value);
        if (v)
            (TARGET_ROLES.test(role) && !INPUT_ROLES.test(role) ? ex.target : ex.input).push({ role, text: v });
    }
    return ex;
}
/** Prompt/completion pairs under their usual names (OpenAI legacy, Bedrock, PaLM, Alpaca, QA sets). */
const PAIRS = [
    [['prompt'], 'completion'],
    [['input_text'], 'output_text'],
    [['instruction', 'input'], 'output'],
    [['question', 'context'], 'answer'],
    [['input'], 'output'],
    [['prompt'], 'response'],
    [['query'], 'response'],
];
function promptCompletion(value) {
    for (const [inputs, target] of PAIRS) {
        if (typeof value[inputs[0] ?? ''] !== 'string' || typeof value[target] !== 'string')
            continue;
        const ex = { format: 'prompt-completion-jsonl', input: [], target: [], corpus: [] };
        for (const key of inputs)
            if (typeof value[key] === 'string' && value[key])
                ex.input.push({ role: key, text: value[key] });
        if (typeof value.system === 'string' && value.system)
            ex.input.push({ role: 'system', text: value.system });
        if (value[target])
            ex.target.push({ role: target, text: value[target] });
        return ex;
    }
    return undefined;
}
/** Keys that may sit beside a corpus document's text (ids, provenance). */
const CORPUS_META = new Set([
    'id',
    'meta',
    'metadata',
    'source',
    'url',
    'title',
    'lang',
    'language',
    'timestamp',
    'date',
    'created',
    'doc_id',
]);
/** A continued-pre-training corpus: `{"text": …}` per line (axolotl, LLaMA-Factory, torchtune), or Bedrock's `{"input": …}`. */
function textCorpus(value) {
    const keys = Object.keys(value);
    const bodyKey = typeof value.text === 'string' ? 'text' : keys.length === 1 && typeof value.input === 'string' ? 'input' : undefined;
    if (!bodyKey || !keys.every((k) => k === bodyKey || CORPUS_META.has(k)))
        return undefined;
    return { format: 'text-corpus-jsonl', input: [], target: [], corpus: [{ role: bodyKey, text: value[bodyKey] }] };
}

// EXTERNAL MODULE: ./src/parse/parse-json.ts
var parse_json = __nccwpck_require__(399);
;// CONCATENATED MODULE: ./src/extract/data/create-training-data-scanner.ts
/**
 * The training-data scanner: JSONL lines in, counts and the first piece of evidence of each kind out. It is an
 * incremental pure object — `push(line, lineNo)` per line, `result()` at any time — holding O(1) state, so a
 * file-system edge can stream a file of any size through it line by line; the core feeds it the lines of a
 * string. Per example it measures:
 *   - its format (OpenAI chat, prompt/completion, Vertex contents, Bedrock conversation, ShareGPT, a text corpus);
 *   - volatile facts in the target text that its own input does not contain (SPEC §6.3);
 *   - personal data anywhere in it, quoted masked.
 */




const QUOTE_AROUND = 60;
function createTrainingDataScanner() {
    const scan = {
        formats: {},
        lines: 0,
        examples: 0,
        documents: 0,
        withTarget: 0,
        volatile: 0,
        sensitive: 0,
        malformed: 0,
        unrecognised: 0,
    };
    return {
        push(raw, lineNo) {
            const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
            if (line.trim() === '')
                return;
            scan.lines++;
            let value;
            try {
                value = JSON.parse(line);
            }
            catch {
                scan.malformed++;
                if (!scan.firstMalformed) {
                    const err = (0,parse_json/* parseJson */.q)(line).error;
                    scan.firstMalformed = { line: lineNo, column: err?.column ?? 1, message: err?.message ?? 'not valid JSON' };
                }
                return;
            }
            const ex = readExample(value);
            if (!ex) {
                scan.unrecognised++;
                return;
            }
            scan.formats[ex.format] = (scan.formats[ex.format] ?? 0) + 1;
            if (ex.format === 'text-corpus-jsonl')
                scan.documents++;
            else
                scan.examples++;
            if (ex.target.length > 0) {
                scan.withTarget++;
                // The quote is built for the first offending example only; the others are counted.
                const volatile = findVolatile(ex.target, ex.input, scan.firstVolatile === undefined);
                if (volatile) {
                    scan.volatile++;
                    scan.firstVolatile ??= { line: lineNo, kind: volatile.kind, text: volatile.text };
                }
            }
            const personal = findPersonal([...ex.input, ...ex.target, ...ex.corpus], scan.firstSensitive === undefined);
            if (personal) {
                scan.sensitive++;
                scan.firstSensitive ??= { line: lineNo, kinds: personal.kinds, text: personal.text };
            }
        },
        result() {
            let format;
            let best = 0;
            for (const [f, n] of Object.entries(scan.formats))
                if (n > best) {
                    best = n;
                    format = f;
                }
            return { ...scan, formats: { ...scan.formats }, ...(format ? { format } : {}) };
        },
    };
}
function findVolatile(target, input, quote) {
    const inputText = input.map((t) => t.text).join('\n');
    for (const t of target) {
        const fact = firstVolatileFact(t.text, inputText);
        if (!fact)
            continue;
        const text = quote ? `${t.role}: ${quoteAround(t.text, findPersonalData(t.text), fact.index, fact.match.length)}` : '';
        return { kind: fact.kind, text };
    }
    return undefined;
}
function findPersonal(texts, quote) {
    for (const t of texts) {
        const hits = findPersonalData(t.text);
        const first = hits[0];
        if (!first)
            continue;
        const kinds = [...new Set(hits.map((h) => h.kind))];
        return { kinds, text: quote ? `${t.role}: ${quoteAround(t.text, hits, first.start, first.end - first.start)}` : '' };
    }
    return undefined;
}
/**
 * A quote of about 2×QUOTE_AROUND characters around a span of `text`, cut at word boundaries, every personal
 * value in it masked.
 */
function quoteAround(text, hits, index, length) {
    const masked = maskPersonalData(text, hits);
    const from = maskedOffset(hits, index);
    const to = Math.max(from, maskedOffset(hits, index + length));
    let start = Math.max(0, from - QUOTE_AROUND);
    let end = Math.min(masked.length, to + QUOTE_AROUND);
    if (start > 0) {
        const space = masked.indexOf(' ', start);
        if (space !== -1 && space < from)
            start = space + 1;
    }
    if (end < masked.length) {
        const space = masked.lastIndexOf(' ', end);
        if (space > to)
            end = space;
    }
    const body = masked.slice(start, end).replace(/\s+/g, ' ').trim();
    return `${start > 0 ? '…' : ''}${body}${end < masked.length ? '…' : ''}`;
}


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readDottedPath)
/* harmony export */ });
/**
 * A dotted path into a parsed YAML/JSON tree (`training.eval_set`). A key that itself contains dots
 * (`model.name`) is matched whole first. Config extraction and `config.*` / `adr.frontMatter.*` facts
 * read trees the same way.
 */
function readDottedPath(node, path) {
    return readParts(node, path.split('.'));
}
function readParts(node, parts) {
    if (parts.length === 0)
        return node;
    if (node === null || typeof node !== 'object')
        return undefined;
    const record = node;
    for (let take = parts.length; take >= 1; take--) {
        const key = parts.slice(0, take).join('.');
        if (Object.hasOwn(record, key)) {
            const found = readParts(record[key], parts.slice(take));
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}


/***/ }),

/***/ 5123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ ADR_SECTIONS),
/* harmony export */   Jh: () => (/* binding */ defaultValue),
/* harmony export */   L1: () => (/* binding */ isKnownFactName),
/* harmony export */   Oz: () => (/* binding */ VOLATILITIES),
/* harmony export */   a7: () => (/* binding */ PURPOSES),
/* harmony export */   lg: () => (/* binding */ APPROACHES),
/* harmony export */   qY: () => (/* binding */ FACTS),
/* harmony export */   ts: () => (/* binding */ FACT_BY_NAME)
/* harmony export */ });
/* unused harmony exports ADR_STATUSES, RECOMMENDATIONS, RAW_PREFIXES */
const DOC_KINDS = ['adr', 'finetune-config', 'rag-config', 'training-data', 'manifest', 'unknown'];
const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'unknown'];
const ADR_SECTIONS = [
    'status',
    'context',
    'drivers',
    'options',
    'decision',
    'consequences',
    'confirmation',
    'pros-cons',
    'links',
];
const APPROACHES = ['rag', 'fine-tuning', 'hybrid', 'prompting', 'continued-pretraining', 'none'];
const VOLATILITIES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'static', 'frequent', 'unknown'];
const PURPOSES = ['knowledge', 'behavior', 'mixed', 'unknown'];
const RECOMMENDATIONS = ['rag', 'fine-tuning', 'hybrid', 'prompting'];
const f = (name, type, description, values) => ({
    name,
    type,
    description,
    ...(values ? { values } : {}),
});
const FACTS = [
    f('doc.path', 'string', 'path relative to the repository root'),
    f('doc.kind', 'enum', 'what the document is', DOC_KINDS),
    f('doc.format', 'string', 'the document format (madr, nygard, axolotl, generic-rag, …)'),
    f('adr.status', 'enum', 'the status of the decision record', ADR_STATUSES),
    f('adr.title', 'string', 'the title of the decision record'),
    f('adr.sections', 'string[]', 'the normalised sections the record has'),
    f('adr.llmRelated', 'boolean', 'the ADR decides something about an LLM system'),
    f('approach', 'enum', 'what was chosen (not merely considered or rejected)', APPROACHES),
    f('uses.retrieval', 'boolean', 'the chosen design retrieves knowledge at query time'),
    f('uses.fineTuning', 'boolean', 'the chosen design trains weights (fine-tuning, LoRA, continued pre-training)'),
    f('problem.kind', 'enum', 'what the decision is trying to fix', ['knowledge', 'behavior', 'both', 'unknown']),
    f('finetune.purpose', 'enum', 'what the fine-tuned weights are expected to carry', PURPOSES),
    f('finetune.fixesRetrieval', 'boolean', 'fine-tuning is motivated by poor retrieval/RAG results'),
    f('baseline.evaluated', 'boolean', 'a RAG or prompting baseline was tried and measured first'),
    f('knowledge.volatility', 'enum', 'how often the knowledge the system needs changes', VOLATILITIES),
    f('knowledge.changesFast', 'boolean', 'volatility is quarterly or faster, or frequent'),
    f('knowledge.perTenant', 'boolean', 'knowledge differs per customer/region/user permission'),
    f('knowledge.corpusDocuments', 'number', 'size of the knowledge corpus, when stated'),
    f('knowledge.corpusGrowing', 'boolean', 'the corpus is described as large and growing'),
    f('requires.citations', 'boolean', 'answers must cite or trace to sources'),
    f('requires.audit', 'boolean', 'auditors/compliance/regulated domain must trace claims'),
    f('data.sensitive', 'boolean', 'the data the approach consumes includes personal or regulated data'),
    f('data.erasure', 'boolean', 'a right-to-erasure / ability-to-forget requirement is stated'),
    f('training.examples', 'number', 'labelled examples available (stated, or counted in training data)'),
    f('training.evalSet', 'boolean', 'a held-out evaluation set / harness is defined'),
    f('training.refreshRetrain', 'boolean', 'retraining is scheduled to keep facts current'),
    f('training.sensitiveData', 'boolean', 'the training data contains personal/sensitive data'),
    f('training.volatileFactRatio', 'number', 'share of training examples whose answers state time-sensitive facts'),
    f('behavior.strictFormat', 'boolean', 'output must follow a strict schema/format'),
    f('behavior.tone', 'boolean', 'a house style/voice must hold'),
    f('behavior.narrowTask', 'boolean', 'narrow classification/extraction task'),
    f('behavior.highVolume', 'boolean', 'high request volume'),
    f('behavior.latencySensitive', 'boolean', 'latency/token-cost pressure on the path'),
    f('behavior.reasoning', 'boolean', 'a domain-specific reasoning pattern the model must follow'),
    f('behavior.vocabulary', 'boolean', 'the model must use internal jargon/codes correctly in what it writes'),
    f('prompt.instructionTokens', 'number', 'size of the static instruction prompt, when stated or measured'),
    f('rag.chunking', 'enum', 'chunking strategy', ['fixed', 'recursive', 'semantic', 'structure', 'unknown']),
    f('rag.chunkOverlap', 'number', 'chunk overlap'),
    f('rag.evaluation', 'boolean', 'retrieval/answer quality is evaluated (recall@k, faithfulness, groundedness, …)'),
    f('repo.acceptedFinetuneAdr', 'boolean', 'an accepted ADR in the repository decides fine-tuning'),
    f('recommendation', 'enum', 'what the framework recommends from the signals', RECOMMENDATIONS),
];
/** Prefixes that address the raw parsed document rather than a named fact. */
const RAW_PREFIXES = ['adr.frontMatter.', 'config.'];
const FACT_BY_NAME = new Map(FACTS.map((s) => [s.name, s]));
/** The value a fact has when nothing states it: never a guess (SPEC §6.1). */
function defaultValue(spec) {
    switch (spec.type) {
        case 'boolean':
            return false;
        case 'string[]':
            return [];
        case 'enum':
            if (spec.name === 'approach')
                return 'none';
            if (spec.name === 'recommendation')
                return null;
            return spec.values?.includes('unknown') ? 'unknown' : null;
        default:
            return null;
    }
}
function isKnownFactName(name) {
    return FACT_BY_NAME.has(name) || RAW_PREFIXES.some((p) => name.startsWith(p) && name.length > p.length);
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SL: () => (/* binding */ allowExtractionWorkers),
  lm: () => (/* binding */ extractFiles),
  EQ: () => (/* binding */ isExtractionWorker),
  RJ: () => (/* binding */ serveExtractionWorker)
});

// UNUSED EXPORTS: workerCount

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/io/extraction-workers.ts
/**
 * Extraction spread over worker threads, for large repositories (issue #7). The runner environment lives here,
 * at the edge: the pure core's `extractDocument` is the same function in every thread, so a document's facts do
 * not depend on which thread read it, and the result is in the order of the files, as a sequential run gives it.
 *
 * Only Markdown ADRs go to workers: they are most of the files and most of the time, and what they produce
 * (facts, front matter from YAML's core schema) is plain data that survives the copy between threads exactly.
 * Configs and training data (TOML dates, streamed scans) stay on the main thread, which also claims ADRs once it
 * has read them. Threads claim batches of ADRs from one shared counter, so a thread that is slowed down takes
 * fewer. A worker that fails loses nothing: whatever it did not deliver is extracted on the main thread.
 *
 * A worker runs the bundle that started the process (each entry point registers itself), so nothing outside the
 * committed `dist/` is loaded.
 */


const ROLE = 'llm-arch-lint:extract';
/** ADRs per claim: large enough that the shared counter and the messages cost nothing, small enough to balance. */
const BATCH = 32;
/** Below this many ADRs a worker's start-up (a V8 isolate, the bundle, a cold JIT) costs more than it saves. */
const MIN_ADRS_PER_WORKER = 1500;
/** More threads than this gain little: the main thread's own work (reading, evaluation, the report) does not split. */
const MAX_WORKERS = 3;
let entry;
/** Each bundle's entry point names itself: workers run that file. Until then, extraction stays on one thread. */
function allowExtractionWorkers(entryUrl) {
    entry = entryUrl;
}
/** True in a thread started by `extractFiles`: the entry point serves it instead of running the tool. */
function isExtractionWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.role === ROLE;
}
/** The worker's side: claim batches until none is left, post each batch's documents. */
async function serveExtractionWorker() {
    const { extractDocument } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(540), __nccwpck_require__.e(96)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3096));
    const { files, next } = external_node_worker_threads_namespaceObject.workerData;
    const counter = new Int32Array(next);
    for (let start = Atomics.add(counter, 0, BATCH); start < files.length; start = Atomics.add(counter, 0, BATCH)) {
        const docs = [];
        for (let i = start; i < Math.min(start + BATCH, files.length); i++)
            docs.push(extractDocument(files[i]) ?? null);
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ start, docs });
    }
}
/** How many worker threads to start for this many ADRs. */
function workerCount(adrs, concurrency, cpus = (0,external_node_os_namespaceObject.availableParallelism)()) {
    if (concurrency === 'off')
        return 0;
    if (concurrency === 'auto')
        return Math.max(0, Math.min(cpus - 1, MAX_WORKERS, Math.floor(adrs / MIN_ADRS_PER_WORKER)));
    return adrs > 0 ? Math.max(0, concurrency - 1) : 0;
}
/** Every file's document, in the order of the files (files that are none of ours give none). */
async function extractFiles(files, concurrency = 'auto') {
    const { extractDocument } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(540), __nccwpck_require__.e(96)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3096));
    const adrIndexes = [];
    for (let i = 0; i < files.length; i++)
        if (files[i].role === 'adr')
            adrIndexes.push(i);
    const count = entry ? workerCount(adrIndexes.length, concurrency) : 0;
    const results = new Array(files.length);
    if (count === 0) {
        for (let i = 0; i < files.length; i++)
            results[i] = extractDocument(files[i]) ?? null;
        return results.filter((d) => !!d);
    }
    const adrs = adrIndexes.map((i) => files[i]);
    const next = new SharedArrayBuffer(4);
    const counter = new Int32Array(next);
    const finished = [];
    for (let w = 0; w < count; w++) {
        const worker = new external_node_worker_threads_namespaceObject.Worker(entry, { workerData: { role: ROLE, files: adrs, next } });
        finished.push(new Promise((resolve) => {
            worker.on('message', ({ start, docs }) => {
                for (let k = 0; k < docs.length; k++)
                    results[adrIndexes[start + k]] = docs[k];
            });
            // A worker that fails (out of memory, a bug) is not fatal: its undelivered ADRs are read below.
            worker.on('error', () => resolve());
            worker.on('exit', () => resolve());
        }));
    }
    // The main thread reads what stays with it, then claims ADRs alongside the workers.
    for (let i = 0; i < files.length; i++)
        if (files[i].role !== 'adr')
            results[i] = extractDocument(files[i]) ?? null;
    for (let start = Atomics.add(counter, 0, BATCH); start < adrs.length; start = Atomics.add(counter, 0, BATCH))
        for (let k = start; k < Math.min(start + BATCH, adrs.length); k++)
            results[adrIndexes[k]] = extractDocument(adrs[k]) ?? null;
    await Promise.all(finished);
    for (let i = 0; i < files.length; i++)
        if (results[i] === undefined)
            results[i] = extractDocument(files[i]) ?? null;
    return results.filter((d) => !!d);
}


/***/ }),

/***/ 399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/**
 * JSON with positions: the data (exactly what JSON.parse gives), the line of every key and array element by
 * dotted path (`datasets.0.path`), and on a syntax error its 1-based line and column. Pure, no dependencies.
 */
/** Nesting deeper than this is refused rather than risking the stack. */
const MAX_DEPTH = 512;
class JsonSyntaxError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
    }
}
function parseJson(source) {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const keyLines = new Map();
    const lineStarts = computeLineStarts(text);
    const lineOf = (pos) => lineAt(lineStarts, pos);
    let i = 0;
    const fail = (message, pos = i) => {
        throw new JsonSyntaxError(message, pos);
    };
    const skipWs = () => {
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                i++;
            else
                return;
        }
    };
    const describe = (pos) => (pos >= text.length ? 'end of input' : `'${text[pos]}'`);
    const parseString = () => {
        const start = i;
        i++; // opening quote
        for (;;) {
            const c = text.charCodeAt(i);
            if (Number.isNaN(c))
                fail('Unterminated string', start);
            if (c === 34)
                break;
            if (c === 92)
                i += 2;
            else if (c < 32)
                fail('Bad control character in string', i);
            else
                i++;
        }
        i++;
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return fail('Bad escape in string', start);
        }
    };
    const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    const parseValue = (path, depth) => {
        if (depth > MAX_DEPTH)
            fail('Nesting too deep');
        skipWs();
        const c = text[i];
        if (c === '{')
            return parseObject(path, depth);
        if (c === '[')
            return parseArray(path, depth);
        if (c === '"')
            return parseString();
        if (c === 't' && text.startsWith('true', i))
            return ((i += 4), true);
        if (c === 'f' && text.startsWith('false', i))
            return ((i += 5), false);
        if (c === 'n' && text.startsWith('null', i))
            return ((i += 4), null);
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (m) {
            i += m[0].length;
            return Number(m[0]);
        }
        return fail(`Unexpected ${describe(i)}: expected a value`);
    };
    const parseObject = (path, depth) => {
        const obj = {};
        i++;
        skipWs();
        if (text[i] === '}')
            return (i++, obj);
        for (;;) {
            skipWs();
            if (text[i] !== '"')
                fail(`Unexpected ${describe(i)}: expected a property name in double quotes`);
            const keyPos = i;
            const key = parseString();
            const keyPath = path ? `${path}.${key}` : key;
            keyLines.set(keyPath, lineOf(keyPos));
            skipWs();
            if (text[i] !== ':')
                fail(`Unexpected ${describe(i)}: expected ':' after property name`);
            i++;
            // defineProperty: a "__proto__" key stays an own property, as with JSON.parse.
            Object.defineProperty(obj, key, { value: parseValue(keyPath, depth + 1), enumerable: true, writable: true, configurable: true });
            skipWs();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === '}')
                return (i++, obj);
            return fail(`Unexpected ${describe(i)}: expected ',' or '}' after property value`);
        }
    };
    const parseArray = (path, depth) => {
        const arr = [];
        i++;
        skipWs();
        if (text[i] === ']')
            return (i++, arr);
        for (;;) {
            skipWs();
            const itemPath = path ? `${path}.${arr.length}` : String(arr.length);
            keyLines.set(itemPath, lineOf(i));
            arr.push(parseValue(itemPath, depth + 1));
            skipWs();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === ']')
                return (i++, arr);
            return fail(`Unexpected ${describe(i)}: expected ',' or ']' after array element`);
        }
    };
    try {
        skipWs();
        const data = parseValue('', 0);
        skipWs();
        if (i < text.length)
            fail(`Unexpected ${describe(i)} after the JSON value`);
        return { data, keyLines };
    }
    catch (e) {
        if (!(e instanceof JsonSyntaxError))
            throw e;
        const line = lineOf(e.pos);
        return { data: undefined, keyLines, error: { line, column: e.pos - (lineStarts[line - 1] ?? 0) + 1, message: e.message } };
    }
}
function computeLineStarts(text) {
    const starts = [0];
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1))
        starts.push(p + 1);
    return starts;
}
/** 1-based line of an offset (binary search over line starts). */
function lineAt(starts, pos) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= pos)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}


/***/ }),

/***/ 607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closest */
/** "Did you mean" suggestions for misspelt names (facts, rules, options, properties): typos should fail loudly and helpfully. */
/** Levenshtein distance, iterative with one row: names are short. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
        }
        prev = row;
    }
    return prev[b.length] ?? 0;
}
/** The closest candidate, when it is close enough to be a plausible typo (case-insensitive). */
function closest(name, candidates) {
    const lower = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = Math.max(2, Math.floor(name.length / 3));
    return best !== undefined && bestDistance <= allowed ? best : undefined;
}
/** ` (did you mean "x"?)` or the empty string. */
function didYouMean(name, candidates) {
    const suggestion = closest(name, candidates);
    return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}


/***/ }),

/***/ 974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SCHEMAS),
/* harmony export */   V: () => (/* binding */ BUILTIN_PACKS)
/* harmony export */ });
// generated by scripts/embed-assets.mjs — do not edit.
// Sources: policies/*.yml (built-in packs) and policies/schema/*.schema.json.
/* eslint-disable */
const BUILTIN_PACKS = {
    recommended: {
        file: 'policies/recommended.yml',
        text: '# The built-in `recommended` pack (SPEC §6.2): the RAG-versus-fine-tuning decision framework as rules.\n#\n#   Retrieval changes what a model KNOWS: fresh facts, citations, audit, per-tenant and personal data.\n#   Fine-tuning changes how it BEHAVES: strict format, tone, narrow high-volume tasks, latency and cost,\n#   after a measured retrieval or prompting baseline, with enough labelled data and an evaluation harness.\n#\n# Every rule is data: `when` reads facts (SPEC §6.1); no rule logic lives in code. Conventions shared by the\n# content rules (SPEC §6.3):\n#   - they judge an ADR only when it is about an LLM system (adr.llmRelated) and is accepted, proposed or of\n#     unknown status: rejected ADRs chose nothing, superseded and deprecated ones are history;\n#   - the llm-architecture.yml manifest is judged like an accepted ADR;\n#   - a hybrid sets both uses.fineTuning and uses.retrieval, so it counts as choosing both;\n#   - the first predicates name what the finding is about, so its location and quoted evidence point at the\n#     decision or the offending sentence; the document guards come last.\n# docs/rules/<id>.md is generated from this file (scripts/gen-rule-docs.mjs).\nid: recommended\ndescription: The RAG-versus-fine-tuning decision framework.\n\nrules:\n  finetune-for-fresh-facts:\n    severity: error\n    title: Fresh facts belong in retrieval, not in weights\n    appliesTo: [adr, manifest]\n    message: >-\n      This decision fine-tunes weights to hold knowledge that changes fast ({{knowledge.volatility}}:\n      {{evidence.knowledge.volatility}}). Weights are stale from the day the facts change: put that knowledge\n      in a retrieval index and fine-tune, if at all, only for format and tone.\n    remedy: >-\n      Move the changing knowledge into a retrieval index that is refreshed when its source changes. If a\n      behaviour gap remains (format, tone, a narrow task), fine-tune on examples whose answers carry no real\n      facts and let retrieval supply the facts at query time.\n    description: >-\n      Fires when the chosen design trains weights (fine-tuning, LoRA, continued pre-training, or the\n      fine-tuning half of a hybrid) to carry knowledge, that is `finetune.purpose` is knowledge or mixed, and\n      that knowledge changes quarterly or faster, or is said to change often or constantly. A corpus that\n      grows daily changes daily. When the knowledge changes yearly, rarely or at an unstated pace,\n      `finetune-for-knowledge` fires instead; the two never fire together.\n    rationale: >-\n      Fine-tuning changes how a model behaves; it is a poor way to store what a model knows. Facts trained\n      into weights are frozen at training time: every price change, new product or corrected policy needs\n      another training run, and in between the model answers confidently from outdated weights with nothing\n      to cite. A retrieval index is updated in minutes, answers can quote their source, and a wrong fact is\n      fixed by editing one document.\n    examples:\n      fail: |\n        ## Context\n        Tariffs change every week.\n\n        ## Decision\n        We will fine-tune Llama 3 8B on our tariff sheets so the assistant quotes current prices.\n      pass: |\n        ## Context\n        Tariffs change every week.\n\n        ## Decision\n        We will index the tariff sheets for retrieval, re-indexed on every change, and cite the sheet\n        each answer uses. A small fine-tune teaches only the quote format, on placeholder prices.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - { fact: finetune.purpose, in: [knowledge, mixed] }\n        - any:\n            - { fact: knowledge.changesFast, equals: true }\n            - { fact: knowledge.volatility, in: [realtime, daily, weekly, monthly, quarterly, frequent] }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  finetune-for-knowledge:\n    severity: warning\n    title: Fine-tuning is not a knowledge store\n    appliesTo: [adr, manifest]\n    message: >-\n      This decision fine-tunes weights to learn facts ({{evidence.finetune.purpose}}). Even knowledge that\n      changes slowly is better served from documents: facts in weights cannot be cited, corrected one at a\n      time or audited. Serve the facts through retrieval and keep fine-tuning for behaviour.\n    remedy: >-\n      Put the documents in a retrieval index and pass the relevant passages in the prompt. Fine-tune only if a\n      behaviour gap remains, with training answers that carry no real facts.\n    description: >-\n      Fires when the chosen design fine-tunes so that the model knows, learns, absorbs or internalises facts\n      (products, policies, prices, documents, what terms mean), that is `finetune.purpose` is knowledge or\n      mixed, and the knowledge is not known to change quarterly or faster: it changes yearly or rarely, is\n      static or frozen, or its pace is not stated. Fast-changing knowledge fires `finetune-for-fresh-facts`\n      instead; the two never fire together.\n    rationale: >-\n      A fine-tune does not reliably memorise a document set: it learns the style of the answers and fills\n      the gaps with plausible inventions. Facts in weights cannot be traced to a source, corrected one at a\n      time or removed, and even a yearly change needs a new training run. Retrieval keeps the facts in\n      documents that can be cited, reviewed and updated.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune GPT-4o mini on our 300 product manuals so that it knows every product.\n      pass: |\n        ## Decision\n        We will retrieve the relevant manual sections at query time and fine-tune GPT-4o mini only\n        on the support answer format, with placeholder product data.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - { fact: finetune.purpose, in: [knowledge, mixed] }\n        - { fact: knowledge.changesFast, equals: false }\n        - not: { fact: knowledge.volatility, in: [realtime, daily, weekly, monthly, quarterly, frequent] }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  citations-need-retrieval:\n    severity: error\n    title: Cited or audited answers need retrieval\n    appliesTo: [adr, manifest]\n    message: >-\n      The chosen design ({{evidence}}) retrieves nothing at query time, yet answers must cite their sources or\n      be auditable. A model answering from its weights or its prompt alone has no source to point to: it can\n      only produce text that looks like a citation.\n    remedy: >-\n      Add retrieval: fetch the relevant passages at query time, answer from them, and return their\n      identifiers as citations. Log the retrieved passages with each answer for audit.\n    description: >-\n      Fires when answers must cite or trace to their sources (`requires.citations`) or must satisfy auditors,\n      compliance or a regulated domain (`requires.audit`), and the chosen design (fine-tuning, continued\n      pre-training or prompting) has no retrieval step. Putting the relevant source documents into the prompt\n      at query time counts as retrieval; a hybrid has retrieval.\n    rationale: >-\n      A citation is a pointer to the passage an answer came from. A model answering from its weights has no\n      such pointer. Auditors need to see which document, in which version, said what; only a retrieval step\n      records that, per answer.\n    examples:\n      fail: |\n        ## Context\n        Every answer must cite the guideline section it relies on.\n\n        ## Decision\n        We will fine-tune a model on our clinical guidelines.\n      pass: |\n        ## Context\n        Every answer must cite the guideline section it relies on.\n\n        ## Decision\n        We will retrieve guideline sections and answer only from them, citing the section ids.\n        The retrieved passages are logged with each answer.\n    when:\n      all:\n        - any:\n            - { fact: uses.fineTuning, equals: true }\n            - { fact: approach, in: [fine-tuning, continued-pretraining, prompting] }\n        - { fact: uses.retrieval, equals: false }\n        - any:\n            - { fact: requires.citations, equals: true }\n            - { fact: requires.audit, equals: true }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  sensitive-data-in-weights:\n    severity: error\n    title: Personal data stays out of model weights\n    appliesTo: [adr, manifest, training-data]\n    message: >-\n      Personal or sensitive data, or facts that must be erasable, would end up in model weights\n      ({{evidence}}). Weights cannot forget one person, enforce who may see what, or show where an answer came\n      from. Keep such data in a store with access control and deletion, and train only on synthetic or\n      scrubbed examples.\n    remedy: >-\n      Remove personal data from the training set, replacing it with synthetic or placeholder values, and\n      serve personal or erasable facts through retrieval with access control and deletion.\n    description: >-\n      Fires on training data that contains personal or special-category data (names, contact details,\n      account numbers, patient or employee records, financial hardship), and on an ADR whose chosen design\n      fine-tunes on such data, or puts facts into weights (a knowledge or mixed fine-tune, or continued\n      pre-training) while personal data is involved or a right to erasure is stated. Pseudonymised data is\n      still personal data; synthetic, invented or placeholder data is not.\n    rationale: >-\n      Models memorise parts of their training data and can repeat it to anyone who asks the right way. Once\n      personal data is in weights there is no per-user access control and no way to honour an erasure request\n      short of retraining from scratch. A retrieval store keeps each record in one place, where it can be\n      filtered by permission and deleted.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune on two years of support tickets, including customer names and account numbers.\n      pass: |\n        ## Decision\n        We will fine-tune on support tickets rewritten with synthetic names and account numbers, and\n        look customer records up through retrieval filtered by the agent\'s permissions.\n    when:\n      any:\n        - all:\n            - { fact: doc.kind, equals: training-data }\n            - { fact: training.sensitiveData, equals: true }\n        - all:\n            - { fact: uses.fineTuning, equals: true }\n            - any:\n                - { fact: training.sensitiveData, equals: true }\n                - all:\n                    - any:\n                        - { fact: data.sensitive, equals: true }\n                        - { fact: data.erasure, equals: true }\n                    - any:\n                        - { fact: finetune.purpose, in: [knowledge, mixed] }\n                        - { fact: approach, equals: continued-pretraining }\n            - any:\n                - { fact: doc.kind, equals: manifest }\n                - all:\n                    - { fact: adr.llmRelated, equals: true }\n                    - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  tenant-knowledge-in-weights:\n    severity: warning\n    title: Per-tenant knowledge stays out of shared weights\n    appliesTo: [adr, manifest]\n    message: >-\n      Knowledge that differs per customer, region or permission ({{evidence.knowledge.perTenant}}) would be\n      trained into one shared model ({{evidence}}). Whatever one tenant\'s data taught it can surface in another\n      tenant\'s answers. Retrieve that knowledge with a tenant filter instead.\n    remedy: >-\n      Keep tenant-specific knowledge in a retrieval index partitioned or filtered by tenant and permission.\n      If behaviour must differ per tenant, train one adapter per tenant on that tenant\'s examples only.\n    description: >-\n      Fires when the chosen design fine-tunes one shared model or adapter and the knowledge the system needs\n      differs per customer, region or user permission (`knowledge.perTenant`), with the fine-tune meant to\n      carry knowledge, or with no retrieval to carry it instead. It fires even if the user interface hides\n      other tenants\' data: the weights still hold it. One adapter per tenant, and tenant filters in\n      retrieval, are not shared weights.\n    rationale: >-\n      A shared model has no notion of who is asking. Permissions cannot be applied to weights, a customer who\n      leaves cannot be removed from them, and a change to one tenant\'s terms needs a retraining run for all.\n      Retrieval applies the tenant and permission filter on every query.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune one model on all customers\' contract terms; the UI shows each customer\n        only the answers about their own contract.\n      pass: |\n        ## Decision\n        We will store each customer\'s contract terms in the retrieval index with a tenant id and\n        filter every query by the caller\'s tenant.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - { fact: knowledge.perTenant, equals: true }\n        - any:\n            - { fact: finetune.purpose, in: [knowledge, mixed] }\n            - all:\n                - { fact: finetune.purpose, equals: unknown }\n                - { fact: uses.retrieval, equals: false }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  retraining-to-refresh-facts:\n    severity: error\n    title: Do not retrain to keep facts current\n    appliesTo: [adr, manifest]\n    message: >-\n      Retraining is planned to bring new or changed facts into the weights ({{evidence}}). A retraining\n      schedule is a slow, costly index: the weights are out of date between runs, and every run can break\n      behaviour that worked. Refresh the facts in a retrieval index instead.\n    remedy: >-\n      Move the changing facts into a retrieval index refreshed when its sources change. Retrain only when\n      behaviour needs to change, and evaluate every run against a held-out set.\n    description: >-\n      Fires when scheduled or event-triggered retraining is planned to bring new or changed facts into the\n      weights ("retrained monthly with the new catalogue"), including when it is stated only as a consequence\n      ("retrained whenever tariffs change"). Re-indexing a retrieval store, and retraining to change\n      behaviour, do not fire.\n    rationale: >-\n      Between runs the weights are out of date; each run costs compute, needs a new evaluation, and can regress\n      behaviour that used to work. Retrieval reflects a change as soon as the document is re-indexed, and the\n      change can be reviewed like any other edit.\n    examples:\n      fail: |\n        ## Consequences\n        The model will be retrained every month with the updated price list.\n      pass: |\n        ## Consequences\n        The price list is re-indexed nightly; the model is retrained only when the answer format changes.\n    when:\n      all:\n        - { fact: training.refreshRetrain, equals: true }\n        - { fact: uses.fineTuning, equals: true }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  large-corpus-in-weights:\n    severity: warning\n    title: Large or growing corpora belong in an index\n    appliesTo: [adr, manifest, finetune-config]\n    message: >-\n      This decision trains a large or growing corpus into model weights ({{evidence.knowledge.corpusDocuments}}).\n      A model cannot reliably recall thousands of documents, and every new one means another training run:\n      index the corpus and retrieve from it.\n    remedy: >-\n      Index the corpus for retrieval, with structure-aware chunking and a retrieval evaluation. Fine-tune only\n      for behaviour, on a small curated set of examples.\n    description: >-\n      Fires when a corpus of 10,000 documents or more, or one described as large and growing, is fine-tuned\n      into weights to carry its knowledge (a knowledge or mixed fine-tune) or is continued-pre-trained into\n      them. On a fine-tuning config it fires for continued pre-training on a document corpus in the\n      repository (its size counted from the linked data files). A large corpus served through retrieval\n      does not fire.\n    rationale: >-\n      Weights compress; they do not store. The larger the corpus, the more of it a model blurs or invents, and\n      a growing corpus is out of date on the day training ends. An index scales to millions of documents, adds\n      a new one in seconds, and shows which document an answer used.\n    examples:\n      fail: |\n        ## Decision\n        We will continue pre-training Mistral 7B on our 40,000 wiki pages, which grow by about\n        200 pages a week.\n      pass: |\n        ## Decision\n        We will index the 40,000 wiki pages for retrieval and re-index changed pages hourly.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - any:\n            - { fact: knowledge.corpusDocuments, gte: 10000 }\n            - { fact: knowledge.corpusGrowing, equals: true }\n        - any:\n            - { fact: finetune.purpose, in: [knowledge, mixed] }\n            - { fact: approach, equals: continued-pretraining }\n        - any:\n            - { fact: doc.kind, in: [manifest, finetune-config] }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  insufficient-training-data:\n    severity: warning\n    title: Enough labelled examples before fine-tuning\n    appliesTo: [adr, manifest, finetune-config]\n    options:\n      min: 500\n    message: >-\n      This fine-tune has {{training.examples}} labelled examples ({{evidence.training.examples}}), fewer than\n      the {{options.min}} this policy asks for. With so few, a fine-tune tends to memorise its examples, and a\n      well-prompted base model with a few examples in the prompt usually does as well.\n    remedy: >-\n      Label more examples (reviewed synthetic ones count) until there are at least as many as the policy asks for (`options.min`, 500 by default), keeping a\n      held-out share for evaluation, or stay with prompting and few-shot examples until you have them.\n    description: >-\n      Fires on an ADR (or manifest) whose chosen design fine-tunes, and on a fine-tuning config, when the\n      number of labelled training examples, stated or counted in the training file the config references, is\n      below `options.min` (default 500). Labelled examples are training pairs: evaluation questions and corpus\n      documents do not count. An unknown count does not fire.\n    rationale: >-\n      A few hundred examples rarely move a model\'s behaviour reliably: they are easily memorised, and the\n      gain over few-shot prompting is within the noise of the evaluation. Measuring that gain needs a held-out\n      set too, which comes out of the same budget.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune a ticket classifier on the 120 tickets we labelled last sprint.\n      pass: |\n        ## Decision\n        We will fine-tune a ticket classifier on 4,800 labelled tickets and hold out 500 more for evaluation.\n    when:\n      all:\n        - { fact: training.examples, lt: { option: min } }\n        - any:\n            - { fact: uses.fineTuning, equals: true }\n            - { fact: doc.kind, equals: finetune-config }\n        - any:\n            - { fact: doc.kind, in: [manifest, finetune-config] }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  missing-eval-harness:\n    severity: warning\n    title: Define an evaluation harness before fine-tuning\n    appliesTo: [adr, manifest, finetune-config]\n    message: >-\n      This fine-tune ({{evidence}}) defines no held-out evaluation set or harness. Without one nobody can tell\n      whether the trained model beats the baseline, or whether the next run made it worse.\n    remedy: >-\n      Hold out a labelled evaluation set (in a config: `validation_file`, `val_set_size`, `eval_dataset`, …),\n      define the metric and the threshold that counts as success, and run it on the baseline before training.\n    description: >-\n      Fires on an ADR (or manifest) that chooses fine-tuning, and on a fine-tuning config, when no held-out\n      evaluation set, validation split or evaluation suite is defined for the fine-tune (in configs:\n      `val_set_size` above 0, `validation_file`, `val_size`, `eval_dataset`, `dataset_val`,\n      `validationDataConfig`, …). "We will watch feedback after launch" is no harness, and evaluating only\n      the retrieval half of a hybrid is none for the fine-tune.\n    rationale: >-\n      A fine-tune is an experiment. Its harness, a held-out set and the metric that decides, has to exist\n      before training, or the result is judged by impressions and a loss curve. The same harness catches a\n      regression each time the model is retrained.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune on 3,000 reply examples and ship it if the replies read well.\n      pass: |\n        ## Decision\n        We will fine-tune on 3,000 reply examples and score it on 400 held-out tickets (format\n        validity and a rubric), next to the prompted baseline.\n    when:\n      all:\n        # First, so that a config\'s `val_set_size: 0` is where the finding points.\n        - { fact: training.evalSet, equals: false }\n        - any:\n            - { fact: uses.fineTuning, equals: true }\n            - { fact: doc.kind, equals: finetune-config }\n        # A PEFT adapter_config.json is the output of a run, not the run: it cannot state an evaluation set.\n        - not: { fact: doc.format, equals: peft-adapter }\n        - any:\n            - { fact: doc.kind, in: [manifest, finetune-config] }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  finetune-before-baseline:\n    severity: warning\n    title: Measure a retrieval or prompting baseline first\n    appliesTo: [adr, manifest]\n    message: >-\n      This decision chooses fine-tuning ({{evidence}}) without a measured retrieval or prompting baseline that\n      shows the gap the fine-tune should close.\n    remedy: >-\n      Build the prompting or retrieval baseline, measure it on an evaluation set or on real requests, and\n      record the score and the gap in the ADR. Then decide whether a fine-tune is needed.\n    description: >-\n      Fires when an ADR (or manifest) chooses fine-tuning and no RAG or prompting baseline was measured on the\n      task first (`baseline.evaluated`). A measurement is a score on a set, or a rate over real requests,\n      that shows the gap the fine-tune addresses. Anecdotes are not measurements, and an existing RAG system\n      with no gap shown is no baseline.\n    rationale: >-\n      Retrieval and prompting are cheaper, quicker to change, and often enough. Fine-tuning earns its cost\n      only where a measured baseline shows a behaviour gap that prompting cannot close, and the same\n      measurement later shows whether the fine-tune closed it.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune Llama 3 for ticket triage because prompting felt unreliable.\n      pass: |\n        ## Decision\n        A prompted GPT-4o mini baseline reached 71% triage accuracy on 600 labelled tickets; we need\n        90%. We will fine-tune on 5,000 tickets and compare on the same set.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - { fact: baseline.evaluated, equals: false }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  finetune-to-fix-retrieval:\n    severity: warning\n    title: Fix retrieval instead of fine-tuning around it\n    appliesTo: [adr, manifest]\n    message: >-\n      Fine-tuning is proposed to fix poor retrieval or hallucination ({{evidence.finetune.fixesRetrieval}}).\n      When the right passages are not retrieved, a fine-tuned model learns to sound right without them: fix\n      retrieval, chunking or evaluation first.\n    remedy: >-\n      Measure retrieval (recall@k on labelled questions) and answer faithfulness, then fix chunking, the\n      embedding model, reranking or coverage. Tune the embedding model or a reranker if needed, not the\n      generator.\n    description: >-\n      Fires when the chosen design fine-tunes because retrieval results are poor or answers hallucinate\n      (`finetune.fixesRetrieval`). Fine-tuning an embedding model or a reranker is tuning of retrieval, not\n      fine-tuning, and does not fire.\n    rationale: >-\n      Wrong answers in a RAG system usually start in retrieval: poor chunking, a weak embedding model, no\n      reranking, missing documents. Fine-tuning the generator hides the symptom: the model grows more fluent\n      and more confident while the context it needs is still missing.\n    examples:\n      fail: |\n        ## Context\n        Our RAG assistant hallucinates policy details.\n\n        ## Decision\n        We will fine-tune the generator on policy Q&A to stop the hallucinations.\n      pass: |\n        ## Context\n        Our RAG assistant hallucinates policy details.\n\n        ## Decision\n        We will measure recall@5 on 300 labelled questions, chunk by heading and add a reranker.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - { fact: finetune.fixesRetrieval, equals: true }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  naive-chunking:\n    severity: warning\n    title: Chunk along the documents\' structure\n    appliesTo: [adr, manifest, rag-config]\n    message: >-\n      Retrieval splits documents into fixed-size windows ({{evidence}}). Fixed windows cut tables, clauses and\n      procedures in half, so the retriever returns fragments without the context that makes them true.\n    remedy: >-\n      Split along the documents\' structure (headings, sections, clauses, table rows, records) or use a\n      recursive or semantic splitter, and compare retrieval quality before and after.\n    description: >-\n      Fires on an ADR (or manifest) whose chosen design retrieves, and on a RAG config, when chunking uses\n      fixed-size windows of tokens, characters or words, with or without overlap. Splitting by headings,\n      clauses, sentences, table rows or records, and recursive or semantic splitters, are not naive. Chunking\n      of a pipeline that the decision replaces does not count.\n    rationale: >-\n      Fixed windows ignore meaning: a definition lands in one chunk and its exceptions in the next, a table\n      loses its header. Overlap softens this but doubles the index without restoring structure.\n      Structure-aware chunks retrieve whole answers and make citations point at something a reader recognises.\n    examples:\n      fail: |\n        ## Decision\n        We will split the manuals into 512-token chunks with 50 tokens of overlap.\n      pass: |\n        ## Decision\n        We will split the manuals by section heading, keeping tables and numbered procedures whole.\n    when:\n      all:\n        - { fact: rag.chunking, equals: fixed }\n        - any:\n            - { fact: doc.kind, equals: rag-config }\n            - all:\n                - { fact: uses.retrieval, equals: true }\n                - any:\n                    - { fact: doc.kind, equals: manifest }\n                    - all:\n                        - { fact: adr.llmRelated, equals: true }\n                        - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  rag-without-evaluation:\n    severity: warning\n    title: Evaluate retrieval and answer quality\n    appliesTo: [adr, manifest]\n    message: >-\n      This decision chooses retrieval ({{evidence}}) without defining how retrieval or answer quality is\n      measured. A RAG system fails quietly: the retriever misses the passage and the model answers anyway.\n    remedy: >-\n      Label a set of real questions with the passages that answer them; track recall@k for retrieval and\n      faithfulness or correctness for answers, and run it on every change to the pipeline.\n    description: >-\n      Fires when an ADR (or manifest) chooses retrieval and defines no retrieval or answer-quality evaluation\n      (recall@k, faithfulness, groundedness, correctness on a labelled set). "To be added later" is none.\n    rationale: >-\n      Without a labelled question set and a retrieval metric, every change to chunking, embeddings or prompts\n      is a guess, and regressions ship unnoticed. The evaluation is also the baseline any later fine-tune has\n      to beat.\n    examples:\n      fail: |\n        ## Decision\n        We will answer HR questions with retrieval over the policy wiki. Evaluation will be added later.\n      pass: |\n        ## Decision\n        We will answer HR questions with retrieval over the policy wiki, tracking recall@5 and answer\n        faithfulness on 250 labelled questions in CI.\n    when:\n      all:\n        - { fact: uses.retrieval, equals: true }\n        - { fact: rag.evaluation, equals: false }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  rag-for-behavior:\n    severity: notice\n    title: Retrieval does not fix behaviour\n    appliesTo: [adr, manifest]\n    message: >-\n      Retrieval alone is chosen ({{evidence}}) to fix a behaviour problem: format, tone or consistency of\n      style. Retrieved documents change what the model knows, not how it writes.\n    remedy: >-\n      Address behaviour with instructions, few-shot examples, structured output or constrained decoding; if a\n      measured gap remains, fine-tune for it. Keep retrieval for facts.\n    description: >-\n      Fires when the chosen design retrieves without fine-tuning and the problem it sets out to fix is\n      behaviour (`problem.kind` is behavior): tone, format, structure or consistency of style. Inconsistent\n      facts are a knowledge problem and do not fire.\n    rationale: >-\n      Retrieval adds context; it does not teach a model to follow a schema or keep a voice. Retrieving style\n      guides into the prompt helps a little and costs tokens on every call. Behaviour is what instructions,\n      structured output and, past a measured gap, fine-tuning change.\n    examples:\n      fail: |\n        ## Context\n        Replies vary in tone and often break our JSON format.\n\n        ## Decision\n        We will retrieve our style guide and sample replies into every prompt.\n      pass: |\n        ## Context\n        Replies vary in tone and often break our JSON format.\n\n        ## Decision\n        We will use structured output with a JSON schema and few-shot examples of the house tone.\n    when:\n      all:\n        - { fact: uses.retrieval, equals: true }\n        - { fact: uses.fineTuning, equals: false }\n        - { fact: problem.kind, equals: behavior }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  unjustified-hybrid:\n    severity: notice\n    title: A hybrid needs a behaviour need\n    appliesTo: [adr, manifest]\n    message: >-\n      This decision chooses a hybrid ({{evidence}}) but names no behaviour the fine-tune would serve: no strict\n      format, tone, narrow task, reasoning pattern, output vocabulary, or latency or cost on a high-volume path.\n    remedy: >-\n      Name the behaviour need the fine-tune serves and how it will be measured, or drop the fine-tune and\n      start with retrieval and prompting.\n    description: >-\n      Fires when the chosen design both fine-tunes and retrieves and none of the behaviour needs that justify\n      a fine-tune is stated: strict output format, tone or voice, a narrow classification or extraction task,\n      a domain reasoning pattern, vocabulary in outputs, latency or token cost on a high-volume path. "Best of\n      both worlds", "cover both approaches" and "more knowledgeable" are not behaviour needs.\n    rationale: >-\n      A hybrid carries the cost of both approaches: training data, training runs and an evaluation harness\n      for the fine-tune, and an index for retrieval. It is the right design when both needs are real; chosen\n      to avoid deciding, the fine-tune adds cost and a second place for facts to go stale.\n    examples:\n      fail: |\n        ## Decision\n        We will fine-tune Llama 3 on our docs and also use RAG, to get the best of both worlds.\n      pass: |\n        ## Decision\n        We will retrieve from our docs, and fine-tune Llama 3 so every answer follows our strict\n        JSON response schema.\n    when:\n      all:\n        - { fact: uses.fineTuning, equals: true }\n        - { fact: uses.retrieval, equals: true }\n        - not:\n            any:\n              - { fact: behavior.strictFormat, equals: true }\n              - { fact: behavior.tone, equals: true }\n              - { fact: behavior.narrowTask, equals: true }\n              - { fact: behavior.reasoning, equals: true }\n              - { fact: behavior.vocabulary, equals: true }\n              - { fact: behavior.latencySensitive, equals: true }\n              - { fact: behavior.highVolume, equals: true }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n\n  training-data-volatile-facts:\n    severity: warning\n    title: Training answers should not state volatile facts\n    appliesTo: [training-data]\n    options:\n      minRatio: 0.05\n    message: >-\n      {{training.volatileFactRatio|percent}} of the training examples answer with prices, dates, versions,\n      rates or "currently" facts (for example {{evidence}}); this policy allows less than\n      {{options.minRatio|percent}}. Trained into weights, those values go stale, and the model learns to state\n      such facts with confidence.\n    remedy: >-\n      Rewrite the affected answers with placeholders ({price}, {date}) or with values taken from the\n      example\'s own input, and supply current values through retrieval at query time.\n    description: >-\n      Fires on training data when at least `options.minRatio` (default 0.05) of the examples have a target\n      (assistant or completion) text that states a price or amount, a date, a version, a rate or percentage,\n      or a "currently / as of / since <date>" fact that does not appear in that example\'s own input. User\n      turns are ignored; statutory durations and physical quantities are not volatile facts.\n    rationale: >-\n      A fine-tune learns from its answers. Answers full of today\'s prices and versions teach the model to\n      produce such values from memory, and they are wrong as soon as the values change. Answers that copy\n      values from the input teach it to use what retrieval supplies.\n    examples:\n      fail: |\n        {"messages": [{"role": "user", "content": "How much is the Pro plan?"},\n          {"role": "assistant", "content": "The Pro plan currently costs $49 per month."}]}\n      pass: |\n        {"messages": [{"role": "user", "content": "Price list: Pro {price}/month. How much is the Pro plan?"},\n          {"role": "assistant", "content": "The Pro plan costs {price} per month."}]}\n    when:\n      all:\n        - { fact: training.volatileFactRatio, gte: { option: minRatio } }\n        - { fact: doc.kind, equals: training-data }\n\n  finetune-config-without-adr:\n    severity: warning\n    title: Fine-tuning configs need an accepted ADR\n    appliesTo: [finetune-config]\n    message: >-\n      This fine-tuning config ({{evidence}}) has no accepted ADR in the repository that decides\n      fine-tuning{{evidence.repo.acceptedFinetuneAdr|against}}. Nobody has written down why retrieval and\n      prompting were not enough.\n    remedy: >-\n      Write, or accept, an ADR that decides fine-tuning, with its baseline, data and evaluation plan, or\n      remove the config.\n    description: >-\n      Fires on a fine-tuning config when no accepted ADR in the repository decides fine-tuning\n      (`repo.acceptedFinetuneAdr`). Proposed ADRs, and ADRs that only consider fine-tuning, do not count.\n    rationale: >-\n      Fine-tuning is an architecture decision with lasting costs: data, training runs, evaluation, and a model\n      to maintain. A config without a decision record means the reasons are nowhere to be checked when the\n      model misbehaves or the data changes.\n    examples:\n      fail: |\n        # ml/finetune/axolotl.yml, and no accepted ADR decides fine-tuning\n        base_model: meta-llama/Meta-Llama-3-8B\n        datasets:\n          - path: data/replies.jsonl\n            type: chat_template\n      pass: |\n        # docs/adr/0012-fine-tune-reply-format.md is accepted and decides fine-tuning\n        base_model: meta-llama/Meta-Llama-3-8B\n        datasets:\n          - path: data/replies.jsonl\n            type: chat_template\n    when:\n      all:\n        - any:\n            - { fact: uses.fineTuning, equals: true }\n            - { fact: doc.kind, equals: finetune-config }\n        - { fact: repo.acceptedFinetuneAdr, equals: false }\n\n  adr-missing-sections:\n    severity: notice\n    title: LLM decision records have status, context, decision and consequences\n    appliesTo: [adr]\n    message: >-\n      This LLM decision record lacks at least one of the status, context, decision and consequences sections\n      (it has: {{adr.sections}}).\n    remedy: >-\n      Add the missing sections: Status (proposed, accepted, …), Context (the forces and constraints), Decision\n      (what is chosen) and Consequences (what follows, including costs).\n    description: >-\n      Fires on an LLM-related ADR, whatever its status, that lacks a status, a context, a decision or a\n      consequences section. Sections are recognised under the names of the usual templates (MADR, Nygard,\n      Y-statements, log4brains).\n    rationale: >-\n      Without context a reader cannot tell which constraints the decision answered; without consequences\n      nobody can check it later; without a status nobody knows whether it is in force. LLM decisions are\n      revisited often, as models and prices change, so the record has to carry its reasons.\n    examples:\n      fail: |\n        # Use RAG for the support assistant\n        We will use retrieval over the help centre.\n      pass: |\n        # Use RAG for the support assistant\n        ## Status\n        Accepted\n        ## Context\n        Help-centre articles change daily and answers must link to them.\n        ## Decision\n        We will use retrieval over the help centre.\n        ## Consequences\n        We maintain an index and a labelled question set.\n    when:\n      all:\n        - { fact: adr.llmRelated, equals: true }\n        - any:\n            - not: { fact: adr.sections, contains: status }\n            - not: { fact: adr.sections, contains: context }\n            - not: { fact: adr.sections, contains: decision }\n            - not: { fact: adr.sections, contains: consequences }\n\n  undecided-llm-adr:\n    severity: notice\n    title: Accepted LLM decision records state a decision\n    appliesTo: [adr]\n    message: >-\n      {{doc.path}} is an accepted LLM decision record, yet it states no identifiable decision: its decision part\n      chooses no approach, and its front matter sets no llm.approach.\n    remedy: >-\n      State the choice in the Decision (or Decision Outcome) section, for example "We will use retrieval\n      over …", or set `llm.approach` in the front matter.\n    description: >-\n      Fires on an accepted LLM-related ADR from which no choice can be read: the decision part (Decision,\n      Decision Outcome, "Chosen option", "we decided for", front matter `llm.approach`) chooses no approach.\n      Options that were only considered, rejected alternatives, "we will not …", hypotheticals and past\n      attempts are not a decision. Proposed, rejected, superseded and deprecated ADRs do not fire.\n    rationale: >-\n      An accepted record that lists options without choosing one tells readers that something was settled\n      without saying what. The next team will reopen the question, or assume the answer they prefer.\n    examples:\n      fail: |\n        ## Status\n        Accepted\n        ## Considered options\n        * Fine-tune Llama 3\n        * Retrieval over the wiki\n      pass: |\n        ## Status\n        Accepted\n        ## Decision Outcome\n        Chosen option: "Retrieval over the wiki", because the wiki changes daily.\n    when:\n      all:\n        - { fact: adr.status, equals: accepted }\n        - { fact: adr.llmRelated, equals: true }\n        - { fact: approach, equals: none }\n        - { fact: uses.fineTuning, equals: false }\n        - { fact: uses.retrieval, equals: false }\n\n  prompt-bloat:\n    severity: notice\n    title: Long static prompts on hot paths\n    appliesTo: [adr, manifest]\n    message: >-\n      The static instruction prompt is about {{prompt.instructionTokens}} tokens ({{evidence}}) on a\n      high-volume or latency-sensitive path, and nothing is fine-tuned: those tokens are paid on every\n      request.\n    remedy: >-\n      Trim the instructions and measure; use prompt caching; if the prompt must stay long on a hot path,\n      fine-tune on examples that follow it (after a baseline, with an evaluation set) and drop the\n      instructions from the prompt.\n    description: >-\n      Fires when the chosen design does not fine-tune, the static instruction prompt is 1,500 tokens or more\n      (stated or measured in tokens, or words ÷ 0.75; retrieved passages never count), and the path is\n      high-volume or latency-sensitive.\n    rationale: >-\n      A long fixed prompt is behaviour paid for on every call, in latency and tokens. On a high-volume path\n      that is where fine-tuning earns its cost: it moves the instructions into the weights. Caching or\n      trimming the prompt may be enough first.\n    examples:\n      fail: |\n        ## Decision\n        We will prompt GPT-4o with our 2,400-token instruction block for all 3 million monthly\n        ticket classifications.\n      pass: |\n        ## Decision\n        We will prompt GPT-4o with a 400-token instruction block and cache it.\n    when:\n      all:\n        - { fact: prompt.instructionTokens, gte: 1500 }\n        - { fact: uses.fineTuning, equals: false }\n        - any:\n            - { fact: behavior.highVolume, equals: true }\n            - { fact: behavior.latencySensitive, equals: true }\n        - any:\n            - { fact: doc.kind, equals: manifest }\n            - all:\n                - { fact: adr.llmRelated, equals: true }\n                - { fact: adr.status, in: [accepted, proposed, unknown] }\n',
        data: {
            id: 'recommended',
            description: 'The RAG-versus-fine-tuning decision framework.',
            rules: {
                'finetune-for-fresh-facts': {
                    severity: 'error',
                    title: 'Fresh facts belong in retrieval, not in weights',
                    appliesTo: ['adr', 'manifest'],
                    message: 'This decision fine-tunes weights to hold knowledge that changes fast ({{knowledge.volatility}}: {{evidence.knowledge.volatility}}). Weights are stale from the day the facts change: put that knowledge in a retrieval index and fine-tune, if at all, only for format and tone.',
                    remedy: 'Move the changing knowledge into a retrieval index that is refreshed when its source changes. If a behaviour gap remains (format, tone, a narrow task), fine-tune on examples whose answers carry no real facts and let retrieval supply the facts at query time.',
                    description: 'Fires when the chosen design trains weights (fine-tuning, LoRA, continued pre-training, or the fine-tuning half of a hybrid) to carry knowledge, that is `finetune.purpose` is knowledge or mixed, and that knowledge changes quarterly or faster, or is said to change often or constantly. A corpus that grows daily changes daily. When the knowledge changes yearly, rarely or at an unstated pace, `finetune-for-knowledge` fires instead; the two never fire together.',
                    rationale: 'Fine-tuning changes how a model behaves; it is a poor way to store what a model knows. Facts trained into weights are frozen at training time: every price change, new product or corrected policy needs another training run, and in between the model answers confidently from outdated weights with nothing to cite. A retrieval index is updated in minutes, answers can quote their source, and a wrong fact is fixed by editing one document.',
                    examples: {
                        fail: '## Context\nTariffs change every week.\n\n## Decision\nWe will fine-tune Llama 3 8B on our tariff sheets so the assistant quotes current prices.\n',
                        pass: '## Context\nTariffs change every week.\n\n## Decision\nWe will index the tariff sheets for retrieval, re-indexed on every change, and cite the sheet\neach answer uses. A small fine-tune teaches only the quote format, on placeholder prices.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                fact: 'finetune.purpose',
                                in: ['knowledge', 'mixed'],
                            },
                            {
                                any: [
                                    {
                                        fact: 'knowledge.changesFast',
                                        equals: true,
                                    },
                                    {
                                        fact: 'knowledge.volatility',
                                        in: ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'frequent'],
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'finetune-for-knowledge': {
                    severity: 'warning',
                    title: 'Fine-tuning is not a knowledge store',
                    appliesTo: ['adr', 'manifest'],
                    message: 'This decision fine-tunes weights to learn facts ({{evidence.finetune.purpose}}). Even knowledge that changes slowly is better served from documents: facts in weights cannot be cited, corrected one at a time or audited. Serve the facts through retrieval and keep fine-tuning for behaviour.',
                    remedy: 'Put the documents in a retrieval index and pass the relevant passages in the prompt. Fine-tune only if a behaviour gap remains, with training answers that carry no real facts.',
                    description: 'Fires when the chosen design fine-tunes so that the model knows, learns, absorbs or internalises facts (products, policies, prices, documents, what terms mean), that is `finetune.purpose` is knowledge or mixed, and the knowledge is not known to change quarterly or faster: it changes yearly or rarely, is static or frozen, or its pace is not stated. Fast-changing knowledge fires `finetune-for-fresh-facts` instead; the two never fire together.',
                    rationale: 'A fine-tune does not reliably memorise a document set: it learns the style of the answers and fills the gaps with plausible inventions. Facts in weights cannot be traced to a source, corrected one at a time or removed, and even a yearly change needs a new training run. Retrieval keeps the facts in documents that can be cited, reviewed and updated.',
                    examples: {
                        fail: '## Decision\nWe will fine-tune GPT-4o mini on our 300 product manuals so that it knows every product.\n',
                        pass: '## Decision\nWe will retrieve the relevant manual sections at query time and fine-tune GPT-4o mini only\non the support answer format, with placeholder product data.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                fact: 'finetune.purpose',
                                in: ['knowledge', 'mixed'],
                            },
                            {
                                fact: 'knowledge.changesFast',
                                equals: false,
                            },
                            {
                                not: {
                                    fact: 'knowledge.volatility',
                                    in: ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'frequent'],
                                },
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'citations-need-retrieval': {
                    severity: 'error',
                    title: 'Cited or audited answers need retrieval',
                    appliesTo: ['adr', 'manifest'],
                    message: 'The chosen design ({{evidence}}) retrieves nothing at query time, yet answers must cite their sources or be auditable. A model answering from its weights or its prompt alone has no source to point to: it can only produce text that looks like a citation.',
                    remedy: 'Add retrieval: fetch the relevant passages at query time, answer from them, and return their identifiers as citations. Log the retrieved passages with each answer for audit.',
                    description: 'Fires when answers must cite or trace to their sources (`requires.citations`) or must satisfy auditors, compliance or a regulated domain (`requires.audit`), and the chosen design (fine-tuning, continued pre-training or prompting) has no retrieval step. Putting the relevant source documents into the prompt at query time counts as retrieval; a hybrid has retrieval.',
                    rationale: 'A citation is a pointer to the passage an answer came from. A model answering from its weights has no such pointer. Auditors need to see which document, in which version, said what; only a retrieval step records that, per answer.',
                    examples: {
                        fail: '## Context\nEvery answer must cite the guideline section it relies on.\n\n## Decision\nWe will fine-tune a model on our clinical guidelines.\n',
                        pass: '## Context\nEvery answer must cite the guideline section it relies on.\n\n## Decision\nWe will retrieve guideline sections and answer only from them, citing the section ids.\nThe retrieved passages are logged with each answer.\n',
                    },
                    when: {
                        all: [
                            {
                                any: [
                                    {
                                        fact: 'uses.fineTuning',
                                        equals: true,
                                    },
                                    {
                                        fact: 'approach',
                                        in: ['fine-tuning', 'continued-pretraining', 'prompting'],
                                    },
                                ],
                            },
                            {
                                fact: 'uses.retrieval',
                                equals: false,
                            },
                            {
                                any: [
                                    {
                                        fact: 'requires.citations',
                                        equals: true,
                                    },
                                    {
                                        fact: 'requires.audit',
                                        equals: true,
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'sensitive-data-in-weights': {
                    severity: 'error',
                    title: 'Personal data stays out of model weights',
                    appliesTo: ['adr', 'manifest', 'training-data'],
                    message: 'Personal or sensitive data, or facts that must be erasable, would end up in model weights ({{evidence}}). Weights cannot forget one person, enforce who may see what, or show where an answer came from. Keep such data in a store with access control and deletion, and train only on synthetic or scrubbed examples.',
                    remedy: 'Remove personal data from the training set, replacing it with synthetic or placeholder values, and serve personal or erasable facts through retrieval with access control and deletion.',
                    description: 'Fires on training data that contains personal or special-category data (names, contact details, account numbers, patient or employee records, financial hardship), and on an ADR whose chosen design fine-tunes on such data, or puts facts into weights (a knowledge or mixed fine-tune, or continued pre-training) while personal data is involved or a right to erasure is stated. Pseudonymised data is still personal data; synthetic, invented or placeholder data is not.',
                    rationale: 'Models memorise parts of their training data and can repeat it to anyone who asks the right way. Once personal data is in weights there is no per-user access control and no way to honour an erasure request short of retraining from scratch. A retrieval store keeps each record in one place, where it can be filtered by permission and deleted.',
                    examples: {
                        fail: '## Decision\nWe will fine-tune on two years of support tickets, including customer names and account numbers.\n',
                        pass: "## Decision\nWe will fine-tune on support tickets rewritten with synthetic names and account numbers, and\nlook customer records up through retrieval filtered by the agent's permissions.\n",
                    },
                    when: {
                        any: [
                            {
                                all: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'training-data',
                                    },
                                    {
                                        fact: 'training.sensitiveData',
                                        equals: true,
                                    },
                                ],
                            },
                            {
                                all: [
                                    {
                                        fact: 'uses.fineTuning',
                                        equals: true,
                                    },
                                    {
                                        any: [
                                            {
                                                fact: 'training.sensitiveData',
                                                equals: true,
                                            },
                                            {
                                                all: [
                                                    {
                                                        any: [
                                                            {
                                                                fact: 'data.sensitive',
                                                                equals: true,
                                                            },
                                                            {
                                                                fact: 'data.erasure',
                                                                equals: true,
                                                            },
                                                        ],
                                                    },
                                                    {
                                                        any: [
                                                            {
                                                                fact: 'finetune.purpose',
                                                                in: ['knowledge', 'mixed'],
                                                            },
                                                            {
                                                                fact: 'approach',
                                                                equals: 'continued-pretraining',
                                                            },
                                                        ],
                                                    },
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        any: [
                                            {
                                                fact: 'doc.kind',
                                                equals: 'manifest',
                                            },
                                            {
                                                all: [
                                                    {
                                                        fact: 'adr.llmRelated',
                                                        equals: true,
                                                    },
                                                    {
                                                        fact: 'adr.status',
                                                        in: ['accepted', 'proposed', 'unknown'],
                                                    },
                                                ],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'tenant-knowledge-in-weights': {
                    severity: 'warning',
                    title: 'Per-tenant knowledge stays out of shared weights',
                    appliesTo: ['adr', 'manifest'],
                    message: "Knowledge that differs per customer, region or permission ({{evidence.knowledge.perTenant}}) would be trained into one shared model ({{evidence}}). Whatever one tenant's data taught it can surface in another tenant's answers. Retrieve that knowledge with a tenant filter instead.",
                    remedy: "Keep tenant-specific knowledge in a retrieval index partitioned or filtered by tenant and permission. If behaviour must differ per tenant, train one adapter per tenant on that tenant's examples only.",
                    description: "Fires when the chosen design fine-tunes one shared model or adapter and the knowledge the system needs differs per customer, region or user permission (`knowledge.perTenant`), with the fine-tune meant to carry knowledge, or with no retrieval to carry it instead. It fires even if the user interface hides other tenants' data: the weights still hold it. One adapter per tenant, and tenant filters in retrieval, are not shared weights.",
                    rationale: "A shared model has no notion of who is asking. Permissions cannot be applied to weights, a customer who leaves cannot be removed from them, and a change to one tenant's terms needs a retraining run for all. Retrieval applies the tenant and permission filter on every query.",
                    examples: {
                        fail: "## Decision\nWe will fine-tune one model on all customers' contract terms; the UI shows each customer\nonly the answers about their own contract.\n",
                        pass: "## Decision\nWe will store each customer's contract terms in the retrieval index with a tenant id and\nfilter every query by the caller's tenant.\n",
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                fact: 'knowledge.perTenant',
                                equals: true,
                            },
                            {
                                any: [
                                    {
                                        fact: 'finetune.purpose',
                                        in: ['knowledge', 'mixed'],
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'finetune.purpose',
                                                equals: 'unknown',
                                            },
                                            {
                                                fact: 'uses.retrieval',
                                                equals: false,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'retraining-to-refresh-facts': {
                    severity: 'error',
                    title: 'Do not retrain to keep facts current',
                    appliesTo: ['adr', 'manifest'],
                    message: 'Retraining is planned to bring new or changed facts into the weights ({{evidence}}). A retraining schedule is a slow, costly index: the weights are out of date between runs, and every run can break behaviour that worked. Refresh the facts in a retrieval index instead.',
                    remedy: 'Move the changing facts into a retrieval index refreshed when its sources change. Retrain only when behaviour needs to change, and evaluate every run against a held-out set.',
                    description: 'Fires when scheduled or event-triggered retraining is planned to bring new or changed facts into the weights ("retrained monthly with the new catalogue"), including when it is stated only as a consequence ("retrained whenever tariffs change"). Re-indexing a retrieval store, and retraining to change behaviour, do not fire.',
                    rationale: 'Between runs the weights are out of date; each run costs compute, needs a new evaluation, and can regress behaviour that used to work. Retrieval reflects a change as soon as the document is re-indexed, and the change can be reviewed like any other edit.',
                    examples: {
                        fail: '## Consequences\nThe model will be retrained every month with the updated price list.\n',
                        pass: '## Consequences\nThe price list is re-indexed nightly; the model is retrained only when the answer format changes.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'training.refreshRetrain',
                                equals: true,
                            },
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'large-corpus-in-weights': {
                    severity: 'warning',
                    title: 'Large or growing corpora belong in an index',
                    appliesTo: ['adr', 'manifest', 'finetune-config'],
                    message: 'This decision trains a large or growing corpus into model weights ({{evidence.knowledge.corpusDocuments}}). A model cannot reliably recall thousands of documents, and every new one means another training run: index the corpus and retrieve from it.',
                    remedy: 'Index the corpus for retrieval, with structure-aware chunking and a retrieval evaluation. Fine-tune only for behaviour, on a small curated set of examples.',
                    description: 'Fires when a corpus of 10,000 documents or more, or one described as large and growing, is fine-tuned into weights to carry its knowledge (a knowledge or mixed fine-tune) or is continued-pre-trained into them. On a fine-tuning config it fires for continued pre-training on a document corpus in the repository (its size counted from the linked data files). A large corpus served through retrieval does not fire.',
                    rationale: 'Weights compress; they do not store. The larger the corpus, the more of it a model blurs or invents, and a growing corpus is out of date on the day training ends. An index scales to millions of documents, adds a new one in seconds, and shows which document an answer used.',
                    examples: {
                        fail: '## Decision\nWe will continue pre-training Mistral 7B on our 40,000 wiki pages, which grow by about\n200 pages a week.\n',
                        pass: '## Decision\nWe will index the 40,000 wiki pages for retrieval and re-index changed pages hourly.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                any: [
                                    {
                                        fact: 'knowledge.corpusDocuments',
                                        gte: 10000,
                                    },
                                    {
                                        fact: 'knowledge.corpusGrowing',
                                        equals: true,
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'finetune.purpose',
                                        in: ['knowledge', 'mixed'],
                                    },
                                    {
                                        fact: 'approach',
                                        equals: 'continued-pretraining',
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        in: ['manifest', 'finetune-config'],
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'insufficient-training-data': {
                    severity: 'warning',
                    title: 'Enough labelled examples before fine-tuning',
                    appliesTo: ['adr', 'manifest', 'finetune-config'],
                    options: {
                        min: 500,
                    },
                    message: 'This fine-tune has {{training.examples}} labelled examples ({{evidence.training.examples}}), fewer than the {{options.min}} this policy asks for. With so few, a fine-tune tends to memorise its examples, and a well-prompted base model with a few examples in the prompt usually does as well.',
                    remedy: 'Label more examples (reviewed synthetic ones count) until there are at least as many as the policy asks for (`options.min`, 500 by default), keeping a held-out share for evaluation, or stay with prompting and few-shot examples until you have them.',
                    description: 'Fires on an ADR (or manifest) whose chosen design fine-tunes, and on a fine-tuning config, when the number of labelled training examples, stated or counted in the training file the config references, is below `options.min` (default 500). Labelled examples are training pairs: evaluation questions and corpus documents do not count. An unknown count does not fire.',
                    rationale: "A few hundred examples rarely move a model's behaviour reliably: they are easily memorised, and the gain over few-shot prompting is within the noise of the evaluation. Measuring that gain needs a held-out set too, which comes out of the same budget.",
                    examples: {
                        fail: '## Decision\nWe will fine-tune a ticket classifier on the 120 tickets we labelled last sprint.\n',
                        pass: '## Decision\nWe will fine-tune a ticket classifier on 4,800 labelled tickets and hold out 500 more for evaluation.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'training.examples',
                                lt: {
                                    option: 'min',
                                },
                            },
                            {
                                any: [
                                    {
                                        fact: 'uses.fineTuning',
                                        equals: true,
                                    },
                                    {
                                        fact: 'doc.kind',
                                        equals: 'finetune-config',
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        in: ['manifest', 'finetune-config'],
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'missing-eval-harness': {
                    severity: 'warning',
                    title: 'Define an evaluation harness before fine-tuning',
                    appliesTo: ['adr', 'manifest', 'finetune-config'],
                    message: 'This fine-tune ({{evidence}}) defines no held-out evaluation set or harness. Without one nobody can tell whether the trained model beats the baseline, or whether the next run made it worse.',
                    remedy: 'Hold out a labelled evaluation set (in a config: `validation_file`, `val_set_size`, `eval_dataset`, …), define the metric and the threshold that counts as success, and run it on the baseline before training.',
                    description: 'Fires on an ADR (or manifest) that chooses fine-tuning, and on a fine-tuning config, when no held-out evaluation set, validation split or evaluation suite is defined for the fine-tune (in configs: `val_set_size` above 0, `validation_file`, `val_size`, `eval_dataset`, `dataset_val`, `validationDataConfig`, …). "We will watch feedback after launch" is no harness, and evaluating only the retrieval half of a hybrid is none for the fine-tune.',
                    rationale: 'A fine-tune is an experiment. Its harness, a held-out set and the metric that decides, has to exist before training, or the result is judged by impressions and a loss curve. The same harness catches a regression each time the model is retrained.',
                    examples: {
                        fail: '## Decision\nWe will fine-tune on 3,000 reply examples and ship it if the replies read well.\n',
                        pass: '## Decision\nWe will fine-tune on 3,000 reply examples and score it on 400 held-out tickets (format\nvalidity and a rubric), next to the prompted baseline.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'training.evalSet',
                                equals: false,
                            },
                            {
                                any: [
                                    {
                                        fact: 'uses.fineTuning',
                                        equals: true,
                                    },
                                    {
                                        fact: 'doc.kind',
                                        equals: 'finetune-config',
                                    },
                                ],
                            },
                            {
                                not: {
                                    fact: 'doc.format',
                                    equals: 'peft-adapter',
                                },
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        in: ['manifest', 'finetune-config'],
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'finetune-before-baseline': {
                    severity: 'warning',
                    title: 'Measure a retrieval or prompting baseline first',
                    appliesTo: ['adr', 'manifest'],
                    message: 'This decision chooses fine-tuning ({{evidence}}) without a measured retrieval or prompting baseline that shows the gap the fine-tune should close.',
                    remedy: 'Build the prompting or retrieval baseline, measure it on an evaluation set or on real requests, and record the score and the gap in the ADR. Then decide whether a fine-tune is needed.',
                    description: 'Fires when an ADR (or manifest) chooses fine-tuning and no RAG or prompting baseline was measured on the task first (`baseline.evaluated`). A measurement is a score on a set, or a rate over real requests, that shows the gap the fine-tune addresses. Anecdotes are not measurements, and an existing RAG system with no gap shown is no baseline.',
                    rationale: 'Retrieval and prompting are cheaper, quicker to change, and often enough. Fine-tuning earns its cost only where a measured baseline shows a behaviour gap that prompting cannot close, and the same measurement later shows whether the fine-tune closed it.',
                    examples: {
                        fail: '## Decision\nWe will fine-tune Llama 3 for ticket triage because prompting felt unreliable.\n',
                        pass: '## Decision\nA prompted GPT-4o mini baseline reached 71% triage accuracy on 600 labelled tickets; we need\n90%. We will fine-tune on 5,000 tickets and compare on the same set.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                fact: 'baseline.evaluated',
                                equals: false,
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'finetune-to-fix-retrieval': {
                    severity: 'warning',
                    title: 'Fix retrieval instead of fine-tuning around it',
                    appliesTo: ['adr', 'manifest'],
                    message: 'Fine-tuning is proposed to fix poor retrieval or hallucination ({{evidence.finetune.fixesRetrieval}}). When the right passages are not retrieved, a fine-tuned model learns to sound right without them: fix retrieval, chunking or evaluation first.',
                    remedy: 'Measure retrieval (recall@k on labelled questions) and answer faithfulness, then fix chunking, the embedding model, reranking or coverage. Tune the embedding model or a reranker if needed, not the generator.',
                    description: 'Fires when the chosen design fine-tunes because retrieval results are poor or answers hallucinate (`finetune.fixesRetrieval`). Fine-tuning an embedding model or a reranker is tuning of retrieval, not fine-tuning, and does not fire.',
                    rationale: 'Wrong answers in a RAG system usually start in retrieval: poor chunking, a weak embedding model, no reranking, missing documents. Fine-tuning the generator hides the symptom: the model grows more fluent and more confident while the context it needs is still missing.',
                    examples: {
                        fail: '## Context\nOur RAG assistant hallucinates policy details.\n\n## Decision\nWe will fine-tune the generator on policy Q&A to stop the hallucinations.\n',
                        pass: '## Context\nOur RAG assistant hallucinates policy details.\n\n## Decision\nWe will measure recall@5 on 300 labelled questions, chunk by heading and add a reranker.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                fact: 'finetune.fixesRetrieval',
                                equals: true,
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'naive-chunking': {
                    severity: 'warning',
                    title: "Chunk along the documents' structure",
                    appliesTo: ['adr', 'manifest', 'rag-config'],
                    message: 'Retrieval splits documents into fixed-size windows ({{evidence}}). Fixed windows cut tables, clauses and procedures in half, so the retriever returns fragments without the context that makes them true.',
                    remedy: "Split along the documents' structure (headings, sections, clauses, table rows, records) or use a recursive or semantic splitter, and compare retrieval quality before and after.",
                    description: 'Fires on an ADR (or manifest) whose chosen design retrieves, and on a RAG config, when chunking uses fixed-size windows of tokens, characters or words, with or without overlap. Splitting by headings, clauses, sentences, table rows or records, and recursive or semantic splitters, are not naive. Chunking of a pipeline that the decision replaces does not count.',
                    rationale: 'Fixed windows ignore meaning: a definition lands in one chunk and its exceptions in the next, a table loses its header. Overlap softens this but doubles the index without restoring structure. Structure-aware chunks retrieve whole answers and make citations point at something a reader recognises.',
                    examples: {
                        fail: '## Decision\nWe will split the manuals into 512-token chunks with 50 tokens of overlap.\n',
                        pass: '## Decision\nWe will split the manuals by section heading, keeping tables and numbered procedures whole.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'rag.chunking',
                                equals: 'fixed',
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'rag-config',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'uses.retrieval',
                                                equals: true,
                                            },
                                            {
                                                any: [
                                                    {
                                                        fact: 'doc.kind',
                                                        equals: 'manifest',
                                                    },
                                                    {
                                                        all: [
                                                            {
                                                                fact: 'adr.llmRelated',
                                                                equals: true,
                                                            },
                                                            {
                                                                fact: 'adr.status',
                                                                in: ['accepted', 'proposed', 'unknown'],
                                                            },
                                                        ],
                                                    },
                                                ],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'rag-without-evaluation': {
                    severity: 'warning',
                    title: 'Evaluate retrieval and answer quality',
                    appliesTo: ['adr', 'manifest'],
                    message: 'This decision chooses retrieval ({{evidence}}) without defining how retrieval or answer quality is measured. A RAG system fails quietly: the retriever misses the passage and the model answers anyway.',
                    remedy: 'Label a set of real questions with the passages that answer them; track recall@k for retrieval and faithfulness or correctness for answers, and run it on every change to the pipeline.',
                    description: 'Fires when an ADR (or manifest) chooses retrieval and defines no retrieval or answer-quality evaluation (recall@k, faithfulness, groundedness, correctness on a labelled set). "To be added later" is none.',
                    rationale: 'Without a labelled question set and a retrieval metric, every change to chunking, embeddings or prompts is a guess, and regressions ship unnoticed. The evaluation is also the baseline any later fine-tune has to beat.',
                    examples: {
                        fail: '## Decision\nWe will answer HR questions with retrieval over the policy wiki. Evaluation will be added later.\n',
                        pass: '## Decision\nWe will answer HR questions with retrieval over the policy wiki, tracking recall@5 and answer\nfaithfulness on 250 labelled questions in CI.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.retrieval',
                                equals: true,
                            },
                            {
                                fact: 'rag.evaluation',
                                equals: false,
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'rag-for-behavior': {
                    severity: 'notice',
                    title: 'Retrieval does not fix behaviour',
                    appliesTo: ['adr', 'manifest'],
                    message: 'Retrieval alone is chosen ({{evidence}}) to fix a behaviour problem: format, tone or consistency of style. Retrieved documents change what the model knows, not how it writes.',
                    remedy: 'Address behaviour with instructions, few-shot examples, structured output or constrained decoding; if a measured gap remains, fine-tune for it. Keep retrieval for facts.',
                    description: 'Fires when the chosen design retrieves without fine-tuning and the problem it sets out to fix is behaviour (`problem.kind` is behavior): tone, format, structure or consistency of style. Inconsistent facts are a knowledge problem and do not fire.',
                    rationale: 'Retrieval adds context; it does not teach a model to follow a schema or keep a voice. Retrieving style guides into the prompt helps a little and costs tokens on every call. Behaviour is what instructions, structured output and, past a measured gap, fine-tuning change.',
                    examples: {
                        fail: '## Context\nReplies vary in tone and often break our JSON format.\n\n## Decision\nWe will retrieve our style guide and sample replies into every prompt.\n',
                        pass: '## Context\nReplies vary in tone and often break our JSON format.\n\n## Decision\nWe will use structured output with a JSON schema and few-shot examples of the house tone.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.retrieval',
                                equals: true,
                            },
                            {
                                fact: 'uses.fineTuning',
                                equals: false,
                            },
                            {
                                fact: 'problem.kind',
                                equals: 'behavior',
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'unjustified-hybrid': {
                    severity: 'notice',
                    title: 'A hybrid needs a behaviour need',
                    appliesTo: ['adr', 'manifest'],
                    message: 'This decision chooses a hybrid ({{evidence}}) but names no behaviour the fine-tune would serve: no strict format, tone, narrow task, reasoning pattern, output vocabulary, or latency or cost on a high-volume path.',
                    remedy: 'Name the behaviour need the fine-tune serves and how it will be measured, or drop the fine-tune and start with retrieval and prompting.',
                    description: 'Fires when the chosen design both fine-tunes and retrieves and none of the behaviour needs that justify a fine-tune is stated: strict output format, tone or voice, a narrow classification or extraction task, a domain reasoning pattern, vocabulary in outputs, latency or token cost on a high-volume path. "Best of both worlds", "cover both approaches" and "more knowledgeable" are not behaviour needs.',
                    rationale: 'A hybrid carries the cost of both approaches: training data, training runs and an evaluation harness for the fine-tune, and an index for retrieval. It is the right design when both needs are real; chosen to avoid deciding, the fine-tune adds cost and a second place for facts to go stale.',
                    examples: {
                        fail: '## Decision\nWe will fine-tune Llama 3 on our docs and also use RAG, to get the best of both worlds.\n',
                        pass: '## Decision\nWe will retrieve from our docs, and fine-tune Llama 3 so every answer follows our strict\nJSON response schema.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'uses.fineTuning',
                                equals: true,
                            },
                            {
                                fact: 'uses.retrieval',
                                equals: true,
                            },
                            {
                                not: {
                                    any: [
                                        {
                                            fact: 'behavior.strictFormat',
                                            equals: true,
                                        },
                                        {
                                            fact: 'behavior.tone',
                                            equals: true,
                                        },
                                        {
                                            fact: 'behavior.narrowTask',
                                            equals: true,
                                        },
                                        {
                                            fact: 'behavior.reasoning',
                                            equals: true,
                                        },
                                        {
                                            fact: 'behavior.vocabulary',
                                            equals: true,
                                        },
                                        {
                                            fact: 'behavior.latencySensitive',
                                            equals: true,
                                        },
                                        {
                                            fact: 'behavior.highVolume',
                                            equals: true,
                                        },
                                    ],
                                },
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
                'training-data-volatile-facts': {
                    severity: 'warning',
                    title: 'Training answers should not state volatile facts',
                    appliesTo: ['training-data'],
                    options: {
                        minRatio: 0.05,
                    },
                    message: '{{training.volatileFactRatio|percent}} of the training examples answer with prices, dates, versions, rates or "currently" facts (for example {{evidence}}); this policy allows less than {{options.minRatio|percent}}. Trained into weights, those values go stale, and the model learns to state such facts with confidence.',
                    remedy: "Rewrite the affected answers with placeholders ({price}, {date}) or with values taken from the example's own input, and supply current values through retrieval at query time.",
                    description: 'Fires on training data when at least `options.minRatio` (default 0.05) of the examples have a target (assistant or completion) text that states a price or amount, a date, a version, a rate or percentage, or a "currently / as of / since <date>" fact that does not appear in that example\'s own input. User turns are ignored; statutory durations and physical quantities are not volatile facts.',
                    rationale: "A fine-tune learns from its answers. Answers full of today's prices and versions teach the model to produce such values from memory, and they are wrong as soon as the values change. Answers that copy values from the input teach it to use what retrieval supplies.",
                    examples: {
                        fail: '{"messages": [{"role": "user", "content": "How much is the Pro plan?"},\n  {"role": "assistant", "content": "The Pro plan currently costs $49 per month."}]}\n',
                        pass: '{"messages": [{"role": "user", "content": "Price list: Pro {price}/month. How much is the Pro plan?"},\n  {"role": "assistant", "content": "The Pro plan costs {price} per month."}]}\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'training.volatileFactRatio',
                                gte: {
                                    option: 'minRatio',
                                },
                            },
                            {
                                fact: 'doc.kind',
                                equals: 'training-data',
                            },
                        ],
                    },
                },
                'finetune-config-without-adr': {
                    severity: 'warning',
                    title: 'Fine-tuning configs need an accepted ADR',
                    appliesTo: ['finetune-config'],
                    message: 'This fine-tuning config ({{evidence}}) has no accepted ADR in the repository that decides fine-tuning{{evidence.repo.acceptedFinetuneAdr|against}}. Nobody has written down why retrieval and prompting were not enough.',
                    remedy: 'Write, or accept, an ADR that decides fine-tuning, with its baseline, data and evaluation plan, or remove the config.',
                    description: 'Fires on a fine-tuning config when no accepted ADR in the repository decides fine-tuning (`repo.acceptedFinetuneAdr`). Proposed ADRs, and ADRs that only consider fine-tuning, do not count.',
                    rationale: 'Fine-tuning is an architecture decision with lasting costs: data, training runs, evaluation, and a model to maintain. A config without a decision record means the reasons are nowhere to be checked when the model misbehaves or the data changes.',
                    examples: {
                        fail: '# ml/finetune/axolotl.yml, and no accepted ADR decides fine-tuning\nbase_model: meta-llama/Meta-Llama-3-8B\ndatasets:\n  - path: data/replies.jsonl\n    type: chat_template\n',
                        pass: '# docs/adr/0012-fine-tune-reply-format.md is accepted and decides fine-tuning\nbase_model: meta-llama/Meta-Llama-3-8B\ndatasets:\n  - path: data/replies.jsonl\n    type: chat_template\n',
                    },
                    when: {
                        all: [
                            {
                                any: [
                                    {
                                        fact: 'uses.fineTuning',
                                        equals: true,
                                    },
                                    {
                                        fact: 'doc.kind',
                                        equals: 'finetune-config',
                                    },
                                ],
                            },
                            {
                                fact: 'repo.acceptedFinetuneAdr',
                                equals: false,
                            },
                        ],
                    },
                },
                'adr-missing-sections': {
                    severity: 'notice',
                    title: 'LLM decision records have status, context, decision and consequences',
                    appliesTo: ['adr'],
                    message: 'This LLM decision record lacks at least one of the status, context, decision and consequences sections (it has: {{adr.sections}}).',
                    remedy: 'Add the missing sections: Status (proposed, accepted, …), Context (the forces and constraints), Decision (what is chosen) and Consequences (what follows, including costs).',
                    description: 'Fires on an LLM-related ADR, whatever its status, that lacks a status, a context, a decision or a consequences section. Sections are recognised under the names of the usual templates (MADR, Nygard, Y-statements, log4brains).',
                    rationale: 'Without context a reader cannot tell which constraints the decision answered; without consequences nobody can check it later; without a status nobody knows whether it is in force. LLM decisions are revisited often, as models and prices change, so the record has to carry its reasons.',
                    examples: {
                        fail: '# Use RAG for the support assistant\nWe will use retrieval over the help centre.\n',
                        pass: '# Use RAG for the support assistant\n## Status\nAccepted\n## Context\nHelp-centre articles change daily and answers must link to them.\n## Decision\nWe will use retrieval over the help centre.\n## Consequences\nWe maintain an index and a labelled question set.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'adr.llmRelated',
                                equals: true,
                            },
                            {
                                any: [
                                    {
                                        not: {
                                            fact: 'adr.sections',
                                            contains: 'status',
                                        },
                                    },
                                    {
                                        not: {
                                            fact: 'adr.sections',
                                            contains: 'context',
                                        },
                                    },
                                    {
                                        not: {
                                            fact: 'adr.sections',
                                            contains: 'decision',
                                        },
                                    },
                                    {
                                        not: {
                                            fact: 'adr.sections',
                                            contains: 'consequences',
                                        },
                                    },
                                ],
                            },
                        ],
                    },
                },
                'undecided-llm-adr': {
                    severity: 'notice',
                    title: 'Accepted LLM decision records state a decision',
                    appliesTo: ['adr'],
                    message: '{{doc.path}} is an accepted LLM decision record, yet it states no identifiable decision: its decision part chooses no approach, and its front matter sets no llm.approach.',
                    remedy: 'State the choice in the Decision (or Decision Outcome) section, for example "We will use retrieval over …", or set `llm.approach` in the front matter.',
                    description: 'Fires on an accepted LLM-related ADR from which no choice can be read: the decision part (Decision, Decision Outcome, "Chosen option", "we decided for", front matter `llm.approach`) chooses no approach. Options that were only considered, rejected alternatives, "we will not …", hypotheticals and past attempts are not a decision. Proposed, rejected, superseded and deprecated ADRs do not fire.',
                    rationale: 'An accepted record that lists options without choosing one tells readers that something was settled without saying what. The next team will reopen the question, or assume the answer they prefer.',
                    examples: {
                        fail: '## Status\nAccepted\n## Considered options\n* Fine-tune Llama 3\n* Retrieval over the wiki\n',
                        pass: '## Status\nAccepted\n## Decision Outcome\nChosen option: "Retrieval over the wiki", because the wiki changes daily.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'adr.status',
                                equals: 'accepted',
                            },
                            {
                                fact: 'adr.llmRelated',
                                equals: true,
                            },
                            {
                                fact: 'approach',
                                equals: 'none',
                            },
                            {
                                fact: 'uses.fineTuning',
                                equals: false,
                            },
                            {
                                fact: 'uses.retrieval',
                                equals: false,
                            },
                        ],
                    },
                },
                'prompt-bloat': {
                    severity: 'notice',
                    title: 'Long static prompts on hot paths',
                    appliesTo: ['adr', 'manifest'],
                    message: 'The static instruction prompt is about {{prompt.instructionTokens}} tokens ({{evidence}}) on a high-volume or latency-sensitive path, and nothing is fine-tuned: those tokens are paid on every request.',
                    remedy: 'Trim the instructions and measure; use prompt caching; if the prompt must stay long on a hot path, fine-tune on examples that follow it (after a baseline, with an evaluation set) and drop the instructions from the prompt.',
                    description: 'Fires when the chosen design does not fine-tune, the static instruction prompt is 1,500 tokens or more (stated or measured in tokens, or words ÷ 0.75; retrieved passages never count), and the path is high-volume or latency-sensitive.',
                    rationale: 'A long fixed prompt is behaviour paid for on every call, in latency and tokens. On a high-volume path that is where fine-tuning earns its cost: it moves the instructions into the weights. Caching or trimming the prompt may be enough first.',
                    examples: {
                        fail: '## Decision\nWe will prompt GPT-4o with our 2,400-token instruction block for all 3 million monthly\nticket classifications.\n',
                        pass: '## Decision\nWe will prompt GPT-4o with a 400-token instruction block and cache it.\n',
                    },
                    when: {
                        all: [
                            {
                                fact: 'prompt.instructionTokens',
                                gte: 1500,
                            },
                            {
                                fact: 'uses.fineTuning',
                                equals: false,
                            },
                            {
                                any: [
                                    {
                                        fact: 'behavior.highVolume',
                                        equals: true,
                                    },
                                    {
                                        fact: 'behavior.latencySensitive',
                                        equals: true,
                                    },
                                ],
                            },
                            {
                                any: [
                                    {
                                        fact: 'doc.kind',
                                        equals: 'manifest',
                                    },
                                    {
                                        all: [
                                            {
                                                fact: 'adr.llmRelated',
                                                equals: true,
                                            },
                                            {
                                                fact: 'adr.status',
                                                in: ['accepted', 'proposed', 'unknown'],
                                            },
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        },
    },
    strict: {
        file: 'policies/strict.yml',
        text: '# The built-in `strict` pack (SPEC §5): `recommended`, with the rules regulated teams cannot waive raised to\n# error. Extend it with `extends: [strict]`.\nid: strict\ndescription: The recommended pack, with citations, personal and tenant data, evaluation and decision records enforced as errors.\nextends: [recommended]\nrules:\n  citations-need-retrieval: error\n  sensitive-data-in-weights: error\n  tenant-knowledge-in-weights: error\n  missing-eval-harness: error\n  finetune-config-without-adr: error\n',
        data: {
            id: 'strict',
            description: 'The recommended pack, with citations, personal and tenant data, evaluation and decision records enforced as errors.',
            extends: ['recommended'],
            rules: {
                'citations-need-retrieval': 'error',
                'sensitive-data-in-weights': 'error',
                'tenant-knowledge-in-weights': 'error',
                'missing-eval-harness': 'error',
                'finetune-config-without-adr': 'error',
            },
        },
    },
};
const SCHEMAS = {
    config: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://raw.githubusercontent.com/llm-arch-lint/llm-arch-lint/main/policies/schema/config.schema.json',
        title: 'llm-arch-lint configuration',
        description: 'The configuration file (.github/llm-arch-lint.yml by default): a policy (extends, rules) that may also say which files to read (include, exclude) and how much of them (limits). Without one, the built-in recommended pack applies.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: {
                type: 'string',
                description: 'The JSON schema this file follows, for editors.',
            },
            id: {
                type: 'string',
                minLength: 1,
                description: 'A short name for this configuration, shown in messages.',
            },
            description: {
                type: 'string',
                description: 'What this configuration is for, in a sentence or two.',
            },
            extends: {
                description: 'Policies this configuration builds on, applied in order (later entries override earlier ones; the rules below override all): recommended, strict, a path relative to this file, or github:OWNER/REPO/PATH@REF. Without `extends`, the configuration extends recommended; write `extends: []` to start from no rules.',
                allOf: [
                    {
                        $ref: 'policy.schema.json#/definitions/extends',
                    },
                ],
            },
            rules: {
                $ref: 'policy.schema.json#/definitions/rules',
            },
            include: {
                type: 'object',
                description: 'Globs (relative to the repository root) per kind of file. Each list given replaces the defaults of its kind; the kinds not given keep theirs.',
                additionalProperties: false,
                properties: {
                    adr: {
                        type: 'array',
                        description: 'Architecture decision records (Markdown).',
                        items: {
                            type: 'string',
                            minLength: 1,
                            description: 'A glob such as docs/adr/**/*.md.',
                        },
                        default: [
                            '**/docs/adr/**/*.md',
                            '**/doc/adr/**/*.md',
                            '**/docs/adrs/**/*.md',
                            '**/docs/decisions/**/*.md',
                            '**/docs/architecture/decisions/**/*.md',
                            '**/architecture/decisions/**/*.md',
                            '**/adr/**/*.md',
                            '**/adrs/**/*.md',
                            '**/decisions/**/*.md',
                            '**/docs/decision-records/**/*.md',
                        ],
                    },
                    config: {
                        type: 'array',
                        description: 'Fine-tuning and RAG configs and llm-architecture.yml manifests (YAML, JSON, TOML).',
                        items: {
                            type: 'string',
                            minLength: 1,
                            description: 'A glob such as ml/**/*.{yml,yaml,json}.',
                        },
                        default: ['**/*.{yml,yaml,json,toml}'],
                    },
                    data: {
                        type: 'array',
                        description: 'Training data (JSONL).',
                        items: {
                            type: 'string',
                            minLength: 1,
                            description: 'A glob such as ml/data/**/*.jsonl.',
                        },
                        default: ['**/*.jsonl'],
                    },
                },
            },
            exclude: {
                type: 'array',
                description: 'Globs of files never read, on top of node_modules, .git, vendor and dist.',
                items: {
                    type: 'string',
                    minLength: 1,
                    description: 'A glob such as **/archive/**.',
                },
                default: [],
            },
            limits: {
                type: 'object',
                description: 'Size limits.',
                additionalProperties: false,
                properties: {
                    maxFileBytes: {
                        type: 'integer',
                        minimum: 1,
                        default: 2097152,
                        description: 'ADRs and configs larger than this are skipped, with a notice in the job summary and the log (default 2 MiB).',
                    },
                    maxDataBytes: {
                        type: 'integer',
                        minimum: 1,
                        default: 268435456,
                        description: 'How much of a training-data file is scanned before the rest is sampled, which the report says (default 256 MiB).',
                    },
                },
            },
        },
    },
    manifest: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://raw.githubusercontent.com/llm-arch-lint/llm-arch-lint/main/policies/schema/manifest.schema.json',
        title: 'llm-arch-manifest',
        description: "A team's declaration of its LLM architecture (llm-architecture.yml by default, or any YAML with `kind: llm-arch-manifest`): the keys of an ADR's `llm:` front-matter block at top level, plus `name`. llm-arch-lint judges it like an accepted ADR. See docs/manifest.md.",
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: {
                type: 'string',
                description: 'The JSON schema this file follows, for editors.',
            },
            kind: {
                const: 'llm-arch-manifest',
                description: 'Marks a file with another name as a manifest (a file named llm-architecture.yml needs no kind).',
            },
            name: {
                type: 'string',
                description: 'The system or decision the manifest describes, shown in reports.',
            },
            approach: {
                enum: ['rag', 'fine-tuning', 'hybrid', 'prompting', 'continued-pretraining', 'none'],
                description: 'What is chosen (fact `approach`; also sets `uses.fineTuning` and `uses.retrieval`).',
            },
            'finetune-purpose': {
                enum: ['knowledge', 'behavior', 'mixed'],
                description: 'What the fine-tuned weights are expected to carry (fact `finetune.purpose`).',
            },
            'knowledge-volatility': {
                enum: ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'static', 'frequent', 'unknown'],
                description: 'How often the knowledge the system needs changes (fact `knowledge.volatility`; quarterly or faster, or frequent, sets `knowledge.changesFast`).',
            },
            'citations-required': {
                type: 'boolean',
                description: 'Answers must cite or trace to their sources (fact `requires.citations`).',
            },
            'audit-required': {
                type: 'boolean',
                description: 'Auditors, compliance or a regulated domain must trace claims (fact `requires.audit`).',
            },
            'per-tenant': {
                type: 'boolean',
                description: 'Knowledge differs per customer, region or user permission (fact `knowledge.perTenant`).',
            },
            'personal-data': {
                type: 'boolean',
                description: 'The data the approach consumes includes personal or regulated data (fact `data.sensitive`).',
            },
            erasure: {
                type: 'boolean',
                description: 'A right-to-erasure or ability-to-forget requirement exists (fact `data.erasure`).',
            },
            'corpus-documents': {
                type: 'number',
                minimum: 0,
                description: 'Size of the knowledge corpus in documents (fact `knowledge.corpusDocuments`).',
            },
            'training-examples': {
                type: 'number',
                minimum: 0,
                description: 'Labelled training examples available (fact `training.examples`).',
            },
            'eval-set': {
                type: 'boolean',
                description: 'A held-out evaluation set or harness is defined for the fine-tune (fact `training.evalSet`).',
            },
            'baseline-evaluated': {
                type: 'boolean',
                description: 'A retrieval or prompting baseline was measured before fine-tuning (fact `baseline.evaluated`).',
            },
            chunking: {
                enum: ['fixed', 'recursive', 'semantic', 'structure', 'unknown'],
                description: 'How documents are chunked for retrieval (fact `rag.chunking`).',
            },
            'rag-evaluation': {
                type: 'boolean',
                description: 'Retrieval or answer quality is evaluated: recall@k, faithfulness, groundedness, … (fact `rag.evaluation`).',
            },
            behavior: {
                type: 'array',
                uniqueItems: true,
                items: {
                    enum: ['strict-format', 'tone', 'narrow-task', 'reasoning', 'vocabulary', 'high-volume', 'latency'],
                },
                description: 'Behaviour needs the design serves (facts `behavior.*`): strict output format, tone, a narrow task, a reasoning pattern, output vocabulary, high volume, latency or token cost.',
            },
        },
    },
    policy: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://raw.githubusercontent.com/llm-arch-lint/llm-arch-lint/main/policies/schema/policy.schema.json',
        title: 'llm-arch-lint policy',
        description: 'A policy pack for llm-arch-lint: rules (data, not code) evaluated over the facts extracted from LLM architecture decision records and model configs. See SPEC §5 and docs/rules/.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: {
                type: 'string',
                description: 'The JSON schema this file follows, for editors.',
            },
            id: {
                type: 'string',
                minLength: 1,
                description: 'A short name for this policy (for example acme-base), shown in messages.',
            },
            description: {
                type: 'string',
                description: 'What this policy is for, in a sentence or two.',
            },
            extends: {
                $ref: '#/definitions/extends',
            },
            rules: {
                $ref: '#/definitions/rules',
            },
        },
        definitions: {
            extends: {
                type: 'array',
                description: "Policies this one builds on, applied in order (later entries override earlier ones; this file's own rules override all): a built-in pack (recommended, strict), a path relative to this file, or github:OWNER/REPO/PATH@REF.",
                items: {
                    type: 'string',
                    minLength: 1,
                    description: 'recommended, strict, a relative path such as ../policies/our-rules.yml, or github:OWNER/REPO/PATH@REF.',
                },
            },
            rules: {
                type: 'object',
                description: 'Rules keyed by id. An entry with `when` defines a rule (or replaces one with that id); an entry without `when` adjusts an inherited rule: a severity shorthand, or `severity`/`options`.',
                propertyNames: {
                    pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$',
                },
                additionalProperties: {
                    $ref: '#/definitions/ruleEntry',
                },
            },
            ruleEntry: {
                description: 'A severity (off, notice, warning, error), an adjustment {severity, options} of an inherited rule, or a rule definition with `when`.',
                if: {
                    type: 'string',
                },
                then: {
                    $ref: '#/definitions/severity',
                },
                else: {
                    if: {
                        type: 'object',
                        required: ['when'],
                    },
                    then: {
                        $ref: '#/definitions/ruleDefinition',
                    },
                    else: {
                        $ref: '#/definitions/ruleAdjustment',
                    },
                },
            },
            severity: {
                description: 'How a finding of this rule is reported: off (not evaluated), notice, warning or error.',
                enum: ['off', 'notice', 'warning', 'error'],
            },
            ruleAdjustment: {
                type: 'object',
                description: 'Adjusts an inherited rule: its severity, its options, or both.',
                additionalProperties: false,
                minProperties: 1,
                properties: {
                    severity: {
                        $ref: '#/definitions/severity',
                    },
                    options: {
                        type: 'object',
                        description: 'New values for options the rule declares (for example minRatio); unnamed options keep their values.',
                    },
                },
            },
            ruleDefinition: {
                type: 'object',
                description: 'Defines a rule, or replaces an inherited rule with the same id.',
                additionalProperties: false,
                required: ['severity', 'title', 'message', 'remedy', 'when'],
                properties: {
                    severity: {
                        $ref: '#/definitions/severity',
                    },
                    title: {
                        type: 'string',
                        minLength: 1,
                        description: "One line naming what the rule wants (shown in lists and as the finding's title).",
                    },
                    message: {
                        type: 'string',
                        minLength: 1,
                        description: "The finding's message. Interpolates facts with {{fact.name}}, options with {{options.NAME}}, the quoted evidence with {{evidence}} (or {{evidence.fact.name}} for one fact's evidence); {{fact.name|percent}} shows a ratio as a percentage.",
                    },
                    remedy: {
                        type: 'string',
                        minLength: 1,
                        description: 'What to change so the finding goes away.',
                    },
                    description: {
                        type: 'string',
                        description: 'When the rule fires, in a paragraph (shown by --explain and in the report).',
                    },
                    rationale: {
                        type: 'string',
                        description: 'Why the rule exists (shown by --explain).',
                    },
                    examples: {
                        type: 'object',
                        description: 'Short snippets shown by --explain: one that fails the rule and one that passes.',
                        additionalProperties: false,
                        properties: {
                            fail: {
                                type: 'string',
                                description: 'A snippet that triggers the rule.',
                            },
                            pass: {
                                type: 'string',
                                description: 'A snippet that satisfies the rule.',
                            },
                        },
                    },
                    options: {
                        type: 'object',
                        description: 'Option defaults, read by {option: NAME} in `when` and {{options.NAME}} in messages; policies that extend this one may override them.',
                    },
                    appliesTo: {
                        type: 'array',
                        description: 'The document kinds the rule judges; all kinds when absent.',
                        minItems: 1,
                        uniqueItems: true,
                        items: {
                            description: 'A document kind.',
                            enum: ['adr', 'finetune-config', 'rag-config', 'training-data', 'manifest'],
                        },
                    },
                    helpUri: {
                        type: 'string',
                        format: 'uri',
                        description: 'A page that documents the rule (linked from findings). Built-in rules link to docs/rules/<id>.md.',
                    },
                    when: {
                        $ref: '#/definitions/condition',
                    },
                },
            },
            condition: {
                type: 'object',
                description: 'A condition over facts: exactly one of all, any, not, or a predicate (fact plus one or more operators, all of which must hold).',
                properties: {
                    all: {
                        description: 'Holds when every condition in the list holds.',
                    },
                    any: {
                        description: 'Holds when at least one condition in the list holds.',
                    },
                    not: {
                        description: 'Holds when the condition does not hold.',
                    },
                    fact: {
                        description: 'The fact a predicate reads (SPEC §6.1), or adr.frontMatter.PATH / config.PATH for the raw document.',
                    },
                },
                if: {
                    required: ['all'],
                },
                then: {
                    $ref: '#/definitions/allCondition',
                },
                else: {
                    if: {
                        required: ['any'],
                    },
                    then: {
                        $ref: '#/definitions/anyCondition',
                    },
                    else: {
                        if: {
                            required: ['not'],
                        },
                        then: {
                            $ref: '#/definitions/notCondition',
                        },
                        else: {
                            $ref: '#/definitions/predicate',
                        },
                    },
                },
            },
            allCondition: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    all: {
                        type: 'array',
                        minItems: 1,
                        description: 'Holds when every condition in the list holds.',
                        items: {
                            $ref: '#/definitions/condition',
                        },
                    },
                },
            },
            anyCondition: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    any: {
                        type: 'array',
                        minItems: 1,
                        description: 'Holds when at least one condition in the list holds.',
                        items: {
                            $ref: '#/definitions/condition',
                        },
                    },
                },
            },
            notCondition: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    not: {
                        $ref: '#/definitions/condition',
                    },
                },
            },
            predicate: {
                type: 'object',
                description: 'A test of one fact. Missing facts have their vocabulary default (false, null, unknown, none).',
                additionalProperties: false,
                required: ['fact'],
                minProperties: 2,
                properties: {
                    fact: {
                        type: 'string',
                        minLength: 1,
                        description: 'The fact a predicate reads (SPEC §6.1), or adr.frontMatter.PATH / config.PATH for the raw document.',
                    },
                    equals: {
                        $ref: '#/definitions/comparable',
                        description: 'Holds when the fact equals this value.',
                    },
                    in: {
                        description: 'Holds when the fact is one of these values (for a list fact: when one of its members is).',
                        if: {
                            type: 'object',
                        },
                        then: {
                            $ref: '#/definitions/optionRef',
                        },
                        else: {
                            type: 'array',
                            items: {
                                $ref: '#/definitions/scalar',
                            },
                        },
                    },
                    exists: {
                        type: 'boolean',
                        description: 'true: holds when the fact is not null; false: when it is null.',
                    },
                    gt: {
                        $ref: '#/definitions/comparable',
                        description: 'Holds when the fact is greater than this value (never when the fact is null).',
                    },
                    gte: {
                        $ref: '#/definitions/comparable',
                        description: 'Holds when the fact is at least this value (never when the fact is null).',
                    },
                    lt: {
                        $ref: '#/definitions/comparable',
                        description: 'Holds when the fact is less than this value (never when the fact is null).',
                    },
                    lte: {
                        $ref: '#/definitions/comparable',
                        description: 'Holds when the fact is at most this value (never when the fact is null).',
                    },
                    matches: {
                        type: 'string',
                        description: "A JavaScript regular expression (case-sensitive) the fact's text must match (for a list fact: one of its members). Nested unbounded quantifiers such as (a+)+ are rejected at load time.",
                    },
                    contains: {
                        $ref: '#/definitions/comparable',
                        description: 'Holds when the list fact has this member, or the text fact has this substring.',
                    },
                },
            },
            comparable: {
                description: "A value (string, number, boolean, null) or {option: NAME} to read the rule's option.",
                if: {
                    type: 'object',
                },
                then: {
                    $ref: '#/definitions/optionRef',
                },
                else: {
                    $ref: '#/definitions/scalar',
                },
            },
            scalar: {
                description: 'A string, number, boolean or null.',
                type: ['string', 'number', 'boolean', 'null'],
            },
            optionRef: {
                type: 'object',
                description: "Reads the value of one of the rule's options.",
                additionalProperties: false,
                required: ['option'],
                properties: {
                    option: {
                        type: 'string',
                        minLength: 1,
                        description: "The option's name, declared in the rule's options.",
                    },
                },
            },
        },
    },
    report: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/policies/schema/report.schema.json',
        title: 'llm-arch-lint report',
        description: 'The JSON report (SPEC §7): the single source of the comment, review, annotations, job summary, SARIF and every CLI format. `mode: publish` validates a report against this schema before trusting any of it.',
        type: 'object',
        additionalProperties: false,
        required: ['tool', 'repository', 'policy', 'documents', 'findings', 'notes', 'summary'],
        properties: {
            tool: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'version'],
                properties: {
                    name: {
                        const: 'llm-arch-lint',
                    },
                    version: {
                        type: 'string',
                        minLength: 1,
                        maxLength: 100,
                    },
                },
            },
            repository: {
                description: '`owner/name` (GITHUB_REPOSITORY in the action); in the CLI `--repository`, else the origin remote, else the folder name.',
                type: 'string',
                minLength: 1,
            },
            pullRequest: {
                $ref: '#/definitions/pullRequest',
            },
            policy: {
                type: 'object',
                additionalProperties: false,
                required: ['sources', 'rules'],
                properties: {
                    sources: {
                        type: 'array',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['source'],
                            properties: {
                                source: {
                                    description: '`recommended`, `strict`, a path, or `github:owner/repo/path@ref`.',
                                    type: 'string',
                                    minLength: 1,
                                },
                                sha: {
                                    description: 'The commit a `github:` source resolved to.',
                                    type: 'string',
                                    minLength: 1,
                                },
                            },
                        },
                    },
                    rules: {
                        type: 'array',
                        items: {
                            $ref: '#/definitions/rule',
                        },
                    },
                },
            },
            documents: {
                type: 'array',
                items: {
                    $ref: '#/definitions/document',
                },
            },
            findings: {
                type: 'array',
                items: {
                    $ref: '#/definitions/finding',
                },
            },
            notes: {
                type: 'array',
                items: {
                    type: 'string',
                },
            },
            summary: {
                description: 'Open findings by severity; suppressed ones apart.',
                type: 'object',
                additionalProperties: false,
                required: ['documents', 'errors', 'warnings', 'notices', 'suppressed'],
                properties: {
                    documents: {
                        $ref: '#/definitions/count',
                    },
                    errors: {
                        $ref: '#/definitions/count',
                    },
                    warnings: {
                        $ref: '#/definitions/count',
                    },
                    notices: {
                        $ref: '#/definitions/count',
                    },
                    suppressed: {
                        $ref: '#/definitions/count',
                    },
                },
            },
        },
        definitions: {
            count: {
                type: 'integer',
                minimum: 0,
            },
            line: {
                description: '1-based line.',
                type: 'integer',
                minimum: 1,
            },
            severity: {
                enum: ['error', 'warning', 'notice'],
            },
            path: {
                description: 'Relative to the repository root.',
                type: 'string',
                minLength: 1,
            },
            pullRequest: {
                type: 'object',
                additionalProperties: false,
                required: ['repository', 'number', 'baseSha', 'headSha', 'changedLines'],
                properties: {
                    repository: {
                        description: 'The base repository, `owner/name`.',
                        type: 'string',
                        minLength: 1,
                    },
                    number: {
                        type: 'integer',
                        minimum: 1,
                    },
                    baseSha: {
                        type: 'string',
                        minLength: 1,
                    },
                    headSha: {
                        type: 'string',
                        minLength: 1,
                    },
                    changedLines: {
                        description: 'The `+` line ranges [first, last] per file, so a publisher can place inline comments without the diff.',
                        type: 'object',
                        additionalProperties: {
                            type: 'array',
                            items: {
                                type: 'array',
                                items: [
                                    {
                                        $ref: '#/definitions/line',
                                    },
                                    {
                                        $ref: '#/definitions/line',
                                    },
                                ],
                                minItems: 2,
                                additionalItems: false,
                            },
                        },
                    },
                },
            },
            rule: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'severity', 'title', 'description', 'remedy', 'helpUri'],
                properties: {
                    id: {
                        type: 'string',
                        minLength: 1,
                    },
                    severity: {
                        enum: ['error', 'warning', 'notice', 'off'],
                    },
                    title: {
                        type: 'string',
                    },
                    description: {
                        type: 'string',
                    },
                    remedy: {
                        type: 'string',
                    },
                    helpUri: {
                        type: 'string',
                    },
                },
            },
            document: {
                type: 'object',
                additionalProperties: false,
                required: ['path', 'kind', 'format', 'facts', 'signals'],
                properties: {
                    path: {
                        $ref: '#/definitions/path',
                    },
                    kind: {
                        enum: ['adr', 'finetune-config', 'rag-config', 'training-data', 'manifest', 'unknown'],
                    },
                    format: {
                        type: 'string',
                        minLength: 1,
                    },
                    facts: {
                        description: 'Flat object keyed by fact name (SPEC §6.1), values only; evidence lives in findings and signals.',
                        type: 'object',
                    },
                    signals: {
                        type: 'array',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['side', 'fact', 'line', 'text'],
                            properties: {
                                side: {
                                    enum: ['knowledge', 'behavior'],
                                },
                                fact: {
                                    type: 'string',
                                    minLength: 1,
                                },
                                line: {
                                    $ref: '#/definitions/line',
                                },
                                text: {
                                    type: 'string',
                                },
                            },
                        },
                    },
                },
            },
            finding: {
                type: 'object',
                additionalProperties: false,
                required: ['ruleId', 'severity', 'title', 'path', 'line', 'message', 'remedy', 'helpUri', 'evidence', 'fingerprint'],
                properties: {
                    ruleId: {
                        type: 'string',
                        minLength: 1,
                    },
                    severity: {
                        $ref: '#/definitions/severity',
                    },
                    title: {
                        type: 'string',
                    },
                    path: {
                        $ref: '#/definitions/path',
                    },
                    line: {
                        $ref: '#/definitions/line',
                    },
                    message: {
                        type: 'string',
                    },
                    remedy: {
                        type: 'string',
                    },
                    helpUri: {
                        type: 'string',
                    },
                    evidence: {
                        type: 'array',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['path', 'line', 'text'],
                            properties: {
                                path: {
                                    $ref: '#/definitions/path',
                                },
                                line: {
                                    $ref: '#/definitions/line',
                                },
                                text: {
                                    type: 'string',
                                },
                            },
                        },
                    },
                    fingerprint: {
                        description: 'Stable across line moves: rule id, path and the normalised evidence text.',
                        type: 'string',
                        minLength: 1,
                    },
                    suppressed: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['reason'],
                        properties: {
                            reason: {
                                type: 'string',
                                minLength: 1,
                            },
                            until: {
                                description: 'Inclusive expiry date (UTC).',
                                type: 'string',
                                format: 'date',
                            },
                        },
                    },
                },
            },
        },
    },
};


/***/ }),

/***/ 8580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ toJsonPath)
/* harmony export */ });
/** `rules.adr-needs-owner.when.all[1].fact`: the form SPEC §5 prints. */
function toJsonPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += out ? `.${segment}` : segment;
    }
    return out;
}


/***/ }),

/***/ 8100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Qz: () => (/* binding */ EVIDENCE_FILTERS),
/* harmony export */   SC: () => (/* binding */ FILTERS)
/* harmony export */ });
/**
 * The `{{…}}` placeholders of rule messages (SPEC §5), parsed once for both load-time checks and rendering:
 * `{{fact.name}}`, `{{options.NAME}}`, `{{evidence}}` (the quoted evidence that located the finding),
 * `{{evidence.fact.name}}` (the quoted evidence of one fact), an optional `|percent` filter for ratios and
 * `|against` on evidence (see EVIDENCE_FILTERS).
 */
const FILTERS = ['percent'];
/**
 * Filters on `{{evidence.fact}}`: `against` names, when the fact's evidence lies in another document, the
 * decision it quotes ("; the accepted decision docs/adr/0003.md:12 chose otherwise: "…""), and is empty
 * otherwise (`finetune-config-without-adr` names the ADR that decided against fine-tuning).
 */
const EVIDENCE_FILTERS = ['against'];
const PLACEHOLDER = /\{\{\s*([^{}|\s]+)\s*(?:\|\s*([^{}\s]*)\s*)?\}\}/g;
function parseTemplate(message) {
    const parts = [];
    let last = 0;
    for (const m of message.matchAll(PLACEHOLDER)) {
        if (m.index > last)
            parts.push(message.slice(last, m.index));
        parts.push(toPlaceholder(m[0], m[1], m[2]));
        last = m.index + m[0].length;
    }
    if (last < message.length)
        parts.push(message.slice(last));
    return parts;
}
function toPlaceholder(raw, name, filter) {
    const withFilter = filter !== undefined ? { filter } : {};
    if (name === 'evidence')
        return { kind: 'evidence', raw, ...withFilter };
    if (name.startsWith('evidence.'))
        return { kind: 'evidence', name: name.slice(9), raw, ...withFilter };
    if (name.startsWith('options.'))
        return { kind: 'option', name: name.slice(8), raw, ...withFilter };
    return { kind: 'fact', name, raw, ...withFilter };
}


/***/ }),

/***/ 5578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/** A load error that names the file, the line of the offending node and its JSON path (SPEC §5). */
class PolicyError extends Error {
    file;
    line;
    jsonPath;
    detail;
    constructor(file, line, jsonPath, detail) {
        super(`${file}${line ? `:${line}` : ''} ${jsonPath ? `${jsonPath}: ` : ''}${detail}`);
        this.file = file;
        this.line = line;
        this.jsonPath = jsonPath;
        this.detail = detail;
        this.name = 'PolicyError';
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
