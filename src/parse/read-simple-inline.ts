/**
 * The plain text of the two kinds of inline markup decision records use most, without markdown-it's inline
 * tokeniser: a whole line in underscores (`_Owner: Mateo Silva_`) and links with a plain label and a plain
 * destination (`[the design review](https://wiki.example.com/adr-46)`). Returns undefined for anything else,
 * which markdown-it then tokenises: each record has few such blocks, so markdown-it's inline code rarely gets
 * warm and cost about 50 µs per block. __tests__/parse/simple-markdown.test.ts holds the text equal to what
 * markdown-it's tokens give.
 */

/**
 * The characters that can start inline markup under parse-markdown's options (escape, code, strikethrough,
 * emphasis, link, image, autolink/HTML, entity). Inline content without any of them is plain text, line breaks aside.
 */
export const INLINE_MARKUP = /[\\`~*_[!<&]/;
/** A link whose label has no markup, brackets or line break, and whose destination no space, control character, parenthesis, `<`, `&` or `\`. */
// eslint-disable-next-line no-control-regex -- markdown-it ends a destination at a control character
const LINK = /\[([^\\`~*_[\]!<&\n]*)\]\(([^\s()<>\\&\x00-\x1f\x7f]*)\)/y;
/** A destination with a scheme: only http and https are read here (markdown-it refuses `javascript:` and the like). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB = /^https?:\/\//i;

/** The text markdown-it's inline tokens would give (line breaks still as in the content), or undefined. */
export function readSimpleInline(content: string): string | undefined {
  if (content.length >= 3 && content.charCodeAt(0) === 95 && content.charCodeAt(content.length - 1) === 95) {
    // `_text_`: emphasis when the text neither starts nor ends with a space, and holds no other markup.
    const inner = content.slice(1, -1);
    if (INLINE_MARKUP.test(inner) || /^\s|\s$/.test(inner)) return undefined;
    return inner;
  }
  let out = '';
  let from = 0;
  for (let at = content.indexOf('['); at !== -1; at = content.indexOf('[', from)) {
    if (INLINE_MARKUP.test(content.slice(from, at))) return undefined;
    LINK.lastIndex = at;
    const link = LINK.exec(content);
    if (!link) return undefined;
    const dest = link[2]!;
    if (SCHEME.test(dest) && !WEB.test(dest)) return undefined;
    out += content.slice(from, at) + link[1]!;
    from = LINK.lastIndex;
  }
  if (from === 0 || INLINE_MARKUP.test(content.slice(from))) return undefined;
  return out + content.slice(from);
}
