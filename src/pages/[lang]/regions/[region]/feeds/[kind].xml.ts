/** Atom feeds of a region: `/{lang}/regions/{region}/feeds/{announcements|status}.xml`. */
import type { APIRoute } from 'astro';
import { feedKinds, feedResponse, type FeedKind } from '../../../../../queries/feeds.ts';
import { siteIndex } from '../../../../../queries/site.ts';
import { inShard } from '../../../../../lib/build/shards.ts';
import { type Language, languages } from '../../../../../vocabularies.ts';

export function getStaticPaths() {
  return inShard(languages.flatMap((lang) => siteIndex().content.regions.flatMap((r) => feedKinds.map((kind) => ({ params: { lang, region: r.slug, kind } })))), siteIndex().content.regions);
}

export const GET: APIRoute = ({ params }) => feedResponse(params.kind as FeedKind, params.lang as Language, params.region);
