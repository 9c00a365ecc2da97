import { CommuneRef, DistrictRef, ProvinceRef, VillageRef } from './place.ts';

/**
 * The node types a `placeId` argument accepts: a place's global ID names its level. Kept out of
 * filters.ts, which place.ts imports, so that no module cycle can read these refs before they exist.
 */
export const placeTypes = [ProvinceRef, DistrictRef, CommuneRef, VillageRef];
