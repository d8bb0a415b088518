import { type StoredEvent } from '../../api/incident-types';
import { formatSpan } from '../../time/durations';
import { formatMoney } from '../money';
import {
  type EventData,
  fulfillerName,
  number,
  record,
  remedyAmount,
  text,
  words,
} from './event-fields';
import { formatPolicyDuration } from '../../time/policy-duration';
import {
  businessTimeOf,
  describePause,
  describeReschedule,
  describeResume,
} from './clock-event-wording';
import { appliedLimitText } from './remedy-rule-wording';

/** What the sentences need from outside the event itself. */
export interface WordingContext {
  /** A moment as the viewer chose to see times (site, local or relative). */
  when: (iso: string) => string;
  /** The description of a promise made earlier in the stream, by id. */
  promiseText: (promiseId: string) => string | undefined;
}

const ESCALATION_REASONS: Record<string, string> = {
  acknowledgement_overdue: 'nobody acknowledged in time',
  approval_overdue: 'an approval was not decided in time',
  promise_broken: 'a promise was broken',
  resolution_overdue: 'it was not resolved in time',
};

/** One stored event as a sentence for people: what happened and, where one applied, under which rule. */
export function describeEvent(event: StoredEvent, context: WordingContext): string {
  const data = event.data;
  const { when } = context;
  const promise = (): string =>
    quoted(context.promiseText(text(data, 'promiseId')) ?? text(data, 'description'));
  switch (event.type) {
    case 'IncidentOpened':
      return describeOpening(data);
    case 'IncidentAcknowledged':
      return `Acknowledged after ${formatSpan(number(data, 'elapsedMs'))}, ${deadlineWording(data)}`;
    case 'AcknowledgementOverdue':
      return `Not acknowledged by the deadline (${when(text(data, 'deadline'))}): the acknowledge clock is overdue`;
    case 'IncidentEscalated':
      return describeEscalation(data);
    case 'RemedyProposed':
      return data.withinProposerAuthority === true
        ? `Proposed ${remedyAmount(data)} (${text(data, 'description')}), ${appliedLimitText(data)}`
        : `Proposed ${remedyAmount(data)} (${text(data, 'description')}): a ${text(data, 'requiredAuthority')} must approve, ${appliedLimitText(data)}`;
    case 'RemedyApproved':
      return data.via === 'approval'
        ? `Remedy approved after approval: ${remedyAmount(data)}, ${appliedLimitText(data)}`
        : `Remedy approved at once: ${remedyAmount(data)}, ${appliedLimitText(data)}`;
    case 'ApprovalRequested':
      return `Asked a ${text(data, 'requiredAuthority')} to approve ${remedyAmount(data)}; decide by ${when(text(data, 'deadline'))}`;
    case 'ApprovalGranted':
      return `Approved ${money(data)} after ${formatSpan(number(data, 'elapsedMs'))}: ${quoted(text(data, 'reason'))}${lateDecision(data)}`;
    case 'ApprovalDenied':
      return `Denied ${money(data)} after ${formatSpan(number(data, 'elapsedMs'))}: ${quoted(text(data, 'reason'))}${lateDecision(data)}`;
    case 'ApprovalExpired':
      return data.reason === 'incident_closed'
        ? 'Approval withdrawn undecided: the incident closed'
        : `Approval expired undecided (deadline ${when(text(data, 'deadline'))})`;
    case 'RemedyDelivered':
      return `Delivered ${remedyAmount(data)} (reference ${text(data, 'deliveryRef')})`;
    case 'PromiseMade':
      return describePromise(data, when);
    case 'PromiseConfirmed':
      return `Confirmed the promise ${promise()}`;
    case 'PromiseUnconfirmed':
      return `Promise ${promise()} not confirmed by ${fulfillerName(record(data, 'fulfilledBy'))} by ${when(text(data, 'confirmBy'))}: at risk`;
    case 'PromiseKept':
      return data.onTime === true
        ? `Kept the promise ${promise()} on time`
        : `Kept the promise ${promise()} ${formatSpan(number(data, 'latenessMs'))} late`;
    case 'PromiseBroken':
      return `Promise ${promise()} broken: it was due ${when(text(data, 'dueAt'))}`;
    case 'IncidentResolved':
      return `Resolved (${words(text(data, 'outcome'))}) after ${formatSpan(number(data, 'elapsedMs'))}, ${deadlineWording(data)}: ${text(data, 'summary')}`;
    case 'SlaClockPaused':
      return describePause(data, when);
    case 'SlaClockResumed':
      return describeResume(data);
    case 'DeadlinesRescheduled':
      return describeReschedule(data, when);
    case 'ResolutionOverdue':
      return `Not resolved by the deadline (${when(text(data, 'deadline'))}): the resolve clock is overdue`;
    case 'FollowUpSent':
      return `Asked the customer how it went (${words(text(data, 'channel'))}); answer expected by ${when(text(data, 'answerBy'))}`;
    case 'FeedbackReceived':
      return `Customer feedback: ${text(data, 'level')} (${number(data, 'score')} of 5)${data.comment ? `: ${quoted(text(data, 'comment'))}` : ''}`;
    case 'FollowUpUnanswered':
      return `The customer did not answer the follow-up by ${when(text(data, 'answerBy'))}`;
    case 'IncidentClosed':
      return data.reason === 'feedback_received'
        ? 'Closed: the customer answered'
        : 'Closed: the follow-up went unanswered';
    case 'IncidentReopened':
      return `Reopened (rework ${number(data, 'reopenCount')}) from ${text(data, 'previousStatus')}: ${text(data, 'reason')}; resolve by ${when(text(data, 'resolveBy'))}`;
    case 'NoteAdded':
      return `Note: ${text(data, 'text')}`;
    case 'CustomerContacted':
      return data.direction === 'inbound'
        ? `The customer got in touch (${words(text(data, 'channel'))}): ${text(data, 'summary')}`
        : `Contacted the customer (${words(text(data, 'channel'))}): ${text(data, 'summary')}`;
    case 'IncidentReassigned':
      return describeReassignment(data);
    default:
      // A type newer than this console: still say that something happened.
      return words(event.type.replace(/([a-z])([A-Z])/g, '$1_$2')).toLowerCase();
  }
}

function describeOpening(data: EventData): string {
  const policy = record(data, 'policy');
  const sla = record(data, 'sla');
  const rules = record(data, 'deadlineRules');
  const kind = text(data, 'kind');
  const within = (clock: 'acknowledge' | 'resolve', duration: string): string => {
    const business = businessTimeOf(rules, clock);
    return `${formatPolicyDuration(duration)}${business ? ` (${business})` : ''}`;
  };
  return (
    `Opened ${kind === 'incident' ? 'an' : 'a'} ${kind} (${words(text(data, 'channel'))}): ${text(data, 'summary')}. ` +
    `Policy ${text(policy, 'key')} v${number(policy, 'version')}: acknowledge within ${within('acknowledge', text(sla, 'acknowledgeWithin'))}, resolve within ${within('resolve', text(sla, 'resolveWithin'))}`
  );
}

function describeEscalation(data: EventData): string {
  const reason = ESCALATION_REASONS[text(data, 'reason')] ?? words(text(data, 'reason'));
  return `Escalated to rung ${number(data, 'level')} (${text(data, 'to')}): ${reason}; the rule escalates ${formatPolicyDuration(text(data, 'after'))} after the missed deadline`;
}

function describePromise(data: EventData, when: (iso: string) => string): string {
  const fulfiller = fulfillerName(record(data, 'fulfilledBy'));
  const base = `Promised ${quoted(text(data, 'description'))} by ${when(text(data, 'dueAt'))}, kept by ${fulfiller}`;
  return data.requiresConfirmation === true && text(data, 'confirmBy')
    ? `${base}; they must confirm by ${when(text(data, 'confirmBy'))}`
    : base;
}

function describeReassignment(data: EventData): string {
  const from = data.from ? ` from ${fulfillerName(record(data, 'from'))}` : '';
  const reason = text(data, 'reason') ? `: ${text(data, 'reason')}` : '';
  return `Reassigned${from} to ${fulfillerName(record(data, 'to'))}${reason}`;
}

function deadlineWording(data: EventData): string {
  return data.withinDeadline === true ? 'within the deadline' : 'after the deadline';
}

function lateDecision(data: EventData): string {
  return data.withinDeadline === false ? ' (after the decision deadline)' : '';
}

function money(data: EventData): string {
  return formatMoney(number(data, 'amount'), text(data, 'currency'));
}

function quoted(value: string): string {
  return `“${value}”`;
}
