/** Writes a plan as the YAML file editors find in `content/plans/<year>.yaml`. */
import { stringify } from 'yaml';
import type { Plan } from '../../schemas/plan.ts';

const HEADER = `# Kế hoạch, nguyên văn. Tệp này do "npm run import-plan" tạo ra từ bản gốc;
# sửa bản gốc rồi nhập lại thay vì sửa tay. Mã đoạn (id) theo số thứ tự của kế hoạch.
`;

/** The YAML text of a plan entry, stable for the same plan (keys in schema order, no line folding). */
export function planToYaml(plan: Plan): string {
  const ordered: Plan = {
    year: plan.year,
    header: plan.header,
    docType: plan.docType,
    title: plan.title,
    issuer: plan.issuer,
    preamble: plan.preamble,
    sections: plan.sections.map((section) => ({
      number: section.number,
      title: section.title,
      items: section.items.map((item) => ({
        number: item.number,
        title: item.title,
        paragraphs: item.paragraphs.map(({ id, bullet, text }) => ({ id, bullet, text })),
      })),
    })),
    closing: {
      recipientsLabel: plan.closing.recipientsLabel,
      recipients: plan.closing.recipients,
      signature: plan.closing.signature,
    },
  };
  return HEADER + stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}
