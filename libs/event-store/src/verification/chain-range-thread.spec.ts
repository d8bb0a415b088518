import pg from 'pg';
import { connectionOf } from './chain-range-thread';

describe('connectionOf', () => {
  it('gives a thread the pool’s connection settings and none of its pooling', () => {
    const pool = new pg.Pool({
      connectionString: 'postgres://app@db.internal:5432/recovery',
      password: 'secret',
      ssl: { rejectUnauthorized: true },
      application_name: 'api',
      max: 20,
      idleTimeoutMillis: 5000,
    });
    expect(connectionOf(pool)).toEqual({
      connectionString: 'postgres://app@db.internal:5432/recovery',
      password: 'secret',
      ssl: { rejectUnauthorized: true },
      application_name: 'api',
    });
  });

  it('refuses a password given as a function, which cannot cross into a thread', () => {
    const pool = new pg.Pool({ host: 'db.internal', password: () => 'rotating' });
    expect(() => connectionOf(pool)).toThrow(/password is a function/);
  });
});
