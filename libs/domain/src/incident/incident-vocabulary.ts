/** Words of the domain shared by commands, events and policies. */

export const INCIDENT_KINDS = ['complaint', 'incident'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const CHANNELS = [
  'in_person',
  'phone',
  'email',
  'web',
  'chat',
  'social',
  'letter',
  'system',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** DOMAIN.md §7: complaints are counted as written or verbal. */
export type ChannelGroup = 'written' | 'verbal' | 'system';

/** Written (email, web, chat, letter, social), verbal (phone, in person) or system. */
export function channelGroup(channel: Channel): ChannelGroup {
  switch (channel) {
    case 'in_person':
    case 'phone':
      return 'verbal';
    case 'email':
    case 'web':
    case 'chat':
    case 'social':
    case 'letter':
      return 'written';
    case 'system':
      return 'system';
    default: {
      const unreachable: never = channel;
      return unreachable;
    }
  }
}

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Free-form but constrained category slug, e.g. "vehicle_breakdown". */
export type IncidentCategory = string;
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** DOMAIN.md §6: levels of service the customer's answer is recorded on. */
export const SERVICE_LEVELS = ['below', 'met', 'exceeded', 'delighted', 'amazed'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const RESOLUTION_OUTCOMES = [
  'fixed',
  'workaround',
  'compensated',
  'referred',
  'no_fault_found',
  'declined',
] as const;
export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];

/** Who reached whom in a contact with the customer. */
export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** Someone who must fulfil a promise: a person (by actor id) or a team. */
export interface Fulfiller {
  kind: 'person' | 'team';
  id: string;
}
