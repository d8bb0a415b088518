import { type IncidentEventType } from '@recovery/domain';
import { type OcelAttributeType, type OcelType } from './ocel.types';

/** One attribute of an event type: its OCEL name and type, and where it sits in the event's data. */
interface EventAttribute {
  name: string;
  type: OcelAttributeType;
  /** Dotted path into the data: nested objects are flattened into camelCase names. */
  path: string;
}

const attribute = (name: string, type: OcelAttributeType, path = name): EventAttribute => ({
  name,
  type,
  path,
});

// The data attributes an event type carries into the log, beyond who acted under which
// policy. Free text written by staff (a pause's reason, like summaries and notes) stays
// out: the export goes to outside tools, and such text may name the customer.
const EVENT_ATTRIBUTES: Partial<Record<IncidentEventType, readonly EventAttribute[]>> = {
  SlaClockPaused: [attribute('resolveBy', 'time')],
  SlaClockResumed: [
    attribute('trigger', 'string'),
    attribute('pausedAt', 'time'),
    attribute('pausedMs', 'integer'),
    attribute('businessPausedMs', 'integer'),
  ],
  DeadlinesRescheduled: [
    attribute('reason', 'string'),
    attribute('previousAcknowledgeBy', 'time', 'previous.acknowledgeBy'),
    attribute('previousResolveBy', 'time', 'previous.resolveBy'),
    attribute('acknowledgeBy', 'time', 'deadlines.acknowledgeBy'),
    attribute('resolveBy', 'time', 'deadlines.resolveBy'),
    attribute('acknowledgeClock', 'string', 'rules.clocks.acknowledge'),
    attribute('resolveClock', 'string', 'rules.clocks.resolve'),
    attribute('calendarKey', 'string', 'rules.calendar.key'),
    attribute('calendarVersion', 'integer', 'rules.calendar.version'),
    attribute('timeZone', 'string', 'rules.calendar.timeZone'),
    attribute('timeZoneData', 'string', 'rules.calendar.timeZoneData'),
  ],
};

/** The OCEL declarations of an event type's data attributes (none for most types). */
export function eventAttributeTypes(type: IncidentEventType): OcelType['attributes'] {
  return (EVENT_ATTRIBUTES[type] ?? []).map(({ name, type: attributeType }) => ({
    name,
    type: attributeType,
  }));
}

/** The values of an event's data attributes, by name; a missing one is undefined. */
export function eventAttributeValues(
  type: IncidentEventType,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    (EVENT_ATTRIBUTES[type] ?? []).map(({ name, path }) => [name, valueAt(data, path)]),
  );
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
