import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CommandRejected } from '@recovery/domain';
import { CommandDropped, CommandFailed, translateTemporalError } from './temporal-rejection.util';

const id = '11111111-1111-4111-8111-111111111111';
const updateFailed = (cause: Error): WorkflowUpdateFailedError =>
  new WorkflowUpdateFailedError('Workflow Update failed', cause);

describe('translateTemporalError', () => {
  it('rebuilds the workflow’s domain rejection', () => {
    const cause = ApplicationFailure.create({
      type: 'incident_not_open',
      message: 'incident is closed',
      nonRetryable: true,
      details: [{ code: 'incident_not_open', kind: 'conflict', message: 'closed', details: {} }],
    });
    const error = translateTemporalError(updateFailed(cause), id, 'addNote');
    expect(error).toBeInstanceOf(CommandRejected);
    expect(error).toMatchObject({ code: 'incident_not_open', kind: 'conflict' });
  });

  it('makes an update the server dropped before the workflow decided it a retryable 503', () => {
    const cause = new Error(
      "Workflow Update is rejected because it wasn't processed by worker. Probably, Workflow Update is not supported by the worker.",
    );
    const error = translateTemporalError(updateFailed(cause), id, 'addNote');
    expect(error).toBeInstanceOf(CommandDropped);
    expect(error).toMatchObject({ kind: 'unavailable', details: { retryAfterSeconds: 2 } });
  });

  it('reports any other update failure as the command failing', () => {
    const error = translateTemporalError(updateFailed(new Error('boom')), id, 'addNote');
    expect(error).toBeInstanceOf(CommandFailed);
  });
});
