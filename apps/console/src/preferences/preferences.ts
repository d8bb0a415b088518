import { useSyncExternalStore } from 'react';
import { type TimeDisplay } from '../time/format-time';

/** A person's console settings. Not secrets, so they live in localStorage across visits. */
export interface Preferences {
  timeDisplay: TimeDisplay;
  theme: 'system' | 'light' | 'dark';
  /** Single-key shortcuts of the queue; off for people whose assistive tools use those keys. */
  shortcuts: boolean;
}

const DEFAULTS: Preferences = { timeDisplay: 'site', theme: 'system', shortcuts: true };
const KEY = 'recovery.console.preferences';
const listeners = new Set<() => void>();
let current: Preferences = read();

function read(): Preferences {
  try {
    return {
      ...DEFAULTS,
      ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>),
    };
  } catch {
    return DEFAULTS;
  }
}

export function updatePreferences(change: Partial<Preferences>): void {
  current = { ...current, ...change };
  localStorage.setItem(KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
