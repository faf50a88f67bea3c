/**
 * A structural check for regular expressions that risk catastrophic backtracking (SPEC §5: `matches` is checked
 * at load time). It is deliberately simple and conservative: it rejects a group repeated by an unbounded
 * quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1) when the group itself contains a repeated element, such as
 * `(a+)+`, `(a*)*`, `(\w+\s?)*`, or when two of its alternatives start with the same atom, such as `(a|a)*` or
 * `(a|ab)+`. It does not prove safety (`(\w|\d)+` passes although its branches overlap) and may reject a few
 * harmless patterns (`(a+b)+`); a policy author rewrites those with a character class or a bounded repeat.
 */

interface Group {
  repeatsInside: boolean;
  /** The first atom of each alternative, as source text. */
  firstAtoms: string[];
  atAlternativeStart: boolean;
}

/** A reason the pattern is unsafe, or undefined. */
export function backtrackingRisk(pattern: string): string | undefined {
  const stack: Group[] = [newGroup()];
  let i = 0;
  const top = () => stack[stack.length - 1] as Group;
  /** Consumes a quantifier at `i`; returns whether it repeats (more than once, unbounded or m > 1). */
  const quantifier = (): boolean => {
    const c = pattern[i];
    let repeats = false;
    if (c === '*' || c === '+') {
      repeats = true;
      i++;
    } else if (c === '?') {
      i++;
    } else if (c === '{') {
      const m = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m) return false;
      repeats = m[2] !== undefined ? m[3] === '' || Number(m[3]) > 1 : Number(m[1]) > 1;
      i += m[0].length;
    } else {
      return false;
    }
    if (pattern[i] === '?' || pattern[i] === '+') i++; // lazy or possessive marker
    return repeats;
  };
  const atom = (text: string) => {
    const g = top();
    if (g.atAlternativeStart) {
      g.firstAtoms.push(text);
      g.atAlternativeStart = false;
    }
    if (quantifier()) g.repeatsInside = true;
  };

  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === '\\') {
      i += 2;
      atom(pattern.slice(i - 2, i));
    } else if (c === '[') {
      const start = i;
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      atom(pattern.slice(start, i));
    } else if (c === '(') {
      const prefix = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i));
      const parent = top();
      if (parent.atAlternativeStart) parent.firstAtoms.push(`(group at ${i})`); // a group never equals another atom
      parent.atAlternativeStart = false;
      i += prefix ? prefix[0].length : 1;
      stack.push(newGroup());
    } else if (c === ')') {
      i++;
      const group = stack.pop() as Group;
      if (group.atAlternativeStart) group.firstAtoms.push(''); // an empty last alternative
      if (stack.length === 0) return undefined; // unbalanced: RegExp compilation reports it
      const repeated = quantifier();
      if (repeated && group.repeatsInside) {
        return 'a repeated group contains another repeat (like (a+)+), which can backtrack catastrophically';
      }
      const duplicate = group.firstAtoms.find((a, n) => group.firstAtoms.indexOf(a) !== n);
      if (repeated && duplicate !== undefined) {
        return `a repeated group has alternatives that start alike (${JSON.stringify(duplicate)}), like (a|a)*, which can backtrack catastrophically`;
      }
      if (repeated || group.repeatsInside) top().repeatsInside = true;
    } else if (c === '|') {
      i++;
      const g = top();
      if (g.atAlternativeStart) g.firstAtoms.push(''); // an empty alternative
      g.atAlternativeStart = true;
    } else {
      i++;
      atom(c);
    }
  }
  return undefined;
}

function newGroup(): Group {
  return { repeatsInside: false, firstAtoms: [], atAlternativeStart: true };
}
