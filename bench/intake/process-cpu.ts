import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) used so far by this process and every process under it, by pid. */
export type CpuByProcess = Map<number, { name: string; cpuMs: number }>;

// Linux's clock ticks per second (USER_HZ) for /proc/<pid>/stat: 100 on every build we run.
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  name: string;
  cpuMs: number;
}

/**
 * Reads /proc: the bench process itself ("node": API, worker and bench client in
 * one) and its descendants, the Temporal dev server and PostgreSQL with its
 * backends, when the bench started them. Other engineers' processes are not ours
 * and not counted. Linux only; elsewhere an empty map.
 */
export function cpuByProcess(root = process.pid): CpuByProcess {
  const all = readProcStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const totals: CpuByProcess = new Map();
  const self = all.find((stat) => stat.pid === root);
  const queue: ProcStat[] = self ? [self] : [];
  for (let next = queue.shift(); next; next = queue.shift()) {
    totals.set(next.pid, { name: next.name, cpuMs: next.cpuMs });
    queue.push(...(children.get(next.pid) ?? []));
  }
  return totals;
}

/**
 * CPU ms used between two readings, by process name. A process that ended in
 * between (a PostgreSQL backend) is left out, so the figure errs low, never negative.
 */
export function cpuSince(before: CpuByProcess, after: CpuByProcess): Map<string, number> {
  const used = new Map<string, number>();
  for (const [pid, { name, cpuMs }] of after)
    used.set(name, (used.get(name) ?? 0) + cpuMs - (before.get(pid)?.cpuMs ?? 0));
  return used;
}

function readProcStats(): ProcStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return []; // no /proc: not Linux
  }
  return pids.flatMap((pid) => {
    const stat = readStat(pid);
    return stat ? [stat] : [];
  });
}

/** One process's stat line, or undefined when it ended between listing and reading. */
function readStat(pid: string): ProcStat | undefined {
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone already
  }
  // The name is in parentheses and may hold spaces; the fields after it are numbers.
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  const fields = line.slice(close + 2).split(' ');
  // fields[1] is ppid; fields[11] and [12] are utime and stime (stat(5), counted from state).
  return {
    pid: Number(pid),
    ppid: Number(fields[1]),
    name: line.slice(open + 1, close),
    cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
  };
}
