// Preloaded (`node --import`) into a benchmarked process when GNU time is not available: at exit, writes the
// process's own CPU time and peak resident set size to the file named by BENCH_RUSAGE_FILE.
import fs from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({ user: u.userCPUTime / 1e6, sys: u.systemCPUTime / 1e6, maxRssKb: u.maxRSS }));
  });
}
