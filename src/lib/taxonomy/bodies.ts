/**
 * What kind of body each responsible body is: a local one (akimat,
 * maslikhat), a ministry, or a company. The body ids are in
 * src/vocabularies.ts and their names in the translation files (`body.*`);
 * a local body's name is generic, and a page adds its place.
 */
import type { BodyId } from '../../vocabularies.ts';

export const bodyKinds = ['local', 'ministry', 'company'] as const;
export type BodyKind = (typeof bodyKinds)[number];

export interface BodyInfo {
  kind: BodyKind;
}

export const bodies: Record<BodyId, BodyInfo> = {
  'region-akimat': { kind: 'local' },
  'district-akimat': { kind: 'local' },
  'rural-akimat': { kind: 'local' },
  maslikhat: { kind: 'local' },
  'min-digital': { kind: 'ministry' },
  'min-energy': { kind: 'ministry' },
  'min-industry': { kind: 'ministry' },
  'min-transport': { kind: 'ministry' },
  'min-health': { kind: 'ministry' },
  'min-education': { kind: 'ministry' },
  'min-labour': { kind: 'ministry' },
  'min-agriculture': { kind: 'ministry' },
  'min-water': { kind: 'ministry' },
  'min-ecology': { kind: 'ministry' },
  'min-interior': { kind: 'ministry' },
  'min-emergencies': { kind: 'ministry' },
  'min-economy': { kind: 'ministry' },
  'min-information': { kind: 'ministry' },
  kazakhtelecom: { kind: 'company' },
  kegoc: { kind: 'company' },
  qazaqgaz: { kind: 'company' },
  'power-distribution': { kind: 'company' },
  'water-utility': { kind: 'company' },
};
