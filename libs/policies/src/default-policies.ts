import { type PolicyDocument } from '@recovery/domain';

const EUR = 'EUR';

/**
 * The seeded policy set (issue 4): a catch-all default plus policies for the
 * failures a rental/travel desk meets most. Limits are in EUR major units; the
 * remedy catalogue is taxi, replacement_vehicle, refund, voucher, callback.
 */
export const DEFAULT_POLICIES: readonly PolicyDocument[] = [
  {
    key: 'default',
    title: 'Any complaint or incident without a more specific policy',
    isDefault: true,
    appliesTo: {},
    acknowledgeWithin: 'PT15M',
    resolveWithin: 'P2D',
    escalation: [
      { after: 'PT30M', to: 'supervisor' },
      { after: 'PT4H', to: 'manager' },
    ],
    remedies: [
      { type: 'callback', frontlineLimit: 0, supervisorLimit: 0, currency: EUR },
      { type: 'voucher', frontlineLimit: 20, supervisorLimit: 100, currency: EUR },
      { type: 'refund', frontlineLimit: 25, supervisorLimit: 250, currency: EUR },
    ],
    approvalTimeout: 'PT30M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P7D',
  },
  {
    key: 'vehicle-breakdown',
    title: 'Vehicle does not start or breaks down',
    description:
      'DOMAIN.md §5 (the dead battery): get the customer moving first, argue about cost later.',
    appliesTo: { categories: ['vehicle_breakdown'], severities: ['high', 'critical'] },
    acknowledgeWithin: 'PT90S',
    resolveWithin: 'PT2H',
    escalation: [
      { after: 'PT5M', to: 'supervisor' },
      { after: 'PT15M', to: 'manager' },
    ],
    remedies: [
      { type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: EUR },
      { type: 'replacement_vehicle', frontlineLimit: 0, supervisorLimit: 500, currency: EUR },
      { type: 'voucher', frontlineLimit: 20, supervisorLimit: 100, currency: EUR },
      { type: 'refund', frontlineLimit: 50, supervisorLimit: 300, currency: EUR },
      { type: 'callback', frontlineLimit: 0, supervisorLimit: 0, currency: EUR },
    ],
    approvalTimeout: 'PT10M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P3D',
  },
  {
    key: 'vehicle-issue-minor',
    title: 'Vehicle problem that does not stop the customer (warning light, dirty car)',
    appliesTo: {
      categories: ['vehicle_breakdown', 'vehicle_condition'],
      severities: ['low', 'medium'],
    },
    acknowledgeWithin: 'PT10M',
    resolveWithin: 'PT8H',
    escalation: [
      { after: 'PT30M', to: 'supervisor' },
      { after: 'PT2H', to: 'manager' },
    ],
    remedies: [
      { type: 'voucher', frontlineLimit: 15, supervisorLimit: 75, currency: EUR },
      { type: 'replacement_vehicle', frontlineLimit: 0, supervisorLimit: 300, currency: EUR },
      { type: 'callback', frontlineLimit: 0, supervisorLimit: 0, currency: EUR },
    ],
    approvalTimeout: 'PT30M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P3D',
  },
  {
    key: 'billing-dispute',
    title: 'Customer disputes a charge',
    appliesTo: { categories: ['billing'] },
    acknowledgeWithin: 'PT4H',
    resolveWithin: 'P3D',
    escalation: [
      { after: 'PT4H', to: 'supervisor' },
      { after: 'P1D', to: 'manager' },
    ],
    remedies: [
      { type: 'refund', frontlineLimit: 30, supervisorLimit: 500, currency: EUR },
      { type: 'voucher', frontlineLimit: 20, supervisorLimit: 100, currency: EUR },
      { type: 'callback', frontlineLimit: 0, supervisorLimit: 0, currency: EUR },
    ],
    approvalTimeout: 'PT4H',
    followUpAfter: 'P2D',
    feedbackWindow: 'P7D',
  },
  {
    key: 'service-delay',
    title: 'Customer kept waiting at the desk or on the phone',
    appliesTo: { categories: ['waiting_time', 'service_delay'] },
    acknowledgeWithin: 'PT5M',
    resolveWithin: 'PT1H',
    escalation: [
      { after: 'PT10M', to: 'supervisor' },
      { after: 'PT30M', to: 'manager' },
    ],
    remedies: [
      { type: 'voucher', frontlineLimit: 10, supervisorLimit: 50, currency: EUR },
      { type: 'callback', frontlineLimit: 0, supervisorLimit: 0, currency: EUR },
    ],
    approvalTimeout: 'PT15M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P3D',
  },
];
