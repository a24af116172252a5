/**
 * Figures for every set a page shows — the country, each region, district,
 * category and action-plan measure — computed once per build.
 */
import type { Meeting } from '../../schemas/meeting.ts';
import { districtKey, type ContentIndex } from '../content/indexes.ts';
import { computeFigures, type Figures } from './figures.ts';
import type { CategoryId } from '../../vocabularies.ts';

export interface SiteFigures {
  national: Figures;
  byRegion: Map<string, Figures>;
  /** Keyed by `region/district`. */
  byDistrict: Map<string, Figures>;
  byCategory: Map<CategoryId, Figures>;
  byMeasure: Map<string, Figures>;
}

/**
 * Whether a meeting took place in its oblast's administrative centre; undefined
 * for Astana, Almaty and Shymkent, where there is no "outside".
 */
export function regionalCentreTest(index: ContentIndex): (m: Meeting) => boolean | undefined {
  const centreDistrict = new Map<string, string | undefined>();
  for (const region of index.content.regions) {
    const prefix = region.centre.kato.slice(0, 4);
    const district = (index.districtsByRegion.get(region.slug) ?? []).find((d) => d.kind === 'city' && d.kato.slice(0, 4) === prefix);
    centreDistrict.set(region.slug, district?.slug);
  }
  return (m) => {
    const region = index.regionBySlug.get(m.place.region);
    if (region === undefined || region.kind === 'city') return undefined;
    // A region-wide meeting without a district is held in the centre.
    return m.place.district === undefined || m.place.district === centreDistrict.get(region.slug);
  };
}

function figuresOf(index: ContentIndex): (issues: ContentIndex['content']['issues'], meetings: readonly Meeting[]) => Figures {
  const base = { asOf: index.asOf, timelyDays: index.content.site.timelyAnnouncementDays, isInRegionalCentre: regionalCentreTest(index) };
  return (issues, meetings) => computeFigures({ ...base, issues, meetings });
}

/**
 * The figures of the lists across regions: each category's and each action-plan measure's. The build writes them
 * with those lists' rows (src/lib/build/list-rows.ts), for an Astro run that does not hold the issues.
 */
export function listFigures(index: ContentIndex): Pick<SiteFigures, 'byCategory' | 'byMeasure'> {
  const figures = figuresOf(index);
  const out: Pick<SiteFigures, 'byCategory' | 'byMeasure'> = { byCategory: new Map(), byMeasure: new Map() };
  for (const [category, issues] of index.issuesByCategory) out.byCategory.set(category, figures(issues, []));
  for (const measure of index.content.measures) out.byMeasure.set(measure.id, figures(index.issuesByMeasure.get(measure.id) ?? [], []));
  return out;
}

/**
 * Every figure set of the site. `lists`, when given, are the lists' figures computed already (with their rows, from
 * the whole content, for a shard whose content holds only its own regions).
 */
export function computeSiteFigures(index: ContentIndex, lists?: Pick<SiteFigures, 'byCategory' | 'byMeasure'>): SiteFigures {
  const figures = figuresOf(index);
  const out: SiteFigures = {
    national: figures(index.content.issues, index.content.meetings),
    byRegion: new Map(),
    byDistrict: new Map(),
    ...(lists ?? listFigures(index)),
  };
  for (const region of index.content.regions) {
    out.byRegion.set(region.slug, figures(index.issuesByRegion.get(region.slug) ?? [], index.meetingsByRegion.get(region.slug) ?? []));
  }
  for (const district of index.content.districts) {
    const key = districtKey(district.region, district.slug);
    out.byDistrict.set(key, figures(index.issuesByDistrict.get(key) ?? [], index.meetingsByDistrict.get(key) ?? []));
  }
  return out;
}
