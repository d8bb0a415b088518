/**
 * True for an IANA time zone name the runtime's time-zone data knows ("Europe/Amsterdam",
 * "UTC", "Etc/GMT-1"). Offsets ("+01:00", "UTC+1") are refused: a business calendar
 * follows its region's daylight-saving rules, which a fixed offset cannot. Checked with
 * Intl rather than luxon so this check (exported from '@recovery/domain', which the
 * workflow bundle imports) keeps luxon out of that bundle; the engine's luxon reads the
 * same Intl data, so a zone that passes here is one the engine can use.
 */
export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false; // RangeError: a zone Intl does not know
  }
}
