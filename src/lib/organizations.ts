/** How the levels of bodies in section III are named on the site. */
import type { ORGANIZATION_LEVELS } from '../schemas/organization.ts';

/** The heading of each level in the responsibilities matrix. */
export const ORGANIZATION_LEVEL_LABELS: Record<(typeof ORGANIZATION_LEVELS)[number], string> = {
  'thanh-pho': 'Cấp thành phố',
  'huyen-quan': 'Cấp huyện, quận',
  'to-chuc-thanh-vien': 'Các tổ chức thành viên',
  'co-quan-phoi-hop': 'Cơ quan phối hợp',
};

/**
 * The levels of a plan's world that no longer exist, each with the change (content/changes/)
 * that ended it: pages name them as the plan's, and say since when they are gone.
 */
export const ORGANIZATION_LEVELS_ENDED: Partial<Record<(typeof ORGANIZATION_LEVELS)[number], string>> = {
  'huyen-quan': 'chinh-quyen-hai-cap-2025',
};

/** The anchor of a level's table on `/don-vi/`, e.g. `#cap-thanh-pho`: home links to it. */
export function levelAnchor(level: (typeof ORGANIZATION_LEVELS)[number]): string {
  return `cap-${level}`;
}
