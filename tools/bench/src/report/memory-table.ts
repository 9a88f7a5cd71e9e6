import { TargetResults } from '../run-target';
import { ProcessMemory } from '../support/process-memory';

/** RSS of each long-running process through the run, as lines to print. */
export function formatMemory(results: readonly TargetResults[]): string {
  const mb = (memory: ProcessMemory | undefined) => (memory?.rssKb == null ? '-' : `${(memory.rssKb / 1024).toFixed(0)} MB`);
  const header = ['process', 'start', '25 %', '50 %', '75 %', '100 %', 'after fixed rate'];
  const rows = [header];
  for (const result of results) {
    const { start, duringBatch, end } = result.memory;
    for (const first of start) {
      const at = (snapshot: readonly ProcessMemory[] | undefined) => mb(snapshot?.find((p) => p.pid === first.pid));
      rows.push([`${result.target} ${first.name}`, mb(first), ...[0, 1, 2, 3].map((i) => at(duringBatch[i])), at(end)]);
    }
  }
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  return [`RSS (batch run: when that share of its tasks had finished)`, ...lines].join('\n');
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
