/* Preloaded (`node -r bench/measure.cjs …`) into a bench child process: at exit, writes the process's own
 * CPU time (user + system, ms) and peak resident memory (KB) as JSON to the file named by BENCH_OUT. */
'use strict';
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const out = { cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS };
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(out));
});
