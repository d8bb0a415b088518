import { type IncidentEvent } from '../events/incident-events';
import {
  acknowledge,
  addNote,
  contactCustomer,
  openIncident,
  reassign,
  recordFeedback,
  reopen,
  resolve,
} from './decide-lifecycle';
import { resume, waitForCustomer } from './decide-pause';
import { confirmPromise, keepPromise, makePromise } from './decide-promise';
import { decideApproval, proposeRemedy } from './decide-remedy';
import { type CommandContext, type IncidentCommand } from './incident-commands';
import { type IncidentState } from './incident-state';

/**
 * The one decision of the incident (Emmett's decider): which events a command
 * produces from the current state, or a typed DomainError saying why not. Pure:
 * time, the pinned policy and fresh ids all come in through `ctx`.
 *
 * Opening is idempotent: an incident that is already open produces no events, so a
 * retried open (same incident id) joins the first instead of opening twice.
 */
export function decide(
  command: IncidentCommand,
  state: IncidentState,
  ctx: CommandContext,
): IncidentEvent[] {
  switch (command.type) {
    case 'OpenIncident':
      return state.status === 'new' ? [openIncident(state, command.data, ctx)] : [];
    case 'Acknowledge':
      return acknowledge(state, ctx);
    case 'AddNote':
      return addNote(state, command.data, ctx);
    case 'ProposeRemedy':
      return proposeRemedy(state, command.data, ctx);
    case 'DecideApproval':
      return decideApproval(state, command.data, ctx);
    case 'MakePromise':
      return makePromise(state, command.data, ctx);
    case 'ConfirmPromise':
      return confirmPromise(state, command.data, ctx);
    case 'KeepPromise':
      return keepPromise(state, command.data, ctx);
    case 'Resolve':
      return resolve(state, command.data, ctx);
    case 'WaitForCustomer':
      return waitForCustomer(state, command.data, ctx);
    case 'Resume':
      return resume(state, ctx);
    case 'RecordFeedback':
      return recordFeedback(state, command.data, ctx);
    case 'Reopen':
      return reopen(state, command.data, ctx);
    case 'Reassign':
      return reassign(state, command.data, ctx);
    case 'ContactCustomer':
      return contactCustomer(state, command.data, ctx);
    default: {
      const unhandled: never = command;
      throw new Error(`no decision for ${(unhandled as IncidentCommand).type}`);
    }
  }
}
