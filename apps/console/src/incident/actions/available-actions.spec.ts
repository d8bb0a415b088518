import { availableActions, promiseActions } from './available-actions';

describe('availableActions', () => {
  it('offers Acknowledge only while open, and Resolve only once acknowledged', () => {
    expect(availableActions({ status: 'open' })).toContain('Acknowledge');
    expect(availableActions({ status: 'open' })).not.toContain('Resolve');
    expect(availableActions({ status: 'acknowledged' })).toContain('Resolve');
    expect(availableActions({ status: 'acknowledged' })).not.toContain('Acknowledge');
  });

  it('offers Wait for customer once acknowledged or reopened, never while the acknowledge clock runs', () => {
    expect(availableActions({ status: 'acknowledged' })).toContain('Wait for customer');
    expect(availableActions({ status: 'reopened' })).toContain('Wait for customer');
    expect(availableActions({ status: 'open' })).not.toContain('Wait for customer');
    expect(availableActions({ status: 'acknowledged' })).not.toContain('Resume clock');
  });

  it('offers Resume clock while waiting on the customer, beside the working actions and Resolve', () => {
    expect(availableActions({ status: 'waiting_on_customer' })).toEqual([
      'Resume clock',
      'Add note',
      'Propose remedy',
      'Make promise',
      'Reassign',
      'Log contact',
      'Resolve',
    ]);
  });

  it('offers Reopen only when resolved or closed, and feedback only while the follow-up awaits an answer', () => {
    expect(availableActions({ status: 'acknowledged' })).not.toContain('Reopen');
    expect(availableActions({ status: 'closed' })).toEqual(['Reopen']);
    expect(availableActions({ status: 'resolved' })).not.toContain('Record feedback');
    expect(
      availableActions({
        status: 'resolved',
        followUp: { followUpId: 'f-1', status: 'awaiting', sentAt: '', answerBy: '' },
      }),
    ).toEqual(['Add note', 'Log contact', 'Record feedback', 'Reopen']);
  });
});

describe('promiseActions', () => {
  it('asks for confirmation only of a promise someone else must keep and nobody confirmed', () => {
    expect(promiseActions({ status: 'open', requiresConfirmation: true }, 'acknowledged')).toEqual([
      'Confirm',
      'Mark kept',
    ]);
    expect(promiseActions({ status: 'open', requiresConfirmation: false }, 'acknowledged')).toEqual(
      ['Mark kept'],
    );
  });

  it('lets a broken promise be kept late, but nothing once kept or closed', () => {
    expect(promiseActions({ status: 'broken', requiresConfirmation: false }, 'resolved')).toEqual([
      'Mark kept',
    ]);
    expect(promiseActions({ status: 'kept', requiresConfirmation: false }, 'resolved')).toEqual([]);
    expect(promiseActions({ status: 'open', requiresConfirmation: false }, 'closed')).toEqual([]);
  });
});
