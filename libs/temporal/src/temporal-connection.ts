import { Connection } from '@temporalio/client';
import { TemporalUnreachableError } from './temporal-unreachable.error';

/** Connects to Temporal, failing with one clear error instead of a gRPC stack. */
export async function connectToTemporal(address: string): Promise<Connection> {
  try {
    return await Connection.connect({ address, connectTimeout: '10s' });
  } catch (error) {
    throw new TemporalUnreachableError(address, error);
  }
}
