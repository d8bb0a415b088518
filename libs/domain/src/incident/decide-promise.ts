import {
  type PromiseConfirmed,
  type PromiseKept,
  type PromiseMade,
} from '../events/incident-events';
import {
  PromiseAlreadyKept,
  PromiseConfirmationNotExpected,
  PromiseConfirmerMismatch,
  PromiseNotFound,
} from '../errors/incident-rejections.error';
import { asPromiseId, toIsoTimestamp } from '../ids/ids';
import { addDuration, elapsedMs, isIsoTimestamp } from '../time/duration.util';
import { FieldChecks, requireActive } from './command-guards.util';
import { FIELD_LIMITS } from './field-limits';
import {
  type CommandContext,
  type MakePromiseCommand,
  type PromiseCommand,
} from './incident-commands';
import { type IncidentState, type PromiseView } from './incident-state';
import { type Fulfiller } from './incident-vocabulary';

/**
 * DOMAIN.md §1–2: a promise names what, by when and who fulfils it. When someone
 * else fulfils it, they must confirm it before `confirmBy` or it is flagged.
 */
export function makePromise(
  state: IncidentState,
  command: MakePromiseCommand,
  ctx: CommandContext,
): [PromiseMade] {
  const checks = new FieldChecks()
    .text(command.description, 'description')
    .check(isIsoTimestamp(command.dueAt), 'dueAt', 'must be an ISO-8601 timestamp')
    .check(
      !isIsoTimestamp(command.dueAt) || Date.parse(command.dueAt) > Date.parse(ctx.now),
      'dueAt',
      'must be in the future',
    );
  if (command.fulfilledBy !== undefined) {
    checks
      .check(
        command.fulfilledBy.kind === 'person' || command.fulfilledBy.kind === 'team',
        'fulfilledBy.kind',
        'must be person or team',
      )
      .text(command.fulfilledBy.id, 'fulfilledBy.id', FIELD_LIMITS.actorId);
  }
  checks.done('make promise');
  requireActive(state, 'make promise');
  const fulfilledBy: Fulfiller = command.fulfilledBy ?? { kind: 'person', id: ctx.actor.id };
  const dueAt = toIsoTimestamp(Date.parse(command.dueAt));
  const requiresConfirmation = !(fulfilledBy.kind === 'person' && fulfilledBy.id === ctx.actor.id);
  const document = ctx.policy.document;
  const confirmWindow = addDuration(
    ctx.now,
    document.confirmPromiseWithin ?? document.approvalTimeout,
  );
  return [
    {
      type: 'PromiseMade',
      data: {
        incidentId: state.incidentId,
        promiseId: asPromiseId(ctx.newId()),
        description: command.description,
        dueAt,
        madeBy: ctx.actor,
        madeAt: ctx.now,
        fulfilledBy,
        requiresConfirmation,
        ...(requiresConfirmation && {
          confirmBy: confirmWindow < dueAt ? confirmWindow : dueAt,
        }),
      },
    },
  ];
}

function findPromise(state: IncidentState, promiseId: string): PromiseView {
  const promise = state.promises.find((p) => p.promiseId === promiseId);
  if (promise === undefined) throw new PromiseNotFound(promiseId);
  return promise;
}

/** The fulfiller (that person, or anyone for a team) confirms an open promise. */
export function confirmPromise(
  state: IncidentState,
  command: PromiseCommand,
  ctx: CommandContext,
): [PromiseConfirmed] {
  const promise = findPromise(state, command.promiseId);
  if (promise.status !== 'open')
    throw new PromiseConfirmationNotExpected(promise.promiseId, `it is ${promise.status}`);
  if (!promise.requiresConfirmation)
    throw new PromiseConfirmationNotExpected(promise.promiseId, 'its maker fulfils it');
  if (promise.confirmedBy !== undefined)
    throw new PromiseConfirmationNotExpected(promise.promiseId, 'it is already confirmed');
  if (promise.fulfilledBy.kind === 'person' && promise.fulfilledBy.id !== ctx.actor.id) {
    throw new PromiseConfirmerMismatch(promise.promiseId, promise.fulfilledBy.id, ctx.actor.id);
  }
  return [
    {
      type: 'PromiseConfirmed',
      data: {
        incidentId: state.incidentId,
        promiseId: promise.promiseId,
        confirmedBy: ctx.actor,
        confirmedAt: ctx.now,
      },
    },
  ];
}

/** Marks a promise kept; a broken one can still be kept late, recording the lateness. */
export function keepPromise(
  state: IncidentState,
  command: PromiseCommand,
  ctx: CommandContext,
): [PromiseKept] {
  const promise = findPromise(state, command.promiseId);
  if (promise.status === 'kept') throw new PromiseAlreadyKept(promise.promiseId);
  if (state.status === 'closed') requireActive(state, 'keep promise');
  const lateness = Math.max(0, elapsedMs(promise.dueAt, ctx.now));
  return [
    {
      type: 'PromiseKept',
      data: {
        incidentId: state.incidentId,
        promiseId: promise.promiseId,
        keptBy: ctx.actor,
        keptAt: ctx.now,
        dueAt: promise.dueAt,
        latenessMs: lateness,
        onTime: lateness === 0,
      },
    },
  ];
}
