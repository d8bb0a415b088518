/**
 * The zone "site time" is shown in. Sites carry no time zone in the API yet, so
 * every site reads as UTC until they do; one constant keeps that choice in one place.
 */
export const SITE_TIME_ZONE = 'UTC';
