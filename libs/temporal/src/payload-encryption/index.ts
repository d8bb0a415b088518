export * from './encrypting-data-converter';
export * from './payload-encryption.codec';
export * from './payload-encryption.errors';
export * from './payload-key-ring';
export * from './payload-key-ring.source';
