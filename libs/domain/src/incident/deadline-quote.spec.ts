import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';
import { type ClockKind } from '../policy/policy-document';
import { type DeadlineClock, quoteDeadlines, wallClock } from './deadline-quote';
import { initialIncidentState } from './incident-state';
import { policy, t0 } from './incident.spec-fixture';

const now = toIsoTimestamp(t0);

describe('quoteDeadlines', () => {
  it('counts no business time before the opening, whatever the placeholder start times say', () => {
    const spans: [ClockKind, IsoTimestamp, IsoTimestamp][] = [];
    const recording: DeadlineClock = {
      ...wallClock,
      between: (kind, from, to) => {
        spans.push([kind, from, to]);
        return wallClock.between(kind, from, to);
      },
    };
    const quote = quoteDeadlines(initialIncidentState, policy.document, now, recording);
    expect(quote.businessElapsed).toEqual({ sinceOpening: 0, sinceResolveClockStart: 0 });
    // A business calendar walked from 1970 would cost seconds per opening.
    expect(spans).toEqual([]);
  });

  it('starts each clock from now in its own kind of time', () => {
    const quote = quoteDeadlines(initialIncidentState, policy.document, now, wallClock);
    expect(quote.started).toEqual({
      acknowledgeBy: toIsoTimestamp(t0 + 90_000),
      resolveBy: toIsoTimestamp(t0 + 2 * 3_600_000),
    });
    expect(quote.rules).toEqual({ clocks: { acknowledge: 'calendar', resolve: 'calendar' } });
    expect(quote.resumed).toBeUndefined();
  });
});
