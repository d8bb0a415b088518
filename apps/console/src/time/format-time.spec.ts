import { formatInstant } from './format-time';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('formatInstant', () => {
  it('shows the site time with its zone', () => {
    expect(
      formatInstant('2026-12-01T13:05:00Z', 'site', { siteTimeZone: 'Europe/Amsterdam', now: NOW }),
    ).toBe('1 Dec, 14:05 CET');
  });

  it('says how long ago or how soon in relative mode', () => {
    const options = { siteTimeZone: 'UTC', now: NOW };
    expect(formatInstant('2026-12-01T11:55:00Z', 'relative', options)).toBe('5 min ago');
    expect(formatInstant('2026-12-01T14:00:00Z', 'relative', options)).toBe('in 2 h');
  });
});
