import { Metadata, status } from '@grpc/grpc-js';
import { DependencyUnavailable } from './dependency-unavailable.error';
import { dependencyUnavailableOf } from './dependency-unavailable.util';
import { IncidentNotOpen } from './incident-rejections.error';

// Each shape as pg, pg-pool, TypeORM and @temporalio/client raised it against a
// stopped, crashed (`pg_ctl stop -m immediate`) or restarting server.
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55433'), {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '127.0.0.1',
  port: 55433,
});
const terminated = new Error('Connection terminated unexpectedly');
// TypeORM's QueryFailedError: the driver's message, its own properties copied, the driver error kept.
const queryFailed = Object.assign(new Error('Connection terminated unexpectedly'), {
  name: 'QueryFailedError',
  query: 'select 1',
  parameters: [],
  driverError: terminated,
});
const databaseError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: 'error', severity: 'FATAL', code });
const grpcError = (code: status, details: string) =>
  Object.assign(new Error(`${code} ${status[code]}: ${details}`), {
    code,
    details,
    metadata: new Metadata(),
  });
const serviceError = (message: string, cause: Error) =>
  Object.assign(new Error(message), { name: 'ServiceError', cause });

describe('dependencyUnavailableOf', () => {
  it.each([
    ['a refused connection', refused],
    ['a query cut off by a crash', terminated],
    ['TypeORM wrapping a cut-off query', queryFailed],
    ['a server starting up (57P03)', databaseError('57P03', 'the database system is starting up')],
    [
      'a server not yet consistent after a crash (57P03)',
      databaseError('57P03', 'the database system is not yet accepting connections'),
    ],
    [
      'a fast shutdown (57P01)',
      databaseError('57P01', 'terminating connection due to administrator command'),
    ],
    ['a crash shutdown (57P02)', databaseError('57P02', 'terminating connection because of crash')],
    ['a connection exception (class 08)', databaseError('08006', 'connection failure')],
    [
      'a full pool (pg-pool checkout timeout)',
      new Error('timeout exceeded when trying to connect'),
    ],
    [
      'a server that never answers (connect timeout)',
      new Error('Connection terminated due to connection timeout', { cause: terminated }),
    ],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
  ])('names postgres for %s', (_, error) => {
    const unavailable = dependencyUnavailableOf(error);
    expect(unavailable).toBeInstanceOf(DependencyUnavailable);
    expect(unavailable?.details).toEqual({ dependency: 'postgres', retryAfterSeconds: 5 });
    expect(unavailable?.cause).toBe(error);
  });

  const down = grpcError(
    status.UNAVAILABLE,
    'No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:57233. Resolution note: ',
  );
  const late = grpcError(
    status.DEADLINE_EXCEEDED,
    'Deadline exceeded after 0.000s,waiting for metadata filters',
  );
  it.each([
    ['a gRPC call to a server that is down (UNAVAILABLE)', down],
    ['a gRPC call past its deadline (DEADLINE_EXCEEDED)', late],
    [
      'a client call wrapping UNAVAILABLE (ServiceError)',
      serviceError('Failed to start Workflow', down),
    ],
    ['a client call wrapping DEADLINE_EXCEEDED', serviceError('Failed to describe workflow', late)],
  ])('names temporal for %s', (_, error) => {
    expect(dependencyUnavailableOf(error)?.details).toEqual({
      dependency: 'temporal',
      retryAfterSeconds: 5,
    });
  });

  it('leaves every other error alone', () => {
    const duplicate = databaseError('23505', 'duplicate key value violates unique constraint');
    const notFound = grpcError(status.NOT_FOUND, 'workflow not found');
    expect(dependencyUnavailableOf(duplicate)).toBeUndefined();
    const refusedQuery = Object.assign(new Error(duplicate.message), {
      name: 'QueryFailedError',
      code: '23505',
      driverError: duplicate,
    });
    expect(dependencyUnavailableOf(refusedQuery)).toBeUndefined();
    expect(
      dependencyUnavailableOf(serviceError('Workflow Update failed', notFound)),
    ).toBeUndefined();
    expect(
      dependencyUnavailableOf(new IncidentNotOpen('i-1', 'closed', 'acknowledge')),
    ).toBeUndefined();
    expect(dependencyUnavailableOf(new Error('boom'))).toBeUndefined();
    expect(dependencyUnavailableOf('ECONNREFUSED')).toBeUndefined();
    expect(dependencyUnavailableOf(undefined)).toBeUndefined();
  });

  it('returns an error that already names its dependency unchanged', () => {
    const unavailable = new DependencyUnavailable('temporal', { retryAfterSeconds: 2 });
    expect(dependencyUnavailableOf(unavailable)).toBe(unavailable);
  });
});
