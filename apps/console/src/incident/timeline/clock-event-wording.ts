// Sentences for the waiting-on-the-customer events (issue 12): the pause, its end,
// and the deadlines it moved, with the rules they were counted under.
import { businessHoursText } from '../../time/business-hours';
import { formatSpan } from '../../time/durations';
import { type EventData, number, record, text, words } from './event-fields';

type When = (iso: string) => string;

/** SlaClockPaused: "Paused the resolve clock: waiting for the rental agreement; it was due 14:05". */
export function describePause(data: EventData, when: When): string {
  return `Paused the resolve clock: ${text(data, 'reason')}; it was due ${when(text(data, 'resolveBy'))}`;
}

/** SlaClockResumed: "Resolve clock resumed after 2 h 10 min (the customer got in touch)". */
export function describeResume(data: EventData): string {
  const span = formatSpan(number(data, 'pausedMs'));
  switch (text(data, 'trigger')) {
    case 'customer_contacted':
      return `Resolve clock resumed after ${span} (the customer got in touch)`;
    case 'incident_resolved':
      return `Wait on the customer ended after ${span}: resolved while waiting`;
    default: // resume_requested, or a trigger newer than this console
      return `Resolve clock resumed after ${span} of waiting on the customer`;
  }
}

const CLOCK_DEADLINES = [
  { field: 'acknowledgeBy', clock: 'acknowledge', name: 'Acknowledge' },
  { field: 'resolveBy', clock: 'resolve', name: 'Resolve' },
] as const;

/**
 * DeadlinesRescheduled: each deadline that moved, by how much in calendar time
 * (a business clock resumed on a Friday evening moves by the weekend too), and the
 * calendar it was counted in: "Resolve deadline moved 12 min later, from … to …".
 */
export function describeReschedule(data: EventData, when: When): string {
  const previous = record(data, 'previous');
  const current = record(data, 'deadlines');
  const rules = record(data, 'rules');
  const moves = CLOCK_DEADLINES.filter(
    ({ field }) => text(previous, field) !== text(current, field),
  ).map(({ field, clock, name }) => {
    const from = text(previous, field);
    const to = text(current, field);
    const shiftMs = Date.parse(to) - Date.parse(from);
    const shift = `${formatSpan(shiftMs)} ${shiftMs >= 0 ? 'later' : 'earlier'}`;
    const business = businessTimeOf(rules, clock);
    const counted = business ? `, counted in ${business}` : '';
    return `${name} deadline moved ${shift}, from ${when(from)} to ${when(to)}${counted}`;
  });
  const why =
    text(data, 'reason') === 'sla_clock_resumed'
      ? 'after the wait on the customer'
      : words(text(data, 'reason'));
  // A deadline missed before the pause stays missed (CALENDARS.md trap 6): nothing moves.
  return moves.length > 0
    ? `${moves.join('; ')} (${why})`
    : `Deadlines kept ${why}: resolve by ${when(text(current, 'resolveBy'))}`;
}

/**
 * What a clock counted under recorded deadline rules (IncidentOpened's deadlineRules,
 * DeadlinesRescheduled's rules): "business hours, ams-desk v2, Europe/Amsterdam", or
 * undefined when it counted calendar time.
 */
export function businessTimeOf(
  rules: EventData,
  clock: 'acknowledge' | 'resolve',
): string | undefined {
  return text(record(rules, 'clocks'), clock) === 'business'
    ? businessHoursText(pinnedCalendar(record(rules, 'calendar')))
    : undefined;
}

function pinnedCalendar(calendar: EventData) {
  return text(calendar, 'key')
    ? {
        key: text(calendar, 'key'),
        version: number(calendar, 'version'),
        timeZone: text(calendar, 'timeZone'),
      }
    : undefined;
}
