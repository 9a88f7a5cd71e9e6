import { readFileSync, readdirSync } from 'node:fs';

export interface ProcessMemory {
  readonly name: string;
  readonly pid: number;
  /** Resident set size in KiB (VmRSS), null once the process is gone. */
  readonly rssKb: number | null;
  /** CPU time used so far (user + system), in ms; null once the process is gone. */
  readonly cpuMs: number | null;
}

/** Clock ticks per second of /proc/<pid>/stat: 100 on Linux. */
const TICKS_PER_SECOND = 100;

export function processMemory(name: string, pid: number): ProcessMemory {
  return { name, pid, rssKb: residentSetKb(pid), cpuMs: cpuMs(pid) };
}

/** User + system CPU time of a process so far, in ms. */
export function cpuMs(pid: number): number | null {
  try {
    // The fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The database and Redis servers on this machine, by their process names. */
export function serverProcesses(): ProcessMemory[] {
  const servers: ProcessMemory[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let name = '';
    try {
      name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
    } catch {
      continue; // ended meanwhile
    }
    if (['mariadbd', 'mysqld', 'redis-server'].includes(name)) servers.push(processMemory(name, Number(entry)));
  }
  return servers;
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
