import { ApiProblem } from '../api/problem';
import { type InboxItem } from '../api/incident-types';
import {
  cannotDecideText,
  isAlreadyDecided,
  OWN_REQUEST,
  refusalText,
  settledText,
} from './decision-wording';

const at = (iso: string) => `[${iso}]`;

describe('a request settled elsewhere', () => {
  it('names who approved it first, when and why', () => {
    const approval = {
      status: 'granted',
      decidedBy: { id: 'sue', role: 'supervisor' as const, name: 'Sue' },
      decidedAt: '2025-01-01T09:05:00Z',
      reason: 'Stranded at night',
    };
    expect(settledText(approval, at)).toBe(
      'Sue (supervisor) approved this first, at [2025-01-01T09:05:00Z]: “Stranded at night”',
    );
  });

  it('says denied for a denial, and the id when the decider has no name', () => {
    expect(
      settledText({ status: 'denied', decidedBy: { id: 'sue', role: 'supervisor' } }, at),
    ).toBe('sue (supervisor) denied this first');
  });

  it('says an expired request expired undecided', () => {
    expect(settledText({ status: 'expired' }, at)).toBe(
      'This request expired before anyone decided it.',
    );
  });

  it('says it is looking up who while the read model has not caught up', () => {
    expect(settledText({ status: 'pending' }, at)).toMatch(/looking up who/);
    expect(settledText(undefined, at)).toMatch(/looking up who/);
  });
});

describe('a refused decision', () => {
  const problem = (code: string, details: Record<string, unknown> = {}) =>
    new ApiProblem(403, code, 'Refused', `raw ${code}`, [], details);

  it('explains a self-approval as the requester’s own request', () => {
    expect(refusalText(problem('self_approval_forbidden'))).toBe(OWN_REQUEST);
  });

  it('names the authority a larger amount needs', () => {
    expect(refusalText(problem('approver_role_insufficient', { required: 'manager' }))).toBe(
      'Needs a manager: your authority does not cover this amount.',
    );
  });

  it('passes any other refusal through in the API’s words', () => {
    expect(refusalText(problem('incident_closed'))).toBe('raw incident_closed');
  });

  it('recognises only approval_already_decided as decided first', () => {
    expect(isAlreadyDecided(problem('approval_already_decided'))).toBe(true);
    expect(isAlreadyDecided(problem('self_approval_forbidden'))).toBe(false);
    expect(isAlreadyDecided(new Error('x'))).toBe(false);
  });
});

describe('a request the reader cannot decide', () => {
  const item = (
    cannotDecideBecause: InboxItem['cannotDecideBecause'],
    requestedBy = 'fiona',
  ): InboxItem => ({
    approvalId: 'a',
    incidentId: 'i',
    remedyId: 'r',
    remedyType: 'hotel',
    amount: 400,
    currency: 'EUR',
    requiredAuthority: 'manager',
    requestedBy: { id: requestedBy, role: 'frontline' },
    requestedAt: '2025-01-01T09:00:00Z',
    deadline: '2025-01-01T09:30:00Z',
    expiresAt: '2025-01-01T12:00:00Z',
    status: 'pending',
    site: 'AMS',
    cannotDecideBecause,
  });

  it('offers the decision when the API says nothing stands in the way', () => {
    expect(cannotDecideText(item(null), 'sue')).toBeUndefined();
  });

  it('says a request above the reader’s authority needs the authority it names', () => {
    expect(cannotDecideText(item('approver_role_insufficient'), 'sue')).toBe(
      'Needs a manager: your authority does not cover this amount.',
    );
  });

  it('tells the requester it is their own, and a delegate that it is their delegator’s', () => {
    expect(cannotDecideText(item('self_approval_forbidden', 'sue'), 'sue')).toBe(OWN_REQUEST);
    expect(cannotDecideText(item('self_approval_forbidden', 'sam'), 'sue')).toMatch(
      /person you act for requested this/,
    );
  });

  it('leaves a role that decides nothing to the page’s read-only note', () => {
    expect(cannotDecideText(item('forbidden'), 'erin')).toBeUndefined();
  });
});
