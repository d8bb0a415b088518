import { Link } from 'react-router';
import { describeFailure } from '../api/problem';
import { useVerification } from './audit-queries';

/** The hash chains recomputed over the whole store, and the digest to keep outside it. */
export function VerificationSection() {
  const verification = useVerification();
  const result = verification.data;
  return (
    <section className="card stack" aria-labelledby="verification-title">
      <h2 id="verification-title">Verification</h2>
      {verification.isPending && <p role="status">Recomputing the hash chains…</p>}
      {verification.isError && (
        <p className="error" role="alert">
          {describeFailure(verification.error)}
        </p>
      )}
      {result && (
        <>
          <p>
            <span className={`badge ${result.ok ? 'deadline-on-track' : 'deadline-overdue'}`}>
              {result.ok ? 'Intact' : 'Broken'}
            </span>{' '}
            {result.streams} streams, {result.events} events verified
            {result.erasedPersonalData > 0 &&
              ` (${result.erasedPersonalData} with personal data erased, verified through their digests)`}
            .
          </p>
          {result.broken && (
            <p className="error">
              First broken link: stream {result.broken.streamId}, version{' '}
              {result.broken.streamVersion} ({result.broken.reason})
              {result.broken.incidentId && (
                <>
                  {' '}
                  in{' '}
                  <Link to={`/incidents/${result.broken.incidentId}`}>
                    incident {result.broken.incidentId.slice(0, 8)}
                  </Link>
                </>
              )}
              .
            </p>
          )}
          {result.headsDigest && (
            <dl>
              <dt>Heads digest (sha256 over every stream head)</dt>
              <dd>
                <code style={{ overflowWrap: 'anywhere' }}>{result.headsDigest.digest}</code>
              </dd>
              <dt>As of</dt>
              <dd>
                global position {result.headsDigest.checkpoint.globalPosition}, transaction{' '}
                {result.headsDigest.checkpoint.transactionId} ({result.headsDigest.streams} streams,{' '}
                {result.headsDigest.events} events)
              </dd>
            </dl>
          )}
        </>
      )}
    </section>
  );
}
