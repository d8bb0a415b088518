import { setTimeout as sleep } from 'node:timers/promises';
import { ChangeCoalescer } from './change-coalescer';
import { type LiveChange } from './live-change';

// Real timers: a sleep longer than the window, started after it, always ends after it.
const WINDOW_MS = 20;
const pastTheWindow = () => sleep(WINDOW_MS * 2);

const incident = (incidentId: string, version: number): LiveChange => ({
  kind: 'incident',
  incidentId,
  site: 'AMS',
  version,
  status: 'open',
});
const approval = (approvalId: string, status: string): LiveChange => ({
  kind: 'approval',
  approvalId,
  incidentId: 'i-1',
  site: 'AMS',
  status,
});

describe('ChangeCoalescer', () => {
  let released: LiveChange[][];
  let coalescer: ChangeCoalescer;

  beforeEach(() => {
    released = [];
    coalescer = new ChangeCoalescer(WINDOW_MS, (changes) => released.push(changes));
  });
  afterEach(() => coalescer.flush());

  it('releases a burst of one incident as its latest version, once, after the window', async () => {
    coalescer.add(incident('i-1', 2));
    coalescer.add(incident('i-1', 3));
    coalescer.add(incident('i-1', 4));
    expect(released).toEqual([]);
    await pastTheWindow();
    expect(released).toEqual([[incident('i-1', 4)]]);
  });

  it('keeps every incident and approval, in the order each was first seen', async () => {
    coalescer.add(incident('i-1', 2));
    coalescer.add(approval('a-1', 'pending'));
    coalescer.add(incident('i-2', 1));
    coalescer.add(incident('i-1', 3));
    coalescer.add(approval('a-1', 'granted'));
    await pastTheWindow();
    expect(released).toEqual([
      [incident('i-1', 3), approval('a-1', 'granted'), incident('i-2', 1)],
    ]);
  });

  it('never replaces a newer incident version with an older one', async () => {
    coalescer.add(incident('i-1', 5));
    coalescer.add(incident('i-1', 4));
    await pastTheWindow();
    expect(released).toEqual([[incident('i-1', 5)]]);
  });

  it('starts a new window after a release', async () => {
    coalescer.add(incident('i-1', 1));
    await pastTheWindow();
    coalescer.add(incident('i-1', 2));
    expect(released).toEqual([[incident('i-1', 1)]]);
    await pastTheWindow();
    expect(released).toEqual([[incident('i-1', 1)], [incident('i-1', 2)]]);
  });

  it('flush releases what it holds at once and cancels the window; nothing when empty', async () => {
    coalescer.flush();
    coalescer.add(incident('i-1', 1));
    coalescer.flush();
    expect(released).toEqual([[incident('i-1', 1)]]);
    await pastTheWindow();
    expect(released).toEqual([[incident('i-1', 1)]]);
  });
});
