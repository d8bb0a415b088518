import { cpus, loadavg } from 'node:os';

/** The machine a figure was measured on: cores, CPU model, Node.js version. */
export function machineLine(): string {
  return `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`;
}

/** The 1, 5 and 15 minute load averages: how busy the shared machine was. */
export function loadLine(when: 'start' | 'end'): string {
  return `load average at ${when}: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}
