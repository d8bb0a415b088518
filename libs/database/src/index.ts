export * from './all-migrations';
export * from './data-source-options';
export * from './database-unreachable.error';
export * from './database.module';
export * from './run-migrations';
export * from './change-token.cache';
export * from './database-roles';
export * from './provision-database-roles';
