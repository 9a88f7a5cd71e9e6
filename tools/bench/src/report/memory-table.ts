import { TargetResults } from '../run-target';

/** Start and end RSS of each long-running process, as lines to print. */
export function formatMemory(results: readonly TargetResults[]): string {
  const mb = (kb: number | null | undefined) => (kb == null ? '-' : `${(kb / 1024).toFixed(1)} MB`);
  const lines = ['process                 pid     RSS at start   RSS at end'];
  for (const result of results) {
    for (const start of result.memory.start) {
      const end = result.memory.end.find((p) => p.pid === start.pid);
      lines.push(`${`${result.target} ${start.name}`.padEnd(22)} ${String(start.pid).padStart(6)}  ${mb(start.rssKb).padStart(13)}  ${mb(end?.rssKb).padStart(11)}`);
    }
  }
  return lines.join('\n');
}

/** CPU time per task of each process during the main batch run, side by side. */
export function formatCpu(results: readonly TargetResults[]): string {
  const lines = ['CPU per task in the batch run (µs; user + system)'];
  for (const result of results) {
    const total = result.batch.cpuPerTask.reduce((sum, p) => sum + p.microseconds, 0);
    const parts = result.batch.cpuPerTask.map((p) => `${p.name} ${Math.round(p.microseconds)}`).join(', ');
    lines.push(`${result.target.padEnd(10)} ${String(Math.round(total)).padStart(6)} in all: ${parts}`);
  }
  return lines.join('\n');
}
