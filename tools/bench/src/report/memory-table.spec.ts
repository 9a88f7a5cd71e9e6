import { TargetResults } from '../run-target';
import { formatCpu, formatMemory } from './memory-table';

const at = (rssMb: number) => [{ name: 'gateway', pid: 7, rssKb: rssMb * 1024, cpuMs: 0 }];
const result = {
  target: 'asynctask',
  batch: { cpuPerTask: [{ name: 'gateway', microseconds: 150.4 }, { name: 'mariadbd', microseconds: 300 }] },
  memory: { start: at(100), duringBatch: [at(150), at(160), at(158)], end: at(161) },
} as unknown as TargetResults;

describe('the process tables', () => {
  it('prints RSS of each process at start, at each quarter of the batch run it reached, and at the end', () => {
    const lines = formatMemory([result]).split('\n');
    expect(lines[1]).toMatch(/^process\s+start\s+25 %\s+50 %\s+75 %\s+100 %\s+after fixed rate$/);
    expect(lines[2].split(/\s{2,}/)).toEqual(['asynctask gateway', '100 MB', '150 MB', '160 MB', '158 MB', '-', '161 MB']);
  });

  it('sums the CPU per task over the processes', () => {
    expect(formatCpu([result]).split('\n')[1]).toBe('asynctask     450 in all: gateway 150, mariadbd 300');
  });
});
