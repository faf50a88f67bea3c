/** A size as notes print it (SPEC §7: "3.1 MiB", "2 MiB"): MiB from one mebibyte up, KiB below; no trailing ".0". */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1048576 ? [bytes / 1048576, 'MiB'] : [bytes / 1024, 'KiB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
