import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  readonly name: string;
  readonly pid: number;
  /** Resident set size in KiB (VmRSS), null once the process is gone. */
  readonly rssKb: number | null;
}

/** VmRSS of a running process, as Linux reports it in /proc/<pid>/status. */
export function residentSetKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
