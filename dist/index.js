import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ runUrlOf),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   j_: () => (/* binding */ readEvent),
/* harmony export */   ol: () => (/* binding */ workflowRunOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/** The triggering event (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH) and the parts of its payload the action reads. */

function readEvent() {
    const name = process.env.GITHUB_EVENT_NAME ?? '';
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return { name, payload: {} };
    return { name, payload: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) };
}
function pullRequestOf(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha)
        return undefined;
    return pr;
}
function workflowRunOf(payload) {
    const run = payload.workflow_run;
    if (!run || typeof run.id !== 'number' || typeof run.head_sha !== 'string')
        return undefined;
    return {
        id: run.id,
        headSha: run.head_sha,
        ...(typeof run.event === 'string' ? { event: run.event } : {}),
        ...(typeof run.conclusion === 'string' || run.conclusion === null ? { conclusion: run.conclusion } : {}),
    };
}
/** The URL of a workflow run of `repository` (linked from the summary comment's footer). */
function runUrlOf(repository, runId) {
    if (runId === undefined || runId === '' || !/^\d+$/.test(String(runId)))
        return undefined;
    return `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}/actions/runs/${runId}`;
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony exports FAIL_ON, MODES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3246);
/** The action's inputs (action.yml, SPEC §3), read and checked: an invalid value is a UsageError naming the input. */

const DEFAULT_CONFIG = '.github/llm-arch-lint.yml';
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const MODES = ['full', 'analyze', 'publish'];
/** An invalid input or an unusable environment: the message says which and what is accepted. */
class UsageError extends Error {
}
function booleanInput(name, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new UsageError(`input \`${name}\` must be true or false, got "${value}"`);
}
function choiceInput(name, choices, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).toLowerCase();
    if (value === '')
        return fallback;
    if (!choices.includes(value))
        throw new UsageError(`input \`${name}\` must be one of ${choices.join(', ')}; got "${value}"`);
    return value;
}
function readInputs() {
    return {
        token: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token'),
        policyToken: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('policy-token'),
        config: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('config') || DEFAULT_CONFIG,
        scope: choiceInput('scope', ['changed', 'all'], ''),
        failOn: choiceInput('fail-on', FAIL_ON, 'error') || 'error',
        comment: booleanInput('comment', true),
        review: booleanInput('review', true),
        sarifFile: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('sarif-file'),
        reportFile: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('report-file'),
        mode: choiceInput('mode', MODES, 'full') || 'full',
    };
}


/***/ }),

/***/ 1389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ReportError)
/* harmony export */ });
/** A report file that cannot be published (missing, too large, not a report). Apart so the entry loads no validator. */
class ReportError extends Error {
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gx: () => (/* binding */ setCountOutputs),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   py: () => (/* binding */ OUTPUTS),
/* harmony export */   uE: () => (/* binding */ apiClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3246);
/* harmony import */ var _report_report_counts_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2615);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(311);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3566);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1729);
/** What every mode of a run shares: its outputs, where it runs, the REST client. */





const OUTPUTS = ['errors', 'warnings', 'notices', 'findings', 'report', 'sarif', 'comment-url'];
/**
 * The action's REST client (retries 5xx, waits out rate limits); a missing token is a usage error. The
 * GitHub client libraries load on first use: a run that never calls the API (a push with nothing to post)
 * starts without them.
 */
async function apiClient(token) {
    if (!token)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('input `github-token` is empty: the action needs a token to read the pull request');
    const { createOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(239), __nccwpck_require__.e(147)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6147));
    return createOctokit(token, {
        ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
        userAgent: `llm-arch-lint/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`,
        log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    });
}
function runContext() {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const event = (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .readEvent */ .j_)();
    const repository = process.env.GITHUB_REPOSITORY || String(event.payload.repository?.full_name ?? '');
    const [owner = '', repo = ''] = repository.split('/');
    return { workspace, event, repository, owner, repo };
}
/** The counts outputs of a report (open findings; suppressed ones excluded). */
function setCountOutputs(outputs, report) {
    const counts = (0,_report_report_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .countOpen */ .QJ)(report);
    outputs.errors = String(counts.errors);
    outputs.warnings = String(counts.warnings);
    outputs.notices = String(counts.notices);
    outputs.findings = String(counts.findings);
}


/***/ }),

/***/ 1928:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eG: () => (/* binding */ reportPath),
  u5: () => (/* binding */ writeReport),
  lg: () => (/* binding */ writeSarif),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: DEFAULT_REPORT_NAME

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __nccwpck_require__(3246);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/io/write-pieces.ts
/** Writes text given in pieces to a file (replacing it), never holding it whole: a JSON report can be tens of megabytes. */

/**
 * Synchronous writes on purpose: nothing else is in flight while the report is written, and an awaited
 * `FileHandle.write` per 64 KiB piece (a thread-pool round trip and a fresh UTF-8 copy of each piece) cost ~120 ms
 * more CPU on a 30 MB report than encoding each piece into one reused buffer (`npm run bench`, Node 20).
 */
async function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        const write = syncWriter(fd);
        for (const piece of pieces)
            write(piece);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Writes each piece to `fd` at once, encoded into one reused buffer (grown when a piece needs more) and written to
 * the end (`writeSync` may write less than asked). Also the CLI's stdout when it is a regular file.
 */
function syncWriter(fd) {
    const encoder = new TextEncoder();
    let buffer = new Uint8Array(1 << 16);
    return (piece) => {
        // UTF-8 takes at most three bytes per UTF-16 unit.
        if (buffer.length < piece.length * 3)
            buffer = new Uint8Array(piece.length * 3);
        const length = encoder.encodeInto(piece, buffer).written;
        for (let at = 0; at < length;)
            at += (0,external_node_fs_.writeSync)(fd, buffer, at, length - at);
    };
}

;// CONCATENATED MODULE: ./src/report/to-json.ts
/** Two-space indented JSON with a trailing newline. */
function toJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Pieces of `toJson` are handed out once they reach this many characters. */
const CHUNK = 1 << 16;
/** Elements of a top-level array serialised together: one JSON.stringify call per batch, not per element. */
const BATCH = 16;
/** A batch is serialised as `{"x": [...]}`, which indents its elements as the report does; this is then cut away. */
const BATCH_HEAD = '{\n  "x": ['.length;
const BATCH_TAIL = '\n  ]\n}'.length;
/**
 * The same text as `toJson`, in pieces of about 64 KiB: a report on 10,000 documents is a 30 MB string, and
 * building it whole (plus the copy a write makes) was the run's peak of memory. The top-level arrays
 * (documents, findings, …) are serialised a batch of elements at a time, inside a one-member object whose own
 * indentation is the report's; everything else as `JSON.stringify` would, indented by replacing newlines, which
 * is exact: inside JSON strings a newline is always escaped.
 */
function* toJsonChunks(report) {
    let buffer = '{';
    let first = true;
    for (const [key, value] of Object.entries(report)) {
        if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
            continue;
        buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
        first = false;
        if (!Array.isArray(value) || value.length === 0) {
            buffer += indent(JSON.stringify(value, null, 2), '\n  ');
            continue;
        }
        buffer += '[';
        for (let i = 0; i < value.length; i += BATCH) {
            const text = JSON.stringify({ x: value.slice(i, i + BATCH) }, null, 2);
            buffer += `${i ? ',' : ''}${text.slice(BATCH_HEAD, text.length - BATCH_TAIL)}`;
            if (buffer.length >= CHUNK) {
                yield buffer;
                buffer = '';
            }
        }
        buffer += '\n  ]';
    }
    yield `${buffer}${first ? '}' : '\n}'}\n`;
}
function indent(json, newline) {
    return json.includes('\n') ? json.replaceAll('\n', newline) : json;
}

// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __nccwpck_require__(7729);
;// CONCATENATED MODULE: ./src/report/to-sarif.ts

const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints` (versioned: a change of the fingerprint recipe bumps it). */
const SARIF_FINGERPRINT_KEY = 'llmArchLintFingerprint/v1';
const TOOL_URI = 'https://github.com/llm-arch-lint/llm-arch-lint';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note', off: 'none' };
/** Text for SARIF: no control characters (a document cannot drive a viewer's terminal), bounded. */
function to_sarif_text(value, max = 4000) {
    const clean = (0,escape_markdown/* sanitizeText */.jZ)(value);
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
function toRule(rule) {
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
        rules.push(toRule(rule));
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

;// CONCATENATED MODULE: ./src/action/write-files.ts
/**
 * The local results of a run: the JSON report, the SARIF log and the job summary. They never depend on GitHub
 * accepting a write, and a failure to write one is a warning, never a lost result for the others.
 */







const DEFAULT_REPORT_NAME = 'llm-arch-lint-report.json';
const errorMessage = (error) => (error instanceof Error ? error.message : String(error));
/** Where the report is (or is read from): `report-file` relative to the workspace, else RUNNER_TEMP. */
function reportPath(reportFile, workspace) {
    return reportFile ? external_node_path_default().resolve(workspace, reportFile) : external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), DEFAULT_REPORT_NAME);
}
async function writeText(file, text, what) {
    try {
        await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
        if (typeof text === 'string')
            await promises_default().writeFile(file, text.endsWith('\n') ? text : `${text}\n`);
        else
            await writePieces(file, text);
        core/* info */.pq(`${what} written to ${file}`);
        return file;
    }
    catch (error) {
        core/* warning */.$e(`llm-arch-lint could not write the ${what.toLowerCase()} to ${file}: ${errorMessage(error)}`);
        return '';
    }
}
function writeReport(report, reportFile, workspace) {
    return writeText(reportPath(reportFile, workspace), toJsonChunks(report), 'Report');
}
function writeSarif(report, sarifFile, workspace) {
    return writeText(external_node_path_default().resolve(workspace, sarifFile), toSarifJson(report), 'SARIF log');
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* info */.pq('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        core/* warning */.$e(`llm-arch-lint could not write the job summary: ${errorMessage(error)}`);
    }
}


/***/ }),

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ roleByExtension),
/* harmony export */   fJ: () => (/* binding */ createDiscovery)
/* harmony export */ });
/* unused harmony exports DEFAULT_INCLUDE, DEFAULT_EXCLUDE, globMatcher */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
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
    const excluded = globMatcher([...DEFAULT_EXCLUDE, ...exclude], opts);
    const notAdr = globMatcher(NOT_ADRS, { ...opts, nocase: true });
    const adr = globMatcher(globs.adr, opts);
    const config = globMatcher(globs.config, opts);
    const data = globMatcher(globs.data, opts);
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
/**
 * What `picomatch(globs, opts)` answers for a path, from one regex: picomatch's own translation of each glob,
 * joined, plus its shortcut for a path spelled exactly as a glob. picomatch's matcher tries the globs one by one and
 * builds a result object per try: ~20 tries for each file of a walk over 12,500 files.
 */
function globMatcher(globs, opts) {
    if (globs.length === 0)
        return () => false;
    const res = globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(g, opts));
    const joined = new RegExp(res.map((re) => `(?:${re.source})`).join('|'), res[0].flags);
    const literal = new Set(globs);
    return (path) => path !== '' && (literal.has(path) || joined.test(path));
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


/***/ }),

/***/ 2919:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ isEngineRuleId),
/* harmony export */   NR: () => (/* binding */ ENGINE_RULES),
/* harmony export */   ie: () => (/* binding */ engineFinding)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6459);
/* harmony import */ var _rule_links_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9629);


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
        helpUri: (0,_rule_links_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocUri */ .h5)(ruleId),
        evidence: evidence !== undefined ? [{ path, line: Math.max(1, line), text: evidence }] : [],
        fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)(ruleId, path, evidence ?? message),
    };
}


/***/ }),

/***/ 6459:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* unused harmony export normaliseEvidence */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A finding's identity across runs (SPEC §7): rule id, path and the normalised evidence text, never the line,
 * so a finding keeps its fingerprint when lines move and inline comments are not repeated.
 */

function normaliseEvidence(text) {
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
function fingerprint(ruleId, path, evidenceText) {
    // One-shot hash: no Hash object per finding (a 10,000-record run makes ~12,000 of them).
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', `${ruleId}\u0000${path}\u0000${normaliseEvidence(evidenceText)}`, 'hex').slice(0, 20);
}


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ ruleHelpUri),
/* harmony export */   h5: () => (/* binding */ ruleDocUri)
/* harmony export */ });
/* unused harmony exports RULE_DOCS_BASE, CUSTOM_RULES_URI */
/* harmony import */ var _policy_embedded_assets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(974);

const RULE_DOCS_BASE = 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/';
/** Custom rules without their own `helpUri` link to the README's section on writing rules. */
const CUSTOM_RULES_URI = 'https://github.com/llm-arch-lint/llm-arch-lint#custom-rules';
const BUILTIN_FILES = new Set(Object.values(_policy_embedded_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_PACKS */ .V).map((p) => p.file));
function ruleDocUri(ruleId) {
    return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
function ruleHelpUri(rule) {
    if (rule.helpUri)
        return rule.helpUri;
    return BUILTIN_FILES.has(rule.definedIn) ? ruleDocUri(rule.id) : CUSTOM_RULES_URI;
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

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readSuppressions)
/* harmony export */ });
const DIRECTIVE = /^llm-arch-lint-disable\b/;
const ATTR = /(reason|until)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;
function readSuppressions(comments) {
    const suppressions = [];
    const problems = [];
    for (const c of comments) {
        if (!DIRECTIVE.test(c.text))
            continue;
        const rest = c.text.replace(DIRECTIVE, '').trim();
        const ruleId = /^[a-z0-9-]+(?=\s|$)/i.exec(rest)?.[0];
        const text = `<!-- ${c.text} -->`;
        if (!ruleId || /^(reason|until)$/i.test(ruleId)) {
            problems.push({
                ruleId: 'invalid-suppression',
                line: c.line,
                text,
                message: 'The suppression names no rule: write `llm-arch-lint-disable <rule-id> reason="…"`.',
            });
            continue;
        }
        const s = { ruleId, line: c.line, text };
        ATTR.lastIndex = 0;
        for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) {
            const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
            if (m[1] === 'reason' && value)
                s.reason = value;
            if (m[1] === 'until')
                s.until = value;
        }
        if (s.until !== undefined && !isIsoDate(s.until)) {
            problems.push({
                ruleId: 'invalid-suppression',
                line: c.line,
                text,
                message: `The suppression's until=${s.until} is not a date of the form YYYY-MM-DD.`,
            });
            continue;
        }
        suppressions.push(s);
    }
    return { suppressions, problems };
}
function isIsoDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
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

/***/ 3918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ getFileContent)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1994);
/**
 * GET /repos/{owner}/{repo}/contents/{path}?ref= → the file's text (base64-decoded), or undefined when the
 * file does not exist at that ref (404). A ref that does not exist is an error, not a missing file.
 */

async function getFileContent(octokit, { owner, repo, path, ref }) {
    let data;
    try {
        ({ data } = await octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) }));
    }
    catch (error) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 404 && !/no commit found/i.test(error instanceof Error ? error.message : ''))
            return undefined;
        throw error;
    }
    if (Array.isArray(data))
        throw new Error(`${owner}/${repo}/${path}${ref ? `@${ref}` : ''} is a directory, not a file`);
    const file = data;
    if (file.type !== 'file')
        throw new Error(`${owner}/${repo}/${path}${ref ? `@${ref}` : ''} is a ${file.type ?? 'non-file entry'}, not a file`);
    let text;
    if (file.encoding === 'base64' && typeof file.content === 'string') {
        text = Buffer.from(file.content, 'base64').toString('utf8');
    }
    else {
        // Files over 1 MB come without content (`encoding: none`): ask for the raw media type.
        const raw = await octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}), mediaType: { format: 'raw' } });
        text = typeof raw.data === 'string' ? raw.data : Buffer.from(raw.data).toString('utf8');
    }
    return { path: file.path ?? path, text, sha: file.sha ?? '' };
}


/***/ }),

/***/ 9535:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K_: () => (/* binding */ createPolicyReader),
  w_: () => (/* binding */ createRemotePolicyReader)
});

// UNUSED EXPORTS: formatGithubSource, parseGithubSource, resolveRelative

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __nccwpck_require__(5578);
// EXTERNAL MODULE: ./src/github/get-file-content.ts
var get_file_content = __nccwpck_require__(3918);
;// CONCATENATED MODULE: ./src/github/resolve-ref-sha.ts
async function resolveRefSha(octokit, { owner, repo, ref }) {
    if (/^[0-9a-f]{40}$/i.test(ref))
        return ref.toLowerCase();
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
        owner,
        repo,
        ref,
        headers: { accept: 'application/vnd.github.sha' },
    });
    const sha = (typeof data === 'string' ? data : String(data.sha ?? '')).trim();
    if (!/^[0-9a-f]{40}$/i.test(sha))
        throw new Error(`${owner}/${repo}@${ref}: unexpected answer resolving the ref to a commit SHA`);
    return sha.toLowerCase();
}

// EXTERNAL MODULE: ./src/github/types.ts
var types = __nccwpck_require__(1994);
;// CONCATENATED MODULE: ./src/github/policy-reader.ts
/**
 * The PolicyReader the action hands to `resolvePolicy` (SPEC §5): relative `extends` entries resolved from the
 * file that declares them, read by `readLocal` (the PR's base commit through the contents API, or the workspace);
 * `github:OWNER/REPO/PATH@REF` sources read through the contents API of that repository at the commit the ref
 * resolves to (recorded as `sha`), and a relative path inside such a source stays in that repository at that ref.
 * Every read is cached, so the base and the head version of a config share their remote reads.
 */





const GITHUB_SOURCE = /^github:([^/\s]+)\/([^/\s]+)\/([^@\s]+)@(\S+)$/;
function parseGithubSource(source) {
    const m = GITHUB_SOURCE.exec(source.trim());
    if (!m)
        return undefined;
    const [, owner = '', repo = '', path = '', ref = ''] = m;
    return { owner, repo, path: external_node_path_.posix.normalize(path).replace(/^\/+/, ''), ref };
}
const formatGithubSource = ({ owner, repo, path, ref }) => `github:${owner}/${repo}/${path}@${ref}`;
/** `to` resolved against the folder of `from` (repository-relative, POSIX); undefined when it leaves the repository. */
function resolveRelative(from, to) {
    const joined = external_node_path_.posix.normalize(to.startsWith('/') ? to.slice(1) : external_node_path_.posix.join(external_node_path_.posix.dirname(from), to));
    if (joined === '..' || joined.startsWith('../') || joined === '.' || joined === '')
        return undefined;
    return joined;
}
function createRemotePolicyReader(octokit) {
    const shas = new Map();
    const files = new Map();
    const refSha = (src, fromFile) => {
        const key = `${src.owner}/${src.repo}@${src.ref}`.toLowerCase();
        let sha = shas.get(key);
        if (!sha) {
            sha = resolveRefSha(octokit, { owner: src.owner, repo: src.repo, ref: src.ref }).catch((error) => {
                shas.delete(key);
                const status = (0,types/* httpStatus */.n)(error);
                const why = status === 404 || status === 422
                    ? `the ref "${src.ref}" was not found in ${src.owner}/${src.repo} (a private repository needs a \`policy-token\` that can read it)`
                    : `GitHub answered ${status ?? 'with an error'}: ${error instanceof Error ? error.message : String(error)}`;
                throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `cannot read "${formatGithubSource(src)}": ${why}`);
            });
            shas.set(key, sha);
        }
        return sha;
    };
    return {
        read(src, fromFile) {
            const file = formatGithubSource(src);
            let result = files.get(file);
            if (!result) {
                result = (async () => {
                    const sha = await refSha(src, fromFile);
                    let content;
                    try {
                        content = await (0,get_file_content/* getFileContent */._)(octokit, { owner: src.owner, repo: src.repo, path: src.path, ref: sha });
                    }
                    catch (error) {
                        throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`);
                    }
                    if (!content) {
                        throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `cannot read "${file}": ${src.path} does not exist in ${src.owner}/${src.repo} at ${src.ref} (${sha.slice(0, 7)})`);
                    }
                    return { file, text: content.text, sha };
                })();
                files.set(file, result);
                result.catch(() => files.delete(file));
            }
            return result;
        },
    };
}
function createPolicyReader({ readLocal, localLabel, remote }) {
    const localFiles = new Set();
    return {
        localFiles,
        async read(source, fromFile) {
            if (source.startsWith('github:')) {
                const src = parseGithubSource(source);
                if (!src)
                    throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `"${source}" is not of the form github:OWNER/REPO/PATH@REF`);
                return remote.read(src, fromFile);
            }
            const parent = fromFile.startsWith('github:') ? parseGithubSource(fromFile) : undefined;
            if (parent) {
                const path = resolveRelative(parent.path, source);
                if (!path)
                    throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `"${source}" leaves the repository ${parent.owner}/${parent.repo}`);
                return remote.read({ ...parent, path }, fromFile);
            }
            const path = resolveRelative(fromFile, source);
            if (!path)
                throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `"${source}" leaves the repository`);
            const text = await readLocal(path);
            if (text === undefined)
                throw new policy_types/* PolicyError */.p(fromFile, undefined, 'extends', `cannot read "${source}": ${path} does not exist ${localLabel}`);
            localFiles.add(path);
            return { file: path, text };
        },
    };
}


/***/ }),

/***/ 1994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ isPermissionDenied),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/** The HTTP status of an Octokit `RequestError` (or undefined for anything else). */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        if (typeof status === 'number' && status > 0)
            return status;
    }
    return undefined;
}
/** A 403 that is GitHub refusing the token (read-only token, fork PR), not a rate limit. */
function isPermissionDenied(error) {
    if (httpStatus(error) !== 403)
        return false;
    const headers = error.response?.headers;
    if (headers && String(headers['x-ratelimit-remaining'] ?? '') === '0')
        return false;
    const message = error instanceof Error ? error.message : '';
    return !/rate limit/i.test(message);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4436);
/** The action's entry point (dist/index.js): runs the action and nothing else. */

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ readWorkspace)
});

// UNUSED EXPORTS: decode

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/discover/discover-files.ts
var discover_files = __nccwpck_require__(5226);
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
        if (!invalidUtf8 && line.includes('\uFFFD') && !(0,external_node_buffer_.isUtf8)(bytes.subarray(0, end)))
            invalidUtf8 = true;
        scanner.push(line, lineNo);
    };
    const buf = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(1, size)));
    let position = 0;
    for (;;) {
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, position);
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
const O_NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
async function readWorkspace(root, opts) {
    const discovery = (0,discover_files/* createDiscovery */.fJ)(opts.include, opts.exclude);
    const out = { files: [], notes: [], globsTried: discovery.globsTried, ignored: [], named: [] };
    const toRel = (abs) => (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
    const readKept = (abs, rel, role, named) => {
        const limit = role === 'data' ? (opts.maxDataBytes ?? Infinity) : opts.maxFileBytes;
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | O_NOFOLLOW);
        }
        catch (e) {
            out.notes.push(`${rel} skipped: cannot be read (${e.code ?? 'error'})`);
            return;
        }
        try {
            const st = (0,external_node_fs_.fstatSync)(fd);
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
            (0,external_node_fs_.closeSync)(fd);
        }
    };
    /** `rel` is the path from the root with `/` separators (the walk builds it as it descends). */
    const visitFile = (abs, rel, named) => {
        const role = discovery.roleOf(rel) ?? (named ? (0,discover_files/* roleByExtension */.FG)(rel) : undefined);
        if (!role) {
            if (named)
                out.ignored.push(rel);
            return;
        }
        readKept(abs, rel, role, named);
    };
    const walk = (dir, relDir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            out.notes.push(`${relDir || '.'} skipped: cannot be listed (${e.code ?? 'error'})`);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (SKIP_DIRS.has(e.name))
                continue;
            // Symlinks are never followed: they could point outside the workspace.
            if (e.isSymbolicLink())
                continue;
            const rel = relDir ? `${relDir}/${e.name}` : e.name;
            if (e.isDirectory())
                walk((0,external_node_path_.join)(dir, e.name), rel);
            else if (e.isFile())
                visitFile((0,external_node_path_.join)(dir, e.name), rel, false);
        }
    };
    const visitNamed = (abs) => {
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs);
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
            walk(abs, toRel(abs));
        else if (st.isFile())
            visitFile(abs, toRel(abs), true);
    };
    if (opts.only) {
        for (const rel of opts.only) {
            const parts = rel.split('/');
            if ((0,external_node_path_.isAbsolute)(rel) || parts.some((part) => part === '..' || part === ''))
                continue;
            if (!withoutSymlinks(root, parts))
                continue;
            visitFile((0,external_node_path_.join)(root, ...parts), rel, false);
        }
    }
    else if (opts.paths?.length) {
        for (const p of opts.paths)
            visitNamed((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(root, p));
    }
    else {
        walk(root, '');
    }
    return out;
}
/** Whether every component of the path exists and none is a symbolic link (the walk follows none). */
function withoutSymlinks(root, parts) {
    let at = root;
    for (const part of parts) {
        at = (0,external_node_path_.join)(at, part);
        try {
            if ((0,external_node_fs_.lstatSync)(at).isSymbolicLink())
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/**
 * Whether a training-data file can be streamed as UTF-8 lines: not UTF-16 (by its byte-order mark; decoded whole
 * instead, up to maxDataBytes) and not binary (a NUL byte in its first 8 KiB; read as text, so that the core
 * reports it as a binary file).
 */
function streamable(fd) {
    const head = Buffer.alloc(8192);
    const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
    if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
        return false;
    return !head.subarray(0, n).includes(0);
}
/** Reads `size` bytes (fewer if the file shrank meanwhile). */
function readUpTo(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
        const n = (0,external_node_fs_.readSync)(fd, buf, off, size - off, off);
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
    return { text: buf.toString('utf8'), invalidUtf8: !(0,external_node_buffer_.isUtf8)(buf) };
}


/***/ }),

/***/ 4436:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, MAX_LISTED_PR_FILES, READ_ONLY_WARNING, readInputs, toRepoPath

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __nccwpck_require__(3246);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __nccwpck_require__(3566);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __nccwpck_require__(1729);
// EXTERNAL MODULE: ./src/discover/discover-files.ts
var discover_files = __nccwpck_require__(5226);
;// CONCATENATED MODULE: ./src/extract/link-documents.ts
/**
 * Whether linking may give the document facts from other documents: only fine-tuning configs receive any. A run
 * whose documents in scope include none of them gets the same findings without reading the rest of the repository.
 */
function receivesLinks(doc) {
    return doc.kind === 'finetune-config';
}
function linkDocuments(docs) {
    const decision = acceptedFinetuneDecision(docs);
    const against = decision ? undefined : rejectedFinetuneDecision(docs);
    const data = new Map(docs.filter((d) => d.kind === 'training-data').map((d) => [d.path, d]));
    for (const d of docs) {
        if (!receivesLinks(d))
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

// EXTERNAL MODULE: ./src/io/read-workspace.ts + 2 modules
var read_workspace = __nccwpck_require__(2507);
;// CONCATENATED MODULE: ./src/action/changed-documents.ts
/**
 * What a pull request's changed files need from the rest of the repository. Under `scope: changed` only the
 * documents a pull request adds, modifies or renames receive findings (SPEC §2, §3), and the rest of the repository
 * is read only so that linking can give them facts from other documents — which it does for fine-tuning configs
 * alone (`receivesLinks`: an accepted ADR deciding fine-tuning, the training data a config names). So when no
 * changed document is a fine-tuning config, the changed documents are all the action reads: in a monorepo with
 * thousands of ADRs that is nearly every pull request, and each would otherwise parse all of them (2.2 s for
 * 10,000 ADRs).
 *
 * A changed path is read when the include globs give it a role, as the walk would read it; `**\/*.yml` also
 * matches workflows and lockfiles, which then turn out to be no document. Under `pull_request_target` the checkout
 * holds the base commit, not the changed files: there only a pull request whose changed paths the globs all miss
 * skips the repository.
 */



async function changedDocuments(workspace, scope, read, checkoutHasHead) {
    const discovery = (0,discover_files/* createDiscovery */.fJ)(read.include, read.exclude);
    const candidates = [...scope].filter((path) => discovery.roleOf(path) !== undefined);
    const result = {
        needsRepository: false,
        files: [],
        documents: [],
        globsTried: discovery.globsTried,
        notes: [],
        scopeSize: scope.size,
    };
    if (candidates.length === 0)
        return result;
    if (!checkoutHasHead)
        return { ...result, needsRepository: true };
    const changed = await (0,read_workspace/* readWorkspace */.i)(workspace, { ...read, only: candidates });
    if (changed.files.length === 0)
        return { ...result, notes: changed.notes };
    const { extractDocuments } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(540), __nccwpck_require__.e(551)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7551));
    const documents = extractDocuments(changed.files);
    return {
        ...result,
        needsRepository: documents.some(receivesLinks),
        files: changed.files,
        documents,
        notes: changed.notes,
    };
}
/**
 * The run's note when the repository was not read because the pull request changes no document; none when the
 * changed documents were read, or when reading a changed file said why it is none (an ADR over the size limit is
 * an ADR all the same, so "none of the files is an ADR" would be wrong there).
 */
function unreadNoteOf(changed) {
    return changed.documents.length === 0 && changed.notes.length === 0 ? unreadNote(changed.scopeSize) : undefined;
}
/** The note's text for a pull request changing `scopeSize` paths, none of them a document. */
function unreadNote(scopeSize) {
    const what = scopeSize === 0
        ? 'This pull request adds, modifies or renames no file'
        : scopeSize === 1
            ? 'The one file this pull request adds, modifies or renames is not an ADR, model config or training data'
            : `None of the ${scopeSize.toLocaleString('en-US')} files this pull request adds, modifies or renames is an ADR, model config or training data`;
    return `${what}, so the repository's documents were not read: under \`scope: changed\` only changed documents receive findings.`;
}

// EXTERNAL MODULE: ./src/action/report-error.ts
var report_error = __nccwpck_require__(1389);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __nccwpck_require__(2853);
// EXTERNAL MODULE: ./src/action/write-files.ts + 3 modules
var write_files = __nccwpck_require__(1928);
// EXTERNAL MODULE: ./src/github/get-file-content.ts
var get_file_content = __nccwpck_require__(3918);
;// CONCATENATED MODULE: ./src/github/list-pr-files.ts
async function listPrFiles(octokit, { owner, repo, pullNumber }) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
    return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
        ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
        additions: f.additions,
        deletions: f.deletions,
    }));
}

// EXTERNAL MODULE: ./src/extract/read-suppressions.ts
var read_suppressions = __nccwpck_require__(1666);
;// CONCATENATED MODULE: ./src/github/new-suppressions.ts

/** What identifies a suppression across versions of a file: its rule, reason and expiry. */
function suppressionKey(s) {
    return `${s.ruleId}\u0000${(s.reason ?? '').trim()}\u0000${s.until ?? ''}`;
}
const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/;
const DIRECTIVE = 'llm-arch-lint-disable';
/** The suppressions written in `lines`, with whether the comment touches a changed line. */
function suppressionsOf(lines) {
    const text = lines.map((l) => l.text).join('\n');
    const comments = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('<!--', from);
        if (start === -1)
            break;
        const end = text.indexOf('-->', start + 4);
        const stop = end === -1 ? text.length : end;
        const first = countNewlines(text, 0, start);
        const last = first + countNewlines(text, start, stop);
        comments.push({
            text: text.slice(start + 4, stop).trim(),
            line: first,
            changed: lines.slice(first, last + 1).some((l) => l.changed),
        });
        from = stop + 3;
    }
    const out = [];
    for (const c of comments) {
        const [s] = (0,read_suppressions/* readSuppressions */.H)([{ text: c.text, line: c.line }]).suppressions;
        if (s)
            out.push({ key: suppressionKey(s), changed: c.changed });
    }
    return out;
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** The keys of the suppressions a patch adds: on the head side touching a `+` line, and nowhere on the base side. */
function newSuppressionKeysOfPatch(patch) {
    const added = new Set();
    const base = new Set();
    let head = [];
    let old = [];
    const flush = () => {
        for (const s of suppressionsOf(head))
            if (s.changed)
                added.add(s.key);
        for (const s of suppressionsOf(old))
            base.add(s.key);
        head = [];
        old = [];
    };
    let inHunk = false;
    for (const raw of patch.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (HUNK.test(line)) {
            flush();
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const marker = line[0];
        const text = line.slice(1);
        if (marker === '+')
            head.push({ text, changed: true });
        else if (marker === '-')
            old.push({ text, changed: true });
        else if (marker === ' ' || line === '') {
            head.push({ text, changed: false });
            old.push({ text, changed: false });
        }
        // '\ No newline at end of file' belongs to neither side.
    }
    flush();
    for (const key of base)
        added.delete(key);
    return added;
}
/**
 * The suppressions one listed PR file adds. An added file's are all new. A file without a patch (a diff too
 * large for GitHub to return) cannot be compared with its base version: its suppressions are all treated as
 * new (the gate is never weakened by a diff too large to read), except for a pure rename, which changes nothing.
 */
function newSuppressionsOf(file) {
    if (file.status === 'added')
        return 'all';
    if (file.status === 'removed' || file.status === 'unchanged')
        return 'none';
    if (file.patch === undefined)
        return file.status === 'renamed' && file.additions === 0 && file.deletions === 0 ? 'none' : 'all';
    if (!file.patch.includes(DIRECTIVE))
        return 'none';
    const keys = newSuppressionKeysOfPatch(file.patch);
    return keys.size ? keys : 'none';
}
/**
 * `isPendingSuppression` for `analyze`: true for a suppression the pull request adds to a file it lists.
 * Each file's patch is read once, when a suppression of that file is first asked about.
 */
function createPendingSuppressionCheck(byPath) {
    const cache = new Map();
    return (path, s) => {
        const file = byPath.get(path);
        if (!file)
            return false;
        let news = cache.get(path);
        if (news === undefined) {
            news = newSuppressionsOf(file);
            cache.set(path, news);
        }
        if (news === 'all')
            return true;
        if (news === 'none')
            return false;
        return news.has(suppressionKey(s));
    };
}
/** Whether a listed file's suppressions cannot be compared with its base version (no patch): for a note. */
function lacksComparablePatch(file) {
    return (file.patch === undefined &&
        (file.status === 'modified' ||
            file.status === 'changed' ||
            file.status === 'copied' ||
            (file.status === 'renamed' && (file.additions > 0 || file.deletions > 0))));
}

// EXTERNAL MODULE: ./src/github/policy-reader.ts + 1 modules
var policy_reader = __nccwpck_require__(9535);
;// CONCATENATED MODULE: ./src/github/parse-patch.ts
const parse_patch_HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function parsePatch(patch) {
    if (!patch)
        return [];
    const ranges = [];
    let line = 0;
    let inHunk = false;
    for (const raw of patch.split('\n')) {
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const hunk = parse_patch_HUNK.exec(text);
        if (hunk) {
            line = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const marker = text[0];
        if (marker === '+') {
            const last = ranges[ranges.length - 1];
            if (last && last[1] === line - 1)
                last[1] = line;
            else
                ranges.push([line, line]);
            line += 1;
        }
        else if (marker === ' ') {
            line += 1;
        }
        // '-' lines exist only in the old version; '\ No newline at end of file' and blank trailing lines count for neither.
    }
    return ranges;
}
/** Whether `line` falls in one of `ranges`. */
function inRanges(ranges, line) {
    return ranges.some(([start, end]) => line >= start && line <= end);
}

;// CONCATENATED MODULE: ./src/github/pr-changes.ts

/** Statuses whose new version is a document the PR adds, modifies or renames (copies and mode changes too). */
const IN_SCOPE = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);
function toPrChanges(files) {
    const scope = new Set();
    const changedLines = {};
    const byPath = new Map();
    const removed = new Set();
    for (const file of files) {
        byPath.set(file.filename, file);
        if (file.status === 'removed')
            removed.add(file.filename);
        if (file.status === 'renamed' && file.previousFilename)
            removed.add(file.previousFilename);
        if (!IN_SCOPE.has(file.status))
            continue;
        scope.add(file.filename);
        const ranges = parsePatch(file.patch);
        if (ranges.length)
            changedLines[file.filename] = ranges;
    }
    return { scope, changedLines, byPath, removed };
}

// EXTERNAL MODULE: ./src/policy/did-you-mean.ts
var did_you_mean = __nccwpck_require__(607);
// EXTERNAL MODULE: ./src/evaluate/engine-rules.ts
var engine_rules = __nccwpck_require__(2919);
;// CONCATENATED MODULE: ./src/evaluate/apply-suppressions.ts


const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The `invalid-suppression` findings of a document, and its valid suppressions. */
function checkSuppressions(doc, opts) {
    const valid = [];
    const invalid = [];
    for (const s of doc.suppressions) {
        const problem = whyInvalid(s, opts.knownRuleIds);
        if (problem)
            invalid.push((0,engine_rules/* engineFinding */.ie)('invalid-suppression', doc.path, s.line, `${problem}; it suppresses nothing.`, s.text));
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
    return { value: unstatedValue(doc, name) };
}
/** readFact's value alone, without building a reading: what deciding whether a condition holds needs. */
function readFactValue(doc, name) {
    const fact = doc.facts[name];
    return fact ? fact.value : unstatedValue(doc, name);
}
/** The value of a fact extraction did not record. */
function unstatedValue(doc, name) {
    for (const [prefix, tree] of RAW_TREES) {
        if (name.startsWith(prefix))
            return (0,read_dotted_path/* readDottedPath */.c)(tree(doc), name.slice(prefix.length)) ?? null;
    }
    if (name === 'doc.path')
        return doc.path;
    if (name === 'doc.kind')
        return doc.kind;
    if (name === 'doc.format')
        return doc.format;
    const spec = vocabulary/* FACT_BY_NAME */.ts.get(name);
    return spec ? (0,vocabulary/* defaultValue */.Jh)(spec) : null;
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
/**
 * Whether the condition holds, exactly as evaluateCondition decides it, without collecting reasons: most rules hold
 * on few documents, and the reasons (an array and an outcome per predicate) are needed only for the ones that do.
 * Each condition is compiled once into nested closures (its operators picked in advance), which spares the tree
 * walk's per-node shape checks on every document.
 */
function conditionHolds(condition, ctx) {
    let test = compiled.get(condition);
    if (!test) {
        test = compile(condition);
        compiled.set(condition, test);
    }
    return test(ctx);
}
const compiled = new WeakMap();
function compile(condition) {
    if ('all' in condition) {
        const parts = condition.all.map(compile);
        return (ctx) => {
            for (const part of parts)
                if (!part(ctx))
                    return false;
            return true;
        };
    }
    if ('any' in condition) {
        const parts = condition.any.map(compile);
        return (ctx) => {
            for (const part of parts)
                if (part(ctx))
                    return true;
            return false;
        };
    }
    if ('not' in condition) {
        const inner = compile(condition.not);
        return (ctx) => !inner(ctx);
    }
    const fact = condition.fact;
    const ops = [];
    const operands = [];
    for (const op of OPERATORS) {
        const operand = condition[op];
        if (operand === undefined)
            continue;
        ops.push(op);
        operands.push(operand);
    }
    return (ctx) => {
        const value = readFactValue(ctx.doc, fact);
        // Indexed, not destructured pairs: this runs for every rule on every document.
        for (let i = 0; i < ops.length; i++)
            if (!applyOperator(ops[i], value, resolve(operands[i], ctx.options), ctx.regexes))
                return false;
        return true;
    };
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

// EXTERNAL MODULE: ./src/evaluate/fingerprint.ts
var fingerprint = __nccwpck_require__(6459);
// EXTERNAL MODULE: ./src/policy/message-template.ts
var message_template = __nccwpck_require__(8100);
;// CONCATENATED MODULE: ./src/evaluate/render-message.ts


const MAX_QUOTE = 200;
/** Templates parsed once each: a policy has a few dozen messages and a run renders one per finding. */
const templates = new Map();
function renderMessage(template, ctx) {
    let parts = templates.get(template);
    if (!parts)
        templates.set(template, (parts = (0,message_template/* parseTemplate */.QC)(template)));
    let out = '';
    for (const part of parts)
        out += typeof part === 'string' ? part : renderPart(part, ctx);
    return out;
}
function renderPart(part, ctx) {
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
}
function quote(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `"${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat}"`;
}
let numberFormat;
/**
 * `value.toLocaleString('en-US')` ("12,000"): whole numbers grouped here, since toLocaleString builds an ICU
 * formatter on every call; anything else (fractions, -0, beyond 2^53) by one shared Intl.NumberFormat.
 * Exported for the test that holds the two equal.
 */
function formatNumber(n) {
    if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
        const digits = String(Math.abs(n)).replace(/\B(?=(?:\d{3})+$)/g, ',');
        return n < 0 ? `-${digits}` : digits;
    }
    return (numberFormat ??= new Intl.NumberFormat('en-US')).format(n);
}
function formatValue(value, filter) {
    if (value === null || value === undefined)
        return 'unknown';
    if (filter === 'percent' && typeof value === 'number')
        return `${Math.round(value * 1000) / 10}%`;
    if (Array.isArray(value))
        return value.length ? value.map(String).join(', ') : 'none';
    if (typeof value === 'number')
        return formatNumber(value);
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}

// EXTERNAL MODULE: ./src/evaluate/rule-links.ts
var rule_links = __nccwpck_require__(9629);
;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts






/**
 * Facts that say what the document is rather than what it decides: they gate rules but never locate a
 * finding nor appear as its evidence (a finding about a fine-tune points at the decision, not at "Status").
 */
const CONTEXT_FACTS = new Set(['doc.path', 'doc.kind', 'doc.format', 'adr.status', 'adr.title', 'adr.sections', 'adr.llmRelated']);
function evaluate(docs, policy, opts) {
    const knownRuleIds = new Set([...policy.rules.map((r) => r.id), ...Object.keys(engine_rules/* ENGINE_RULES */.NR)]);
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
        // Loops rather than spreads and maps: this function runs for every document, and arrays built several ways
        // (their element kinds differing) deoptimised it and made V8 compile it again, five times in a 10k-ADR run.
        const found = [];
        for (const p of doc.problems)
            found.push((0,engine_rules/* engineFinding */.ie)(p.ruleId, doc.path, p.line, p.message, p.text));
        for (const f of invalid)
            found.push(f);
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
        for (const f of unique(found))
            findings.push(applySuppressions(f, valid, doc.path, suppressionOpts));
    }
    return findings;
}
function judges(rule, doc) {
    return !rule.appliesTo || rule.appliesTo.includes(doc.kind);
}
function judge(rule, doc, regexes) {
    const ctx = { doc, options: rule.options, regexes };
    if (!conditionHolds(rule.when, ctx))
        return undefined;
    const outcome = evaluateCondition(rule.when, ctx);
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
        message: renderMessage(rule.message, { doc, options: rule.options, located }),
        remedy: rule.remedy,
        helpUri: (0,rule_links/* ruleHelpUri */.S7)(rule),
        evidence: evidence.map((e) => ({ path: e.path, line: e.line, text: e.text })),
        fingerprint: (0,fingerprint/* fingerprint */.R)(rule.id, doc.path, located?.text ?? ''),
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
    if (findings.length < 2)
        return findings;
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        const key = `${f.ruleId}\u0000${f.line}\u0000${f.fingerprint}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
    }
    return out;
}
/** The report's rule list (SPEC §7): the policy's rules (including those turned off), then the engine rules. */
function toReportRules(policy) {
    const rules = policy.rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        description: r.description ?? r.title,
        remedy: r.remedy,
        helpUri: (0,rule_links/* ruleHelpUri */.S7)(r),
    }));
    const engine = Object.values(engine_rules/* ENGINE_RULES */.NR).map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        description: r.description,
        remedy: r.remedy,
        helpUri: (0,rule_links/* ruleDocUri */.h5)(r.id),
    }));
    return [...rules, ...engine];
}

// EXTERNAL MODULE: ./src/report/report-counts.ts
var report_counts = __nccwpck_require__(2615);
;// CONCATENATED MODULE: ./src/pipeline/analyze-documents.ts



function analyzeDocuments(all, input) {
    linkDocuments(all);
    const { scope } = input;
    const docs = scope ? all.filter((d) => scope.has(d.path)) : all;
    const findings = [
        ...evaluate(docs, input.policy, {
            now: input.now,
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
        summary: (0,report_counts/* summarize */.eh)(findings, documents),
    };
}
function toReportDocument(doc) {
    const facts = {};
    // for…in over the own keys, in the order Object.entries gives them, without building the pairs.
    for (const name in doc.facts)
        if (Object.hasOwn(doc.facts, name))
            facts[name] = doc.facts[name].value;
    return { path: doc.path, kind: doc.kind, format: doc.format, facts, signals: doc.signals };
}

// EXTERNAL MODULE: ./src/policy/load-policy.ts + 1 modules
var load_policy = __nccwpck_require__(1866);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __nccwpck_require__(5578);
// EXTERNAL MODULE: ./src/report/render-summary.ts
var render_summary = __nccwpck_require__(4377);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __nccwpck_require__(5356);
// EXTERNAL MODULE: ./src/report/order-findings.ts
var order_findings = __nccwpck_require__(5197);
;// CONCATENATED MODULE: ./src/report/to-annotations.ts



function toAnnotation(finding) {
    const remedy = finding.remedy.trim();
    return {
        level: finding.severity,
        file: finding.path,
        line: Number.isInteger(finding.line) && finding.line >= 1 ? finding.line : 1,
        title: `${finding.ruleId}: ${finding.title}`,
        message: remedy ? `${finding.message}\n\nRemedy: ${remedy}` : finding.message,
    };
}
/** Open findings only, most severe first, at most `MAX_ANNOTATIONS_PER_LEVEL` per level; `omitted` counts the rest. */
function toAnnotations(report) {
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const finding of (0,order_findings/* sortFindings */.Tc)(report.findings.filter(report_counts/* isOpen */.nT))) {
        if (perLevel[finding.severity] >= limits/* MAX_ANNOTATIONS_PER_LEVEL */.jB) {
            omitted += 1;
            continue;
        }
        perLevel[finding.severity] += 1;
        annotations.push(toAnnotation(finding));
    }
    return { annotations, omitted };
}
/** The runner's escaping of a command's data (the message). */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's escaping of a command property (file, title): data escaping plus `:` and `,`. */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::error file=docs/adr/0007.md,line=14,title=rule-id%3A Title::message`, one line whatever the text holds. */
function toWorkflowCommand(annotation) {
    const properties = [
        `file=${escapeCommandProperty(annotation.file)}`,
        `line=${annotation.line}`,
        `title=${escapeCommandProperty(annotation.title)}`,
    ].join(',');
    return `::${annotation.level} ${properties}::${escapeCommandData(annotation.message)}`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's orchestration (SPEC §3): inputs and event → policy (from the PR's base commit) → workspace →
 * analyze → report file, SARIF, annotations, job summary, outputs → summary comment and review → exit code.
 * `mode: publish` instead reads a report written by an `analyze` run and posts it (src/action/run-publish.ts).
 *
 * Everything that talks to GitHub lives in src/github/ (one operation per file); the pipeline is pure; the
 * steps of a run live in src/action/. Publishing never decides the result: a write GitHub refuses (fork PR,
 * read-only token) is one warning, and the step's result depends only on the findings and `fail-on`.
 */























/** GitHub lists at most this many files of a pull request. */
const MAX_LISTED_PR_FILES = 3000;
const READ_ONLY_WARNING = 'llm-arch-lint could not write to the pull request: GitHub refused the token (HTTP 403). Pull requests from ' +
    'forks get a read-only GITHUB_TOKEN. The findings are in the annotations, the job summary and the report, and ' +
    'the result of this step depends only on them and `fail-on`. To comment on fork pull requests, run the action ' +
    'with `mode: analyze` in the `pull_request` workflow (upload the report file as an artifact) and with ' +
    '`mode: publish` in a `workflow_run` workflow that has `pull-requests: write` (see "Pull requests from forks" in ' +
    'the README).';
/** A path as the repository names it: relative to the workspace, POSIX separators, no leading `./`. */
function toRepoPath(p, workspace) {
    const rel = external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(workspace, p) : p;
    return external_node_path_default().posix.normalize(rel.split((external_node_path_default()).sep).join('/')).replace(/^(\.\/)+/, '');
}
async function readWorkspaceFile(workspace, rel) {
    try {
        return await promises_default().readFile(external_node_path_default().join(workspace, rel), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' || error.code === 'EISDIR')
            return undefined;
        throw error;
    }
}
const errorMessage = (error) => (error instanceof Error ? error.message : String(error));
async function run() {
    const outputs = { errors: '', warnings: '', notices: '', findings: '', report: '', sarif: '', 'comment-url': '' };
    try {
        await runAction(outputs);
    }
    catch (error) {
        if (error instanceof policy_types/* PolicyError */.p) {
            const local = error.file && !error.file.startsWith('github:') && error.file !== 'recommended' && error.file !== 'strict';
            // One annotation, at the policy file and line when it is in this repository.
            if (local) {
                core/* error */.z3(error.message, { title: 'llm-arch-lint: invalid policy', file: error.file, startLine: error.line ?? 1 });
                process.exitCode = 1;
            }
            else {
                core/* setFailed */.C1(`llm-arch-lint: invalid policy: ${error.message}`);
            }
        }
        else if (error instanceof report_error/* ReportError */.$ || error instanceof action_inputs/* UsageError */.eb) {
            core/* setFailed */.C1(`llm-arch-lint: ${error.message}`);
        }
        else {
            if (error instanceof Error && error.stack)
                core/* debug */.Yz(error.stack);
            core/* setFailed */.C1(`llm-arch-lint: ${errorMessage(error)}`);
        }
    }
    finally {
        for (const name of run_context/* OUTPUTS */.py)
            core/* setOutput */.uH(name, outputs[name]);
    }
}
async function runAction(outputs) {
    const inputs = (0,action_inputs/* readInputs */.Ko)();
    const ctx = (0,run_context/* runContext */.pO)();
    // What only some runs need (publishing, pull-request checks, the parsers) loads when they need it: the
    // action starts in a fraction of the time when there is nothing to read or post (README, "Performance").
    if (inputs.mode === 'publish') {
        const { runPublish } = await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(355)]).then(__nccwpck_require__.bind(__nccwpck_require__, 355));
        await runPublish(inputs, outputs, ctx);
        return;
    }
    const { workspace, event, repository, owner, repo } = ctx;
    const pr = (0,action_event/* pullRequestOf */._n)(event.payload);
    const autoScope = event.name === 'pull_request' || event.name === 'pull_request_target' ? 'changed' : 'all';
    let scopeMode = inputs.scope || autoScope;
    if (scopeMode === 'changed' && !pr) {
        core/* info */.pq(`scope: changed needs a pull request; the ${event.name || 'current'} event has none, so every matching file is checked`);
        scopeMode = 'all';
    }
    const isTarget = event.name === 'pull_request_target';
    let octokit;
    const api = () => (octokit ??= (0,run_context/* apiClient */.uE)(inputs.token));
    let policyOctokit;
    const policyApi = () => (policyOctokit ??= inputs.policyToken ? (0,run_context/* apiClient */.uE)(inputs.policyToken) : api());
    let remote;
    const remoteReader = {
        read: async (src, from) => (remote ??= (0,policy_reader/* createRemotePolicyReader */.w_)(await policyApi())).read(src, from),
    };
    const notes = [];
    // 1. What the pull request changes.
    let changes;
    let pullRequest;
    if (pr) {
        const files = await listPrFiles(await api(), { owner, repo, pullNumber: pr.number });
        changes = toPrChanges(files);
        pullRequest = { repository, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, changedLines: changes.changedLines };
        const withoutPatch = files.filter((f) => f.patch === undefined && f.status !== 'removed').length;
        core/* info */.pq(`Pull request #${pr.number}: ${files.length} changed file(s), ${changes.scope.size} added, modified or renamed` +
            (withoutPatch ? `, ${withoutPatch} without a patch (their findings go to the summary comment only)` : ''));
        if (files.length >= MAX_LISTED_PR_FILES && (pr.changed_files ?? files.length) > files.length) {
            notes.push(`GitHub lists only the first ${MAX_LISTED_PR_FILES.toLocaleString('en-US')} of the ${(pr.changed_files ?? 0).toLocaleString('en-US')} files this pull request changes: documents beyond them are not in scope. Run with \`scope: all\` to check every document.`);
        }
    }
    // 2. The policy: from the PR's base commit (a PR cannot weaken the rules that judge it), else the workspace.
    const configPath = toRepoPath(inputs.config, workspace);
    const readLocal = pr
        ? async (p) => (await (0,get_file_content/* getFileContent */._)(await api(), { owner, repo, path: p, ref: pr.base.sha }))?.text
        : (p) => readWorkspaceFile(workspace, p);
    const baseReader = (0,policy_reader/* createPolicyReader */.K_)({
        readLocal,
        localLabel: pr ? `at the base commit ${pr.base.sha.slice(0, 7)}` : 'in the workspace',
        remote: remoteReader,
    });
    const configText = await readLocal(configPath);
    if (configText === undefined) {
        const addedByPr = changes?.scope.has(configPath);
        if (configPath !== action_inputs/* DEFAULT_CONFIG */.PV && !addedByPr) {
            throw new action_inputs/* UsageError */.eb(`config file ${configPath} not found${pr ? ` at the base commit ${pr.base.sha.slice(0, 7)}` : ' in the workspace'}`);
        }
        core/* info */.pq(`No ${configPath}${pr ? ' at the base commit' : ''}: the built-in \`recommended\` policy applies`);
    }
    else {
        baseReader.localFiles.add(configPath);
    }
    const resolved = await (0,load_policy/* resolvePolicy */.nZ)(configText, configPath, baseReader);
    const extraFindings = [];
    if (pr && changes) {
        const { policyChangeFindings } = await __nccwpck_require__.e(/* import() */ 146).then(__nccwpck_require__.bind(__nccwpck_require__, 4146));
        const { workflowChangeFindings } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(12)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5012));
        extraFindings.push(...(await policyChangeFindings({
            changes,
            configPath,
            basePolicy: resolved.policy,
            baseInclude: { include: resolved.include, exclude: resolved.exclude },
            baseLocalFiles: baseReader.localFiles,
            baseShort: pr.base.sha.slice(0, 7),
            readHead: isTarget
                ? async (p) => (await (0,get_file_content/* getFileContent */._)(await api(), { owner, repo, path: p, ref: pr.head.sha }))?.text
                : (p) => readWorkspaceFile(workspace, p),
            remote: remoteReader,
            notes,
        })));
        // A PR that edits the workflow step running llm-arch-lint: the head version is where the run's documents come
        // from, the base version the other side (API at the base SHA under pull_request, the checkout under _target).
        extraFindings.push(...(await workflowChangeFindings({
            changes,
            readHead: isTarget
                ? async (p) => (await (0,get_file_content/* getFileContent */._)(await api(), { owner, repo, path: p, ref: pr.head.sha }))?.text
                : (p) => readWorkspaceFile(workspace, p),
            readBase: isTarget ? (p) => readWorkspaceFile(workspace, p) : readLocal,
            runsBaseWorkflow: isTarget,
        })));
    }
    // 3. The workspace. Linking sees every document, but only documents in scope receive findings, and of those only
    // fine-tuning configs receive facts from other documents: when the pull request changes none, the documents it
    // changes are all there is to read.
    const readOptions = {
        include: resolved.include,
        exclude: resolved.exclude,
        maxFileBytes: resolved.limits.maxFileBytes,
        maxDataBytes: resolved.limits.maxDataBytes,
    };
    const changed = scopeMode === 'changed' && changes ? await changedDocuments(workspace, changes.scope, readOptions, !isTarget) : undefined;
    const changedOnly = changed !== undefined && !changed.needsRepository;
    let files;
    let globsTried;
    if (changedOnly) {
        files = changed.files;
        globsTried = changed.globsTried;
        notes.push(...changed.notes);
        const unread = unreadNoteOf(changed);
        if (unread)
            notes.push(unread);
        if (changed.documents.length)
            core/* info */.pq(`Reading only the ${changed.documents.length} changed document(s): none is a fine-tuning config, the one kind that takes facts from other documents`);
    }
    else {
        const read = await (0,read_workspace/* readWorkspace */.i)(workspace, readOptions);
        files = read.files;
        globsTried = read.globsTried;
        notes.push(...read.notes);
    }
    if (isTarget && pr && changes && !changedOnly) {
        const { overlayHeadDocuments } = await __nccwpck_require__.e(/* import() */ 373).then(__nccwpck_require__.bind(__nccwpck_require__, 2373));
        files = await overlayHeadDocuments(files, {
            octokit: await api(),
            owner,
            repo,
            headSha: pr.head.sha,
            changes,
            read: readOptions,
            notes,
        });
    }
    // Suppressions the PR adds to an ADR (absent from the base version, read from the PR patch) take effect after merge.
    if (changes) {
        for (const f of files) {
            const listed = changes.byPath.get(f.path);
            if (f.role === 'adr' &&
                listed &&
                changes.scope.has(f.path) &&
                lacksComparablePatch(listed) &&
                f.text.includes('llm-arch-lint-disable')) {
                notes.push(`${f.path}: GitHub gives no diff for this file, so its suppressions cannot be compared with the base commit; they take effect after merge.`);
            }
        }
    }
    for (const note of notes)
        core/* info */.pq(note);
    // 4. Analyse (the parsers load only when there is something to parse).
    const scope = scopeMode === 'changed' && changes ? changes.scope : undefined;
    // (The changed documents were extracted when deciding that nothing else needs reading.)
    const documents = changedOnly
        ? changed.documents
        : files.length
            ? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(540), __nccwpck_require__.e(551)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7551))).extractDocuments(files, scope)
            : [];
    const report = analyzeDocuments(documents, {
        ...(scope ? { scope } : {}),
        policy: resolved.policy,
        repository,
        version: version/* VERSION */.x,
        ...(pullRequest ? { pullRequest } : {}),
        now: new Date(),
        notes,
        extraFindings,
        ...(changes ? { isPendingSuppression: createPendingSuppressionCheck(changes.byPath) } : {}),
    });
    const counts = (0,report_counts/* countOpen */.QJ)(report);
    core/* info */.pq(`llm-arch-lint ${version/* VERSION */.x}: ${report.documents.length} document(s), ${counts.errors} error(s), ${counts.warnings} warning(s), ` +
        `${counts.notices} notice(s), ${counts.suppressed} suppressed (scope: ${scopeMode}, fail-on: ${inputs.failOn})`);
    (0,run_context/* setCountOutputs */.gx)(outputs, report);
    // 5. Local results first: they never depend on GitHub accepting a write.
    outputs.report = await (0,write_files/* writeReport */.u5)(report, inputs.reportFile, workspace);
    if (inputs.sarifFile)
        outputs.sarif = await (0,write_files/* writeSarif */.lg)(report, inputs.sarifFile, workspace);
    const { annotations, omitted } = toAnnotations(report);
    const annotate = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
    for (const a of annotations)
        annotate[a.level](a.message, { file: a.file, startLine: a.line, title: a.title });
    await (0,write_files/* writeSummary */.Sy)((0,render_summary/* renderJobSummary */.q)(report, { globsTried, annotationsOmitted: omitted }));
    // 6. Publish on the pull request: the summary comment, then one review with the new inline comments.
    if (pr && inputs.mode === 'full' && (inputs.comment || inputs.review)) {
        const runUrl = (0,action_event/* runUrlOf */.Qm)(repository, process.env.GITHUB_RUN_ID);
        const { publishToPullRequest } = await __nccwpck_require__.e(/* import() */ 859).then(__nccwpck_require__.bind(__nccwpck_require__, 8859));
        const published = await publishToPullRequest(await api(), report, {
            owner,
            repo,
            pullNumber: pr.number,
            token: inputs.token,
            comment: inputs.comment,
            review: inputs.review,
            ...(runUrl ? { runUrl } : {}),
            info: (message) => core/* info */.pq(message),
        });
        outputs['comment-url'] = published.commentUrl;
        if (published.permissionDenied)
            core/* warning */.$e(READ_ONLY_WARNING);
        for (const failure of published.failures) {
            core/* warning */.$e(`llm-arch-lint could not ${failure}. The findings are in the annotations, the job summary and the report; the result of this step does not depend on it.`);
        }
    }
    else if (pr && inputs.mode === 'analyze') {
        core/* info */.pq('mode: analyze: nothing posted; publish the report with `mode: publish` from a workflow_run workflow');
    }
    // 7. The result depends on the findings and fail-on only. Each finding already has its own annotation (with
    // file and line), so the failure itself is a log line, not one more error annotation competing for GitHub's
    // ten per level.
    if ((0,report_counts/* failsOn */.Hu)(report, inputs.failOn)) {
        core/* info */.pq(`llm-arch-lint failed: ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.notices} notice(s) at or above fail-on: ${inputs.failOn}`);
        process.exitCode = 1;
    }
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

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nZ: () => (/* binding */ resolvePolicy)
});

// UNUSED EXPORTS: DEFAULT_LIMITS, DEFAULT_PACK, loadBuiltinPolicy

// EXTERNAL MODULE: ./src/policy/did-you-mean.ts
var did_you_mean = __nccwpck_require__(607);
// EXTERNAL MODULE: ./src/evaluate/engine-rules.ts
var engine_rules = __nccwpck_require__(2919);
// EXTERNAL MODULE: ./src/policy/json-path.ts
var json_path = __nccwpck_require__(8580);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __nccwpck_require__(5578);
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
            if ((0,engine_rules/* isEngineRuleId */.A5)(id))
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

// EXTERNAL MODULE: ./src/policy/embedded-assets.ts
var embedded_assets = __nccwpck_require__(974);
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
    return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(196), __nccwpck_require__.e(121)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3121))).parsePolicyFile;
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

/***/ 465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZS: () => (/* binding */ decisionLine),
/* harmony export */   tf: () => (/* binding */ kindLabel),
/* harmony export */   yL: () => (/* binding */ documentLabel)
/* harmony export */ });
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7729);

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
    return KIND_LABEL[kind] ?? (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(kind, { maxLength: 40 });
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
    const format = document.format ? ` · ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(document.format, { maxLength: 60 })}` : '';
    return `${kindLabel(document.kind)}${format}`;
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   jZ: () => (/* binding */ sanitizeText),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports truncate, MENTION_BREAK, neutralizeMentions, safeUrl */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5356);
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
function escapeHtml(text, maxLength = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_QUOTE_CHARS */ .Yb) {
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
    const clean = truncate(sanitizeText(text), opts.maxLength ?? _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_QUOTE_CHARS */ .Yb);
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
    let clean = truncate(sanitizeText(text), opts.maxLength ?? _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_QUOTE_CHARS */ .Yb);
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


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ MAX_COMMENT_CHARS),
/* harmony export */   Yb: () => (/* binding */ MAX_QUOTE_CHARS),
/* harmony export */   eY: () => (/* binding */ MAX_SUMMARY_NOTES),
/* harmony export */   gE: () => (/* binding */ COMMENT_MAX_SUPPRESSED),
/* harmony export */   hP: () => (/* binding */ MAX_MESSAGE_CHARS),
/* harmony export */   jB: () => (/* binding */ MAX_ANNOTATIONS_PER_LEVEL),
/* harmony export */   mB: () => (/* binding */ MAX_JOB_SUMMARY_BYTES),
/* harmony export */   pW: () => (/* binding */ COMMENT_EXPANDED_FINDINGS),
/* harmony export */   x2: () => (/* binding */ MAX_EVIDENCE_PER_FINDING)
/* harmony export */ });
/**
 * Hard limits of the places findings are shown. They are named here, next to the renderers, so a
 * test can hold each renderer to them.
 */
/** GitHub's maximum body of an issue or pull-request comment, in characters. */
const MAX_COMMENT_CHARS = 65536;
/** GitHub shows at most this many annotations of each level (error, warning, notice) per step. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** GitHub's maximum size of one step's job summary, in bytes (1 MiB). */
const MAX_JOB_SUMMARY_BYTES = 1024 * 1024;
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


/***/ }),

/***/ 5197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ groupByDocument),
/* harmony export */   Tc: () => (/* binding */ sortFindings)
/* harmony export */ });
/* unused harmony export compareFindings */
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9179);

function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Severity, then path, then line, then rule id: deterministic whatever order the evaluator produced. */
function compareFindings(a, b) {
    return (_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] - _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] ||
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
        group.findings.sort((a, b) => _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] - _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] || a.line - b.line || compareFindings(a, b));
    }
    return groups.sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.notice - a.counts.notice || byText(a.path, b.path));
}


/***/ }),

/***/ 8170:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortSha),
/* harmony export */   _: () => (/* binding */ renderProvenance)
/* harmony export */ });
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7729);

/** The first 7 characters of a commit SHA, when it looks like one (the report may be untrusted). */
function shortSha(sha) {
    return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : undefined;
}
/** `Policy: `recommended`, `github:…@v3` (`9fceb02`) · llm-arch-lint 0.1.0 · commit `abc1234` · [workflow run](…)`. */
function renderProvenance(report, runUrl) {
    const sources = report.policy.sources.map((source) => {
        const sha = shortSha(source.sha);
        return `${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(source.source, { maxLength: 200 })}${sha ? ` (${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(sha)})` : ''}`;
    });
    const parts = [
        `Policy: ${sources.length > 0 ? sources.join(', ') : 'none'}`,
        `llm-arch-lint ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.tool.version, { maxLength: 40 })}`,
    ];
    const head = shortSha(report.pullRequest?.headSha);
    if (head)
        parts.push(`commit ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(head)}`);
    const run = (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('workflow run', runUrl);
    if (run !== 'workflow run')
        parts.push(run);
    return parts.join(' · ');
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ renderJobSummary)
/* harmony export */ });
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7729);
/* harmony import */ var _document_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(465);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5356);
/* harmony import */ var _order_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5197);
/* harmony import */ var _report_counts_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2615);
/* harmony import */ var _render_footer_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8170);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9179);
/* harmony import */ var _render_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2647);








const HEADING = '## LLM architecture review';
/** Room kept for the lines that say how many rows were left out. */
const RESERVED_BYTES = 4096;
const encoder = new TextEncoder();
function bytes(text) {
    return encoder.encode(text).length;
}
function cell(text, maxLength = _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MESSAGE_CHARS */ .hP) {
    return (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(text, { codeSpans: true, table: true, maxLength }) || ' ';
}
function ruleCell(finding) {
    return (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownLink */ .iQ)((0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(finding.ruleId, { maxLength: 100, table: true }), finding.helpUri);
}
function locationCell(finding) {
    return (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(`${finding.path}:${finding.line}`, { table: true });
}
/** A table with as many rows as fit in `budget` bytes; the rest are counted. */
function fitTable(header, rows, budget) {
    const head = `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`;
    let used = bytes(head) + 1;
    const kept = [];
    for (const row of rows) {
        const size = bytes(row) + 1;
        if (used + size > budget)
            break;
        kept.push(row);
        used += size;
    }
    if (kept.length === 0)
        return { text: '', omitted: rows.length, usedBytes: 0 };
    return { text: [head, ...kept].join('\n'), omitted: rows.length - kept.length, usedBytes: used };
}
function countsTable(report) {
    const counts = (0,_report_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .countOpen */ .QJ)(report);
    return [
        `| ${_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9.error} Errors | ${_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9.warning} Warnings | ${_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9.notice} Notices | Suppressed | Documents |`,
        '|---:|---:|---:|---:|---:|',
        `| ${counts.errors} | ${counts.warnings} | ${counts.notices} | ${counts.suppressed} | ${report.documents.length} |`,
    ].join('\n');
}
function nothingMatched(globsTried) {
    const lines = [
        '**Nothing was reviewed: no ADR or model config matched.** This is not a pass. If this pull request or repository holds LLM architecture decisions or model configs, point `include` in the config at them.',
        '',
    ];
    if (globsTried && globsTried.length > 0) {
        lines.push('Globs tried:', '', ...globsTried.map((glob) => `- ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(glob)}`));
    }
    else {
        lines.push('The globs tried were not recorded for this run.');
    }
    return lines.join('\n');
}
function annotationNote(omitted) {
    if (!omitted || omitted <= 0)
        return undefined;
    const verb = omitted === 1 ? 'has' : 'have';
    return `> ${(0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .pluralize */ .td)(omitted, 'finding')} ${verb} no annotation: GitHub shows at most ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ANNOTATIONS_PER_LEVEL */ .jB} annotations of each level per step, so the most severe get them. Every finding is listed below.`;
}
function omittedNote(omitted, what) {
    if (omitted <= 0)
        return undefined;
    return `_… and ${(0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .pluralize */ .td)(omitted, `more ${what}`)}, left out to keep this summary under GitHub's 1 MiB limit; the JSON report has them all._`;
}
function section(title, body) {
    const parts = body.filter((part) => part !== undefined && part !== '');
    return parts.length > 0 ? [`### ${title}`, ...parts].join('\n\n') : undefined;
}
/** The job summary of one run, rendered from the report alone. */
function renderJobSummary(report, opts = {}) {
    const open = (0,_order_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(report.findings.filter(_report_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .isOpen */ .nT));
    const suppressed = (0,_order_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(report.findings.filter((finding) => !(0,_report_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .isOpen */ .nT)(finding)));
    const notes = report.notes
        .slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SUMMARY_NOTES */ .eY)
        .map((note) => `- ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(note, { codeSpans: true, maxLength: _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MESSAGE_CHARS */ .hP })}`);
    if (report.notes.length > _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SUMMARY_NOTES */ .eY) {
        notes.push(`- … and ${(0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .pluralize */ .td)(report.notes.length - _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SUMMARY_NOTES */ .eY, 'more note')} in the JSON report`);
    }
    const fixed = [
        HEADING,
        countsTable(report),
        report.documents.length === 0 ? nothingMatched(opts.globsTried) : undefined,
        annotationNote(opts.annotationsOmitted),
        section('Notes', [notes.join('\n')]),
        `---\n\n<sub>${(0,_render_footer_js__WEBPACK_IMPORTED_MODULE_7__/* .renderProvenance */ ._)(report, opts.runUrl)}</sub>`,
    ];
    let budget = _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_JOB_SUMMARY_BYTES */ .mB - RESERVED_BYTES - bytes(fixed.filter(Boolean).join('\n\n'));
    const findingRows = open.map((finding) => `| ${_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9[finding.severity]} ${finding.severity} | ${ruleCell(finding)} | ${locationCell(finding)} | ${cell(finding.message)} |`);
    const findings = fitTable(['Severity', 'Rule', 'Location', 'Message'], findingRows, budget);
    budget -= findings.usedBytes;
    // The framework's verdict, every signal quoted and the table open (a summary has room to spare).
    const verdict = (0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .renderVerdict */ .gM)(report, {
        heading: "### The framework's verdict",
        openRows: Number.POSITIVE_INFINITY,
        signalsPerSide: Number.POSITIVE_INFINITY,
        maxSize: Math.max(0, budget),
        measure: bytes,
        moreHint: 'the JSON report lists them all',
    });
    if (verdict)
        budget -= bytes(verdict);
    const openByPath = new Map();
    for (const finding of open)
        openByPath.set(finding.path, (openByPath.get(finding.path) ?? 0) + 1);
    const documentRows = report.documents.map((document) => `| ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(document.path, { table: true })} | ${(0,_document_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .kindLabel */ .tf)(document.kind)} | ${cell(document.format, 60)} | ${(0,_document_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .decisionLine */ .ZS)(document) ?? '—'} | ${openByPath.get(document.path) ?? 0} |`);
    const documents = fitTable(['Document', 'Kind', 'Format', 'Decision', 'Open findings'], documentRows, budget);
    budget -= documents.usedBytes;
    const suppressedRows = suppressed.map((finding) => `| ${_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9[finding.severity]} ${finding.severity} | ${ruleCell(finding)} | ${locationCell(finding)} | ${cell(finding.suppressed?.reason ?? '')} | ${finding.suppressed?.until ? cell(finding.suppressed.until, 40) : '—'} |`);
    const suppressedTable = fitTable(['Severity', 'Rule', 'Location', 'Reason', 'Until'], suppressedRows, budget);
    const [heading, counts, empty, annotations, notesSection, footer] = fixed;
    const blocks = [
        heading,
        counts,
        empty,
        annotations,
        open.length > 0
            ? section(`Findings (${open.length})`, [findings.text, omittedNote(findings.omitted, 'finding')])
            : report.documents.length > 0
                ? `✅ No open findings in the ${(0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .pluralize */ .td)(report.documents.length, 'document')} analysed.`
                : undefined,
        verdict,
        section(`Documents analysed (${report.documents.length})`, [documents.text, omittedNote(documents.omitted, 'document')]),
        notesSection,
        section(`Suppressed findings (${suppressed.length})`, [
            suppressed.length > 0 ? 'Excluded from the counts and from `fail-on`; each carries the reason written in its document.' : undefined,
            suppressedTable.text,
            omittedNote(suppressedTable.omitted, 'suppressed finding'),
        ]),
        footer,
    ];
    return `${blocks.filter((block) => block !== undefined && block !== '').join('\n\n')}\n`;
}


/***/ }),

/***/ 2647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ VERDICT_COMPACT_MAX_CHARS),
  LX: () => (/* binding */ VERDICT_MAX_CHARS),
  gM: () => (/* binding */ renderVerdict)
});

// UNUSED EXPORTS: MAX_CHART_POINTS, MAX_LABELS_PER_POINT, MAX_SIGNALS_PER_CELL, VERDICT_OPEN_ROWS, VERDICT_QUOTE_CHARS, formatCoordinate, renderQuadrantChart

// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __nccwpck_require__(7729);
// EXTERNAL MODULE: ./src/report/severity.ts
var severity = __nccwpck_require__(9179);
;// CONCATENATED MODULE: ./src/report/to-verdicts.ts
/** The quadrant chart divides each side's signal count by this (SPEC §6.1). */
const SIGNALS_PER_AXIS = 8;
const RECOMMENDATIONS = ['rag', 'fine-tuning', 'hybrid', 'prompting'];
const APPROACHES = [...RECOMMENDATIONS, 'continued-pretraining'];
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
        const recommendation = typeof stated === 'string' && RECOMMENDATIONS.includes(stated)
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
    return signal.label ?? (0,escape_markdown/* escapeMarkdown */.FV)(signal.fact, { maxLength: 60, table: true });
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
        const quote = (0,escape_markdown/* escapeMarkdown */.FV)(signal.text, { table: true, maxLength: VERDICT_QUOTE_CHARS });
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
    const parts = [(0,escape_markdown/* inlineCode */.ti)(verdict.document.path, { table: true })];
    const title = verdict.document.facts['adr.title'];
    if (detail === 'full' && typeof title === 'string' && title.trim() !== '') {
        parts.push((0,escape_markdown/* escapeMarkdown */.FV)(title, { table: true, maxLength: 80 }));
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
    const reason = verdict.reason ? `: ${(0,escape_markdown/* escapeMarkdown */.FV)(verdict.reason, { table: true, maxLength: 400 })}` : '';
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
        tally = `Of ${(0,severity/* pluralize */.td)(verdicts.length, 'LLM decision')}, ${agreementCounts(verdicts, true)}.`;
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
        `<summary>Verdict table: ${(0,escape_markdown/* escapeHtml */.ZD)(`${(0,severity/* pluralize */.td)(verdicts.length, 'LLM decision')} (${agreementCounts(verdicts)})`)}</summary>`,
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
            ? `_… and ${(0,severity/* pluralize */.td)(hidden, 'more LLM decision')} left out to keep this within GitHub's size limit${opts.moreHint ? `: ${opts.moreHint}` : ''}._`
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


/***/ }),

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   QJ: () => (/* binding */ countOpen),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   nT: () => (/* binding */ isOpen)
/* harmony export */ });
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


/***/ }),

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ formatPresentCounts),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   td: () => (/* binding */ pluralize)
/* harmony export */ });
/* unused harmony exports SEVERITIES, formatSeverityCounts */
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, recorded in every report; kept equal to package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, setSecret, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        // patch (llm-arch-lint): loaded when an ID token is asked for, not at start-up; actions/toolkit#1697.
        const { HttpClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(942)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4942));
        const { BearerCredentialHandler } = yield __nccwpck_require__.e(/* import() */ 145).then(__nccwpck_require__.bind(__nccwpck_require__, 2145));
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
        });
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = yield oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
