import { type MixedList } from 'typeorm';

/**
 * Every lib's migrations, in one list. Each lib owns its tables; their class
 * names end in timestamps from separate ranges, so the order is stable.
 */
export const allMigrations: MixedList<string | (new () => object)> = [];
