import { INCIDENT_EVENT_TYPES, isUuid, type MinorUnits, toMajorUnits } from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';
import { eventLogFields } from './event-log-fields.util';
import { eventAttributeTypes, eventAttributeValues } from './ocel-event-attributes.util';
import {
  type OcelEvent,
  type OcelObject,
  type OcelRelationship,
  type OcelType,
  type OcelValue,
} from './ocel.types';

/** Object types of the export (issue 6 §5): incidents, remedies, approvals, promises. */
export const OCEL_OBJECT_TYPES: OcelType[] = [
  {
    name: 'incident',
    attributes: [
      ...['kind', 'channel', 'category', 'severity', 'site', 'policyKey'].map((name) =>
        string(name),
      ),
      { name: 'policyVersion', type: 'integer' },
    ],
  },
  // Amounts in major units of `currency` (45.5 = 45.50 EUR), like the policy limits.
  { name: 'remedy', attributes: [string('remedyType'), float('amount'), string('currency')] },
  {
    name: 'approval',
    attributes: [string('requiredAuthority'), float('amount'), string('currency')],
  },
  {
    name: 'promise',
    attributes: [{ name: 'dueAt', type: 'time' }, string('fulfillerKind'), string('fulfillerId')],
  },
];

/** Every incident event type, each with who did it under which policy version, and its own data attributes. */
export const OCEL_EVENT_TYPES: OcelType[] = INCIDENT_EVENT_TYPES.map((name) => ({
  name,
  attributes: [
    string('resource'),
    string('role'),
    string('policyKey'),
    integer('policyVersion'),
    ...eventAttributeTypes(name),
  ],
}));

type Values = Record<string, unknown>;

interface CreatedObject {
  id: unknown;
  type: string;
  values: Values;
  relationships: OcelRelationship[];
}

// The event that creates each object, and how the object reads from its data.
// Each object has exactly one creating event, so objects stream without de-duplication.
const CREATORS: Readonly<Record<string, (data: Values) => CreatedObject>> = {
  IncidentOpened: (data) => ({
    id: data.incidentId,
    type: 'incident',
    values: {
      kind: data.kind,
      channel: data.channel,
      category: data.category,
      severity: data.severity,
      site: data.site,
      policyKey: (data.policy as { key?: unknown } | undefined)?.key,
      policyVersion: (data.policy as { version?: unknown } | undefined)?.version,
    },
    relationships: [],
  }),
  RemedyProposed: (data) => ({
    id: data.remedyId,
    type: 'remedy',
    values: {
      remedyType: data.remedyType,
      amount: majorUnits(data.amount, data.currency),
      currency: data.currency,
    },
    relationships: links([data.incidentId, 'remedy for']),
  }),
  ApprovalRequested: (data) => ({
    id: data.approvalId,
    type: 'approval',
    values: {
      requiredAuthority: data.requiredAuthority,
      amount: majorUnits(data.amount, data.currency),
      currency: data.currency,
    },
    relationships: links([data.remedyId, 'approves'], [data.incidentId, 'for incident']),
  }),
  PromiseMade: (data) => {
    const fulfiller = data.fulfilledBy as { kind?: unknown; id?: unknown } | undefined;
    return {
      id: data.promiseId,
      type: 'promise',
      values: { dueAt: data.dueAt, fulfillerKind: fulfiller?.kind, fulfillerId: fulfiller?.id },
      relationships: links([data.incidentId, 'made for']),
    };
  },
};

/** The OCEL object an event creates, or null when it creates none. */
export function ocelObjectOf(event: StoredEvent): OcelObject | null {
  const fields = eventLogFields(event);
  const create = CREATORS[event.type];
  if (!fields || !create) return null;
  const created = create({ ...event.data, incidentId: fields.caseId });
  if (typeof created.id !== 'string' || !isUuid(created.id)) return null;
  const time = fields.timestamp;
  const attributes = Object.entries(created.values).flatMap(([name, value]) =>
    isValue(value) ? [{ name, time, value }] : [],
  );
  return { id: created.id, type: created.type, attributes, relationships: created.relationships };
}

/** The OCEL event of an incident event, related to every object it concerns; null outside incidents. */
export function ocelEventOf(event: StoredEvent): OcelEvent | null {
  const fields = eventLogFields(event);
  if (!fields) return null;
  const data = event.data;
  const values: Values = {
    resource: fields.resource,
    role: fields.role,
    policyKey: fields.policyKey,
    policyVersion: fields.policyVersion,
    ...eventAttributeValues(fields.activity, data),
  };
  return {
    id: fields.eventId,
    type: fields.activity,
    time: fields.timestamp,
    attributes: Object.entries(values).flatMap(([name, value]) =>
      isValue(value) ? [{ name, value }] : [],
    ),
    relationships: links(
      [fields.caseId, 'incident'],
      [data.remedyId, 'remedy'],
      [data.approvalId, 'approval'],
      [data.promiseId, 'promise'],
    ),
  };
}

function links(...pairs: [unknown, string][]): OcelRelationship[] {
  return pairs.flatMap(([objectId, qualifier]) =>
    typeof objectId === 'string' && isUuid(objectId) ? [{ objectId, qualifier }] : [],
  );
}

function isValue(value: unknown): value is OcelValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function string(name: string): OcelType['attributes'][number] {
  return { name, type: 'string' };
}

function integer(name: string): OcelType['attributes'][number] {
  return { name, type: 'integer' };
}

function float(name: string): OcelType['attributes'][number] {
  return { name, type: 'float' };
}

// Events store minor units; the export states money as every response does.
function majorUnits(amount: unknown, currency: unknown): unknown {
  return typeof amount === 'number' && typeof currency === 'string'
    ? toMajorUnits(amount as MinorUnits, currency)
    : amount;
}
