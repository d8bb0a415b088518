import { type Dependency, DependencyUnavailable } from './dependency-unavailable.error';

// Recognised by shape, not by class: the drivers' errors cross realms (Node's own
// socket errors are not `instanceof Error` inside jest's VM), and this library stays
// free of the drivers. Every shape below was provoked against a stopped or
// restarting server (issue 10, item 9); the spec keeps one example of each.

// Socket errors from Node's `net`, raised by pg: the server refused, reset or never answered.
const SOCKET_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// SQLSTATEs of a server that cannot serve anyone: class 08 (connection exception),
// 57P01 admin shutdown (`pg_ctl stop -m fast`), 57P02 crash shutdown (another backend
// crashed), 57P03 cannot connect now (starting up, recovering, shutting down), 53300
// too many connections.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

// pg's and pg-pool's own errors for a connection lost or never made: "Connection
// terminated unexpectedly" (server crashed mid-query), "Connection terminated due to
// connection timeout", "timeout exceeded when trying to connect" (pool checkout wait).
const PG_CONNECTION_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

// gRPC status codes (@grpc/grpc-js `status`) of a Temporal frontend that is down or
// did not answer before the call's deadline.
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

// Errors wrap their cause (TypeORM's QueryFailedError its driverError, Temporal's
// ServiceError the gRPC error); a few levels cover every wrapper seen.
const MAX_DEPTH = 4;

interface ErrorShape {
  message: string;
  code?: unknown;
  details?: unknown;
  metadata?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

/**
 * The outage behind `error`, when it is one: a PostgreSQL connection that failed
 * (pg, pg-pool, TypeORM) or a Temporal call that found the server unavailable.
 * Undefined for anything else, which keeps its own meaning.
 */
export function dependencyUnavailableOf(error: unknown): DependencyUnavailable | undefined {
  if (error instanceof DependencyUnavailable) return error;
  const dependency = failedDependency(error, 0);
  return dependency === undefined
    ? undefined
    : new DependencyUnavailable(dependency, { cause: error });
}

function failedDependency(error: unknown, depth: number): Dependency | undefined {
  if (depth > MAX_DEPTH || !isErrorShape(error)) return undefined;
  if (isGrpcUnavailable(error)) return 'temporal';
  if (isPostgresConnectionFailure(error)) return 'postgres';
  return failedDependency(error.driverError, depth + 1) ?? failedDependency(error.cause, depth + 1);
}

function isErrorShape(value: unknown): value is ErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

// The shape @temporalio/client's isGrpcServiceError checks: a numeric code, details, metadata.
function isGrpcUnavailable(error: ErrorShape): boolean {
  return (
    typeof error.details === 'string' &&
    typeof error.metadata === 'object' &&
    error.metadata !== null &&
    (error.code === GRPC_UNAVAILABLE || error.code === GRPC_DEADLINE_EXCEEDED)
  );
}

function isPostgresConnectionFailure(error: ErrorShape): boolean {
  if (typeof error.code === 'string')
    return SOCKET_ERROR_CODES.has(error.code) || UNAVAILABLE_SQLSTATE.test(error.code);
  return PG_CONNECTION_MESSAGE.test(error.message);
}
