import {
  type Channel,
  type IncidentKind,
  type ResolutionOutcome,
  type ServiceLevel,
  type Severity,
} from '@recovery/domain/incident/incident-vocabulary';

/** One thing a person does to an incident, through the API's command routes. */
export type Step =
  | { do: 'acknowledge' }
  | { do: 'note'; text: string }
  | { do: 'remedy'; amount: number; description: string }
  | { do: 'promise'; description: string; dueInMinutes: number }
  | { do: 'resolve'; outcome: ResolutionOutcome; summary: string }
  | { do: 'feedback'; score: number; level: ServiceLevel; comment: string };

/** An incident of the showcase: how it was reported, by which desk agent, and what happened since. */
export interface ShowcaseIncident {
  by: 'fatima' | 'jonas';
  kind: IncidentKind;
  channel: Channel;
  category: string;
  severity: Severity;
  customerRef: string;
  summary: string;
  details: string;
  steps: Step[];
}

const open = (
  incident: Omit<ShowcaseIncident, 'steps' | 'by'>,
  by: ShowcaseIncident['by'] = 'fatima',
  steps: Step[] = [],
): ShowcaseIncident => ({ ...incident, by, steps });

/** Opened under policy version 1: settled by now, so the audit has resolutions and feedback. */
export const SETTLED_INCIDENTS: ShowcaseIncident[] = [
  open(
    {
      kind: 'complaint',
      channel: 'phone',
      category: 'vehicle_condition',
      severity: 'medium',
      customerRef: 'C-20931',
      summary: 'Air conditioning fails in 35 °C heat',
      details: 'Family with a baby on the A4 towards Leiden.',
    },
    'jonas',
    [
      { do: 'acknowledge' },
      { do: 'note', text: 'Swap car ready at Schiphol P3; customer drives there.' },
      { do: 'resolve', outcome: 'fixed', summary: 'Car swapped for an equivalent model' },
      { do: 'feedback', score: 5, level: 'delighted', comment: 'Quick and friendly' },
    ],
  ),
  open(
    {
      kind: 'complaint',
      channel: 'email',
      category: 'billing',
      severity: 'low',
      customerRef: 'C-20877',
      summary: 'Charged twice for the fuel service',
      details: 'Two identical lines on the invoice of 12 March.',
    },
    'fatima',
    [
      { do: 'acknowledge' },
      { do: 'resolve', outcome: 'compensated', summary: 'Second charge refunded' },
      { do: 'feedback', score: 3, level: 'met', comment: 'Fine, but took a while' },
    ],
  ),
  open(
    {
      kind: 'incident',
      channel: 'in_person',
      category: 'booking',
      severity: 'medium',
      customerRef: 'C-21004',
      summary: 'Booked child seat missing at pick-up',
      details: 'Customer at the Centraal desk with a two-year-old.',
    },
    'jonas',
    [{ do: 'acknowledge' }, { do: 'note', text: 'Seat on its way from Zuid, 25 min.' }],
  ),
];

/** The showcase's centre: acknowledged, a note, a taxi above the frontline limit, a promise. */
export const STRANDED_CUSTOMER = open(
  {
    kind: 'complaint',
    channel: 'phone',
    category: 'vehicle_breakdown',
    severity: 'critical',
    customerRef: 'C-21187',
    summary: 'Broken down on the A10 at night with two children',
    details: 'Engine warning light, then no power. Hard shoulder near exit S106.',
  },
  'fatima',
  [
    { do: 'acknowledge' },
    { do: 'note', text: 'Tow truck booked via ANWB, ETA 40 min. Customer safe behind the rail.' },
    { do: 'remedy', amount: 80, description: 'Taxi van to the hotel in Haarlem' },
    { do: 'promise', description: 'Replacement car at the hotel by 09:00', dueInMinutes: 600 },
  ],
);

/** Opened under policy version 2 and still being worked: the queue's everyday mix. */
export const WORKING_INCIDENTS: ShowcaseIncident[] = [
  STRANDED_CUSTOMER,
  open({
    kind: 'incident',
    channel: 'phone',
    category: 'vehicle_breakdown',
    severity: 'high',
    customerRef: 'C-21190',
    summary: 'Rental car will not start at the pick-up point',
    details: 'Battery flat; customer has a flight at 14:10.',
  }),
  open({
    kind: 'incident',
    channel: 'chat',
    category: 'vehicle_breakdown',
    severity: 'high',
    customerRef: 'C-21191',
    summary: 'Flat tyre on the ring road, no spare in the boot',
    details: 'Customer stopped at a petrol station on the A10 West.',
  }),
  open(
    {
      kind: 'complaint',
      channel: 'in_person',
      category: 'customer_service',
      severity: 'medium',
      customerRef: 'C-21175',
      summary: 'Waited 50 minutes at the Schiphol desk',
      details: 'Only one agent on shift; the customer missed a dinner reservation.',
    },
    'jonas',
    [{ do: 'acknowledge' }, { do: 'note', text: 'Offered an apology; checking the rota.' }],
  ),
  open({
    kind: 'complaint',
    channel: 'email',
    category: 'billing',
    severity: 'medium',
    customerRef: 'C-21166',
    summary: 'Deposit not released after return',
    details: '€300 still held eight days after the car came back.',
  }),
  open(
    {
      kind: 'incident',
      channel: 'phone',
      category: 'vehicle_condition',
      severity: 'high',
      customerRef: 'C-21183',
      summary: 'Warning light for brake pads on a two-day rental',
      details: 'Customer is in Utrecht and wants to know if it is safe to drive.',
    },
    'fatima',
    [
      { do: 'acknowledge' },
      { do: 'promise', description: 'Call back after the workshop checks', dueInMinutes: 45 },
    ],
  ),
  open({
    kind: 'complaint',
    channel: 'chat',
    category: 'booking',
    severity: 'low',
    customerRef: 'C-21160',
    summary: 'Upgrade paid for but a smaller car delivered',
    details: 'Booked an estate; received a hatchback.',
  }),
  open(
    {
      kind: 'complaint',
      channel: 'phone',
      category: 'vehicle_condition',
      severity: 'low',
      customerRef: 'C-21152',
      summary: 'Navigation stuck in German',
      details: 'Settings menu is greyed out.',
    },
    'jonas',
    [{ do: 'acknowledge' }],
  ),
  open({
    kind: 'incident',
    channel: 'in_person',
    category: 'customer_service',
    severity: 'medium',
    customerRef: 'C-21193',
    summary: 'Keys locked in the car at the Zuid car park',
    details: 'Spare key is at the Centraal branch.',
  }),
];
