import { useState } from 'react';
import { apiDownload } from '../api/download';
import { describeFailure } from '../api/problem';

const EXPORTS = [
  { name: 'Export CSV', path: '/v1/audit/exports/events.csv', fileName: 'event-log.csv' },
  { name: 'Export OCEL 2.0', path: '/v1/audit/exports/ocel.json', fileName: 'event-log.ocel.json' },
] as const;

/** The whole event log as files for process-mining tools; downloads, not actions. */
export function ExportButtons() {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (name: string, path: string, fileName: string) => {
    setBusy(name);
    setFailure(null);
    try {
      await apiDownload(path, fileName);
    } catch (error) {
      setFailure(describeFailure(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="row" role="group" aria-label="Exports of the event log">
      {EXPORTS.map(({ name, path, fileName }) => (
        <button
          key={name}
          type="button"
          className="quiet"
          disabled={busy !== null}
          onClick={() => void download(name, path, fileName)}
        >
          {busy === name ? `${name}…` : name}
        </button>
      ))}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
