/** The policy every showcase incident opens under: a rental desk's roadside promise. */
export const SHOWCASE_POLICY_KEY = 'roadside-ams';

/** The categories the showcase incidents use; the policy applies to all of them. */
export const SHOWCASE_CATEGORIES = [
  'vehicle_breakdown',
  'billing',
  'vehicle_condition',
  'booking',
  'customer_service',
] as const;

const VERSION_1 = {
  key: SHOWCASE_POLICY_KEY,
  title: 'Roadside recovery, Amsterdam',
  description: 'What the Amsterdam desk promises a customer whose trip went wrong.',
  appliesTo: { categories: [...SHOWCASE_CATEGORIES] },
  acknowledgeWithin: 'PT15M',
  resolveWithin: 'PT4H',
  escalation: [
    { after: 'PT10M', to: 'supervisor' },
    { after: 'PT30M', to: 'manager' },
  ],
  remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
  approvalTimeout: 'PT30M',
  // Seconds, so the resolved showcase incidents reach their follow-up and take feedback now.
  followUpAfter: 'PT5S',
  feedbackWindow: 'P3D',
};

/** Version 2 answers faster, follows up the next day and lets the desk offer a voucher. */
const VERSION_2 = {
  ...VERSION_1,
  acknowledgeWithin: 'PT10M',
  followUpAfter: 'P1D',
  remedies: [
    ...VERSION_1.remedies,
    { type: 'voucher', frontlineLimit: 50, supervisorLimit: 200, currency: 'EUR' },
  ],
};

export const SHOWCASE_POLICY_VERSIONS = [VERSION_1, VERSION_2] as const;
