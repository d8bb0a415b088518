/** What the incident specs decide under: one policy, one opening, a clock from t0. */
import { type DomainError } from '../errors/domain.error';
import { type Actor } from '../events/event-metadata';
import { toIsoTimestamp } from '../ids/ids';
import { type PolicyDocument } from '../policy/policy-document';
import {
  type CommandContext,
  type OpenIncidentCommand,
  type PinnedPolicy,
} from './incident-commands';

const document: PolicyDocument = {
  key: 'vehicle-breakdown',
  title: 'Breakdown',
  appliesTo: {},
  acknowledgeWithin: 'PT90S',
  resolveWithin: 'PT2H',
  escalation: [{ after: 'PT5M', to: 'supervisor' }],
  remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
  approvalTimeout: 'PT10M',
  followUpAfter: 'P1D',
  feedbackWindow: 'P3D',
};
export const policy: PinnedPolicy = { key: 'vehicle-breakdown', version: 3, document };
export const frontline: Actor = { id: 'fiona', role: 'frontline' };
export const supervisor: Actor = { id: 'sam', role: 'supervisor' };
/** When the incident is opened. */
export const t0 = Date.parse('2025-03-01T10:00:00.000Z');

export const opening: OpenIncidentCommand = {
  incidentId: '11111111-1111-4111-8111-111111111111',
  kind: 'complaint',
  channel: 'phone',
  category: 'vehicle_breakdown',
  severity: 'high',
  customerRef: 'C-1',
  site: 'AMS',
  summary: 'Car will not start',
};

let ids = 0;
/** A decision's context `secondsAfterOpen` after t0, with ids that count up. */
export const ctx = (actor: Actor, secondsAfterOpen: number): CommandContext => ({
  actor,
  policy,
  now: toIsoTimestamp(t0 + secondsAfterOpen * 1000),
  newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
});

/** The code of the DomainError `command` throws; undefined when it decides. */
export function rejection(command: () => unknown): string | undefined {
  try {
    command();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
}
