import { randomUUID } from 'node:crypto';
import { CHANNELS } from '@recovery/domain';
import {
  type IncidentScenario,
  type PromiseScenario,
  type RemedyScenario,
} from './incident-scenario';

const MINUTE = 60_000;
const SITES = Array.from({ length: 20 }, (_, i) => `site-${String(i + 1).padStart(2, '0')}`);
const CATEGORIES = [
  'vehicle_breakdown',
  'late_delivery',
  'billing_error',
  'damaged_goods',
  'rude_staff',
];
const STAFF = Array.from({ length: 200 }, (_, i) => `staff-${i}`);

/** A small deterministic PRNG (mulberry32), so a seed run is reproducible. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A plausible incident opened somewhere in [from, from + spanMs) under one of two policy versions. */
export function randomScenario(
  random: () => number,
  policyKey: string,
  from: Date,
  spanMs: number,
): IncidentScenario {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const acknowledgeAfterMs = Math.round(5_000 + random() * 175_000);
  const version = random() < 0.5 ? 1 : 2;
  return {
    incidentId: randomUUID(),
    openedAt: new Date(from.getTime() + Math.floor(random() * spanMs)),
    site: pick(SITES),
    category: pick(CATEGORIES),
    channel: pick(CHANNELS.filter((channel) => channel !== 'system')),
    kind: random() < 0.7 ? 'complaint' : 'incident',
    policy: {
      key: policyKey,
      version,
      acknowledgeWithinMs: version === 1 ? 90_000 : 120_000,
      resolveWithinMs: 120 * MINUTE,
    },
    staffId: pick(STAFF),
    acknowledgeAfterMs,
    escalationRungs: acknowledgeAfterMs > 90_000 ? 1 + Math.floor(random() * 2) : 0,
    remedies: random() < 0.6 ? [randomRemedy(random)] : [],
    promises: random() < 0.5 ? [randomPromise(random)] : [],
    resolveAfterMs: Math.round(30 * MINUTE + random() * 150 * MINUTE),
    reopened: random() < 0.05,
    followUp:
      random() < 0.5
        ? { answer: { score: (1 + Math.floor(random() * 5)) as 1 | 2 | 3 | 4 | 5 } }
        : random() < 0.8
          ? 'unanswered'
          : 'none',
  };
}

function randomRemedy(random: () => number): RemedyScenario {
  const roll = random();
  // Whole cents in major units: 5.00 to 24.99 EUR at once, 30.00 to 149.99 EUR for approval.
  if (roll < 0.5) return { amount: (500 + Math.floor(random() * 2000)) / 100, path: 'at_once' };
  const amount = (3000 + Math.floor(random() * 12_000)) / 100;
  const decisionAfterMs = Math.round(MINUTE + random() * 20 * MINUTE);
  if (roll < 0.8) return { amount, path: 'granted', decisionAfterMs };
  return roll < 0.93
    ? { amount, path: 'denied', decisionAfterMs }
    : { amount, path: 'expired', decisionAfterMs: 30 * MINUTE };
}

function randomPromise(random: () => number): PromiseScenario {
  const roll = random();
  const confirmation = random() < 0.3 ? random() < 0.8 : undefined;
  const base = confirmation === undefined ? {} : { confirmation };
  if (roll < 0.7) return { outcome: 'kept_on_time', ...base };
  if (roll < 0.85)
    return { outcome: 'kept_late', latenessMs: Math.round(random() * 30 * MINUTE), ...base };
  return { outcome: 'broken', ...base };
}
