/** How the levels of bodies in section III are named on the site. */
import type { ORGANIZATION_LEVELS } from '../schemas/organization.ts';

/** The heading of each level in the responsibilities matrix. */
export const ORGANIZATION_LEVEL_LABELS: Record<(typeof ORGANIZATION_LEVELS)[number], string> = {
  'thanh-pho': 'Cấp thành phố',
  'huyen-quan': 'Cấp huyện, quận',
  'to-chuc-thanh-vien': 'Các tổ chức thành viên',
  'co-quan-phoi-hop': 'Cơ quan phối hợp',
};

/** The anchor of a level's table on `/don-vi/`, e.g. `#cap-thanh-pho`: home links to it. */
export function levelAnchor(level: (typeof ORGANIZATION_LEVELS)[number]): string {
  return `cap-${level}`;
}
