import { ServiceUnavailableException } from '@nestjs/common';
import { DependencyUnavailable } from '@recovery/domain';
import { readinessFailure } from './readiness-failure.util';

describe('readinessFailure', () => {
  it('names every dependency that is down and keeps each check without its message', () => {
    const postgres = { status: 'down', message: 'connect ECONNREFUSED 10.0.0.5:5432' };
    const temporal = { status: 'down', message: 'timeout of 2000ms exceeded' };
    const failure = readinessFailure(
      new ServiceUnavailableException({
        status: 'error',
        info: {},
        error: { postgres, temporal },
        details: { postgres, temporal },
      }),
    );
    expect(failure).toBeInstanceOf(DependencyUnavailable);
    expect(failure).toMatchObject({
      dependency: 'postgres',
      details: {
        dependency: 'postgres',
        retryAfterSeconds: 5,
        unavailable: ['postgres', 'temporal'],
        checks: { postgres: { status: 'down' }, temporal: { status: 'down' } },
      },
    });
    expect(JSON.stringify((failure as DependencyUnavailable).details)).not.toContain('10.0.0.5');
    expect(((failure as DependencyUnavailable).cause as Error).message).toBe(
      'postgres: connect ECONNREFUSED 10.0.0.5:5432; temporal: timeout of 2000ms exceeded',
    );
  });

  it('leaves a check that failed for no dependency (shutting down) and other errors alone', () => {
    const shuttingDown = new ServiceUnavailableException({
      status: 'shutting_down',
      info: {},
      error: {},
      details: {},
    });
    expect(readinessFailure(shuttingDown)).toBe(shuttingDown);
    const bug = new Error('boom');
    expect(readinessFailure(bug)).toBe(bug);
  });
});
