/** OCEL 2.0 JSON (object-centric event log, https://www.ocel-standard.org), the parts we write. */
export type OcelAttributeType = 'string' | 'time' | 'integer' | 'float' | 'boolean';
export type OcelValue = string | number | boolean;

export interface OcelType {
  name: string;
  attributes: { name: string; type: OcelAttributeType }[];
}

export interface OcelRelationship {
  objectId: string;
  qualifier: string;
}

export interface OcelObject {
  id: string;
  type: string;
  attributes: { name: string; time: string; value: OcelValue }[];
  relationships: OcelRelationship[];
}

export interface OcelEvent {
  id: string;
  type: string;
  time: string;
  attributes: { name: string; value: OcelValue }[];
  relationships: OcelRelationship[];
}
