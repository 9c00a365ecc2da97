import type { PlaceActivitiesQuery, PlaceSupportersQuery } from '@twinning/sdk';

// `node(id)` answers any Node: these narrow it to the place the page asked about.

export function supportersOf(data: PlaceSupportersQuery | undefined) {
  const node = data?.node;
  return node && 'supporters' in node ? node.supporters.nodes : [];
}

export function activitiesOf(data: PlaceActivitiesQuery | undefined) {
  const node = data?.node;
  return node && 'activities' in node ? { activities: node.activities.nodes, total: node.supportTotal } : undefined;
}
