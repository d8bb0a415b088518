import { type CalendarVersion } from '@recovery/domain';
import {
  type CalendarCreatedDto,
  type CalendarListDto,
  type CalendarVersionDto,
} from './dto/calendar-responses.dto';

/** A stored version as the API shows it. */
function toCalendarVersion(version: CalendarVersion): CalendarVersionDto {
  const { key, document, createdAt, createdBy } = version;
  return { key, version: version.version, document, createdAt, createdBy };
}

/** A list of stored versions as the API shows it. */
export function toCalendarList(versions: CalendarVersion[]): CalendarListDto {
  return { items: versions.map(toCalendarVersion) };
}

/** The 201 answer to a new version. */
export function toCalendarCreated(version: CalendarVersion): CalendarCreatedDto {
  return { key: version.key, version: version.version };
}
