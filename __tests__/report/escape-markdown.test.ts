import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import {
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  MENTION_BREAK,
  markdownLink,
  neutralizeMentions,
  safeUrl,
  sanitizeText,
  truncate,
} from '../../src/report/escape-markdown.js';

/** Renders like a comment would (raw HTML allowed, so an injection would show as a tag). */
const md = new MarkdownIt({ html: true, linkify: true });
const render = (markdown: string): string => md.renderInline(markdown);

describe('escapeMarkdown', () => {
  it('neutralises @-mentions and team mentions with a zero-width space', () => {
    const out = escapeMarkdown('ping @octocat and @acme/ai-team, (@x)');
    expect(out).toBe(`ping @${MENTION_BREAK}octocat and @${MENTION_BREAK}acme/ai-team, (@${MENTION_BREAK}x)`);
    expect(out).not.toMatch(/(^|\W)@[A-Za-z0-9]/);
  });

  it('leaves e-mail addresses and #123 issue references alone', () => {
    expect(escapeMarkdown('mail jane@example.com about #123')).toBe('mail jane@example.com about #123');
  });

  it('escapes raw HTML so no tag or entity survives', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> &amp; <script>x</script>');
    expect(out).toBe('&lt;img src=x onerror=alert(1)&gt; &amp;amp; &lt;script&gt;x&lt;/script&gt;');
    expect(render(out)).not.toMatch(/<img|<script/);
  });

  it('cannot close or open a <details> block', () => {
    const out = escapeMarkdown('</details><details open><summary>pwned</summary>');
    expect(out).not.toMatch(/<\/?details|<summary/);
    expect(render(out)).not.toMatch(/<\/?details|<summary/);
  });

  it('cannot forge the sticky comment marker', () => {
    expect(escapeMarkdown('<!-- llm-arch-lint:summary -->')).not.toContain('<!--');
  });

  it('stops link, image, footnote and autolink injection', () => {
    const out = escapeMarkdown('[x](javascript:alert(1)) ![t](https://evil.test/p.png) [^1] <https://evil.test>');
    const html = render(out);
    // Bare https URLs stay visible text (GitHub may linkify them); nothing hides a target or embeds an image.
    expect(html).not.toMatch(/<img|href="javascript|<a href="[^"]*">(?!https:\/\/evil)/);
    expect(html).toContain('[x](javascript:alert(1))');
    expect(html).toContain('![t](');
  });

  it('escapes emphasis, strike-through, pipes and backslashes', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ a|b c\\')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ a\\|b c\\\\');
    expect(render(escapeMarkdown('**bold** _it_ ~~s~~ a|b c\\'))).toBe('**bold** _it_ ~~s~~ a|b c\\');
  });

  it('shows unmatched backticks literally, so they cannot open a code span', () => {
    const out = escapeMarkdown('a ` b `` c');
    expect(out).toBe('a \\` b \\`\\` c');
    expect(render(out)).not.toContain('<code>');
  });

  it('keeps balanced code spans as code when asked, with their content inert', () => {
    const out = escapeMarkdown('set `val_set_size: 0` and `<b>@octocat</b>` then <i>', { codeSpans: true });
    expect(out).toBe('set `val_set_size: 0` and `<b>@octocat</b>` then &lt;i&gt;');
    expect(render(out)).toBe('set <code>val_set_size: 0</code> and <code>&lt;b&gt;@octocat&lt;/b&gt;</code> then &lt;i&gt;');
  });

  it('escapes pipes inside code spans for table cells', () => {
    expect(escapeMarkdown('`a|b` c|d', { codeSpans: true, table: true })).toBe('`a\\|b` c\\|d');
  });

  it('collapses newlines so a quote stays on one line and cannot start a block', () => {
    const out = escapeMarkdown('first\n\n# heading\r\n> quote\n- item');
    expect(out).toBe('first # heading &gt; quote - item');
    expect(out).not.toContain('\n');
  });

  it('escapes constructs that would start a block at the beginning of a line', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('#123 is fine')).toBe('#123 is fine');
    expect(escapeMarkdown('1.2.3')).toBe('1.2.3');
  });

  it('truncates very long lines with an ellipsis', () => {
    const out = escapeMarkdown('a'.repeat(1000));
    expect(Array.from(out)).toHaveLength(300);
    expect(out.endsWith('…')).toBe(true);
    expect(escapeMarkdown('b'.repeat(50), { maxLength: 10 })).toBe(`${'b'.repeat(9)}…`);
  });

  it('truncates before escaping, so an entity or escape is never cut in half', () => {
    const out = escapeMarkdown(`${'a'.repeat(298)}<<<<`);
    expect(out).toBe(`${'a'.repeat(298)}&lt;…`);
  });

  it('removes control characters and bidi overrides (Trojan Source)', () => {
    expect(escapeMarkdown('ok\u0000\u001b[31m\u202Egnp.exe\u2066')).toBe('ok\\[31mgnp.exe');
  });
});

describe('inlineCode', () => {
  it('wraps text with a fence longer than any backtick run inside', () => {
    expect(inlineCode('docs/adr/a.md')).toBe('`docs/adr/a.md`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(render(inlineCode('a``b`c'))).toBe('<code>a``b`c</code>');
  });

  it('keeps hostile text inert inside the span', () => {
    expect(render(inlineCode(`${'<img src=x onerror=alert(1)>'} \`\` </details>`))).toBe(
      '<code>&lt;img src=x onerror=alert(1)&gt; `` &lt;/details&gt;</code>',
    );
  });

  it('escapes pipes for tables and is never empty', () => {
    expect(inlineCode('a|b', { table: true })).toBe('`a\\|b`');
    expect(inlineCode('')).toBe('` `');
  });
});

describe('URLs and links', () => {
  it('allows http(s) only', () => {
    expect(safeUrl('https://github.com/x/y.md')).toBe('https://github.com/x/y.md');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<b>')).toBeUndefined();
    expect(safeUrl('https://user:pw@evil.test/')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });

  it('encodes characters that would end a Markdown link destination', () => {
    expect(safeUrl('https://x.test/a (b)/<c>')).toBe('https://x.test/a%20%28b%29/%3Cc%3E');
  });

  it('drops the link, keeping the text, when the URL is not safe', () => {
    expect(markdownLink('rule', 'javascript:alert(1)')).toBe('rule');
    expect(markdownLink('rule', 'https://x.test/r.md')).toBe('[rule](https://x.test/r.md)');
  });
});

describe('helpers', () => {
  it('escapeHtml is for raw HTML contexts such as <summary>', () => {
    expect(escapeHtml(`</summary></details> "q" 'a' @octocat`)).toBe(
      `&lt;/summary&gt;&lt;/details&gt; &quot;q&quot; &#39;a&#39; @${MENTION_BREAK}octocat`,
    );
  });

  it('neutralizeMentions is idempotent', () => {
    const once = neutralizeMentions('@a @b');
    expect(neutralizeMentions(once)).toBe(once);
  });

  it('sanitizeText collapses whitespace; truncate never splits a surrogate pair', () => {
    expect(sanitizeText('  a\t\tb\u2028c  ')).toBe('a b c');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('short', 10)).toBe('short');
  });
});
