import { type CSV_COLUMNS, type ExportedLink } from '@recovery/audit';
import { parseCsv } from './csv.util';
import { UnusableInput } from './unusable-input.error';

const LINK_COLUMNS = [
  'case_id',
  'stream_version',
  'prev_hash',
  'hash',
] as const satisfies readonly (typeof CSV_COLUMNS)[number][];

/**
 * The chain columns of each line of the API's CSV export (GET /v1/audit/exports/events.csv),
 * found by their header names; `path` names the file in what it throws.
 */
export function linksOfEventLog(text: string, path: string): ExportedLink[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new UnusableInput(`${path}: ${(error as Error).message}`);
  }
  const [header = [], ...lines] = records;
  const index = Object.fromEntries(LINK_COLUMNS.map((column) => [column, header.indexOf(column)]));
  const missing = LINK_COLUMNS.filter((column) => index[column] < 0);
  if (missing.length > 0)
    throw new UnusableInput(
      `${path} is not the API's event-log CSV: no ${missing.join(', ')} column`,
    );
  return lines.map((fields, at) => {
    const version = Number(fields[index.stream_version]);
    if (fields.length !== header.length || !Number.isSafeInteger(version) || version < 1)
      throw new UnusableInput(`${path}, record ${at + 2}: not a line of the event log`);
    return {
      caseId: fields[index.case_id],
      streamVersion: version,
      prevHash: fields[index.prev_hash],
      hash: fields[index.hash],
    };
  });
}
