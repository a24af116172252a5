/** Atom feeds of the country: `/{lang}/feeds/announcements.xml`, `/{lang}/feeds/status.xml`. */
import type { APIRoute } from 'astro';
import { feedKinds, feedResponse, type FeedKind } from '../../../queries/feeds.ts';
import { inShard } from '../../../lib/build/shards.ts';
import { type Language, languages } from '../../../vocabularies.ts';

export function getStaticPaths() {
  return inShard(languages.flatMap((lang) => feedKinds.map((kind) => ({ params: { lang, kind } }))));
}

export const GET: APIRoute = ({ params }) => feedResponse(params.kind as FeedKind, params.lang as Language);
