import { useEffect } from 'react';
import { usePreferences } from '../preferences/preferences';

export interface QueueShortcutActions {
  next: () => void;
  previous: () => void;
  open: () => void;
  newIncident: () => void;
  search: () => void;
}

/** What each key does in the queue; shown in the page's shortcut help. */
export const QUEUE_SHORTCUTS = [
  ['j', 'next incident'],
  ['k', 'previous incident'],
  ['Enter', 'open the selected incident'],
  ['n', 'open a new incident'],
  ['/', 'search'],
] as const;

/**
 * Single-key shortcuts of the queue (GoAlert and Gmail style). Ignored while
 * typing in a field, and off altogether when the person turned them off.
 */
export function useQueueShortcuts(actions: QueueShortcutActions): void {
  const { shortcuts } = usePreferences();
  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // Enter on a link or button is that control's own action.
      if (event.key === 'Enter' && isControl(event.target)) return;
      const action = {
        j: actions.next,
        k: actions.previous,
        Enter: actions.open,
        n: actions.newIncident,
        '/': actions.search,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, actions]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['A', 'BUTTON', 'SUMMARY'].includes(target.tagName);
}
