import { ApiProblem } from '../api/problem';
import { isAlreadyDecided, OWN_REQUEST, refusalText, settledText } from './decision-wording';

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
      'Your role cannot grant this amount: it needs manager authority.',
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
