/** A path into a policy or config document, and the form SPEC §5 prints it in. No YAML here: rules use it too. */
export type PathSegment = string | number;

/** `rules.adr-needs-owner.when.all[1].fact`: the form SPEC §5 prints. */
export function toJsonPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
