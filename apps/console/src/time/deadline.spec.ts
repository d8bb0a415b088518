import { deadlineState } from './deadline';
import { formatSpan } from './durations';

const START = '2026-12-01T10:00:00Z';
const DUE = '2026-12-01T10:20:00Z'; // 20 minutes allowed
const at = (iso: string): number => Date.parse(iso);

describe('deadlineState', () => {
  it('is on track while less than 75 % of the allowed time is used', () => {
    expect(deadlineState(START, DUE, at('2026-12-01T10:14:59Z'))).toEqual({
      tone: 'on-track',
      remainingMs: 301_000,
      text: 'in 5 min',
    });
  });

  it('is at risk from 75 % of the allowed time', () => {
    expect(deadlineState(START, DUE, at('2026-12-01T10:15:00Z')).tone).toBe('at-risk');
  });

  it('is overdue at and after the deadline, saying by how much', () => {
    expect(deadlineState(START, DUE, at(DUE)).tone).toBe('overdue');
    expect(deadlineState(START, DUE, at('2026-12-01T10:23:10Z')).text).toBe('overdue 3 min');
  });
});

describe('formatSpan', () => {
  it.each([
    [45_000, '45 s'],
    [4 * 60_000, '4 min'],
    [2 * 3_600_000 + 5 * 60_000, '2 h 5 min'],
    [3 * 3_600_000, '3 h'],
    [3 * 86_400_000 + 4 * 3_600_000, '3 d 4 h'],
    [-90_000, '1 min'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});
