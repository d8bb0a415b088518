/** Where the committed OpenAPI document lives (Immich's habit: each API change shows in the diff). */
export const OPENAPI_PATH = 'docs/openapi.json';
