/** A size as notes print it (SPEC §7: "3.1 MiB"): MiB from one mebibyte up, KiB below. */
export function formatBytes(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
