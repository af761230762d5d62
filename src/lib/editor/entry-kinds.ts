/**
 * The kinds of entry `npm run new` can start, each as the questions it asks (which are
 * also its command-line flags) and how the answers become the entry's fields. Only what
 * the editor answered is written: required fields come from the answers, optional ones
 * are left for the editor to add, so no placeholder text can reach the site.
 */
import { CAMPAIGN_KINDS } from '../../schemas/campaign.ts';
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { ORGANIZATION_LEVELS } from '../../schemas/organization.ts';
import type { CollectionName } from '../../schemas/registry.ts';
import { EXTERNAL_URL } from '../format/url.ts';
import { isIsoDate, vietnameseDateToIso, yearOf } from '../format/date.ts';
import { normalizeText, slugify, symbolKey, symbolToSlug } from '../format/vietnamese.ts';
import { paragraphsOf, planOf, type ContentIndex, type NamedEntry } from './content-index.ts';
import type { Choice } from './prompter.ts';

/** The answers given so far: text, or a list for list and multiple-choice questions. */
export type Answers = Record<string, string | string[] | undefined>;

/** What is wrong with a source's address under the site's one URL rule (src/lib/format/url.ts), if anything. */
export function sourceUrlProblem(value: string): string | undefined {
  return EXTERNAL_URL.test(value.trim())
    ? undefined
    : `Cần địa chỉ web đầy đủ, bắt đầu bằng https://; gặp "${value}".`;
}

interface QuestionBase {
  /** The answer's name; also its command-line flag (`issuer-group` → `--issuer-group`). */
  key: string;
  /** The question, in Vietnamese. */
  message: string;
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
}

/** A line of text. */
export interface TextQuestion extends QuestionBase {
  type: 'text';
  optional?: boolean;
  /** A proposed answer; used as given when nobody is at the terminal to change it. */
  initial?: (answers: Answers, index: ContentIndex) => string | undefined;
  /** Turns what was typed into what is stored (`18/5/2021` → `2021-05-18`). */
  normalize?: (value: string) => string;
  /** A Vietnamese message when the (normalised) answer cannot be used. */
  validate?: (value: string, answers: Answers, index: ContentIndex) => string | undefined;
}

/** One or more lines, each an item of a list field (`goals`, `keyMessages`…). */
export interface ListQuestion extends QuestionBase {
  type: 'list';
}

/** One of a set of values. */
export interface SelectQuestion extends QuestionBase {
  type: 'select';
  choices: (answers: Answers, index: ContentIndex) => Choice<string>[];
  initial?: (answers: Answers, index: ContentIndex) => string | undefined;
  /** What to do when there is nothing to choose from, in Vietnamese. */
  none?: string;
}

/** Any number of a set of values (references to other entries). */
export interface MultiSelectQuestion extends QuestionBase {
  type: 'multiselect';
  choices: (answers: Answers, index: ContentIndex) => Choice<string>[];
  /** Whether at least one value is needed, given the answers so far. */
  required: (answers: Answers) => boolean;
}

/** A question of `npm run new`. */
export type Question = TextQuestion | ListQuestion | SelectQuestion | MultiSelectQuestion;

/** What an entry kind writes: the entry's fields and the `##` sections its text usually has. */
export interface EntryDraft {
  data: Record<string, unknown>;
  sections: string[];
}

/** One kind of entry `npm run new` can start. */
export interface EntryKind {
  collection: CollectionName;
  /** What the kind is called in the menu. */
  label: string;
  questions: Question[];
  /** The slug proposed from the answers (SPEC §2), before checking it is free. */
  slug: (answers: Answers, index: ContentIndex) => string;
  build: (answers: Answers, index: ContentIndex, today: string) => EntryDraft;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 60;

/** Cuts a long slug at a word boundary, so shared links stay readable. */
export function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

const one = (answers: Answers, key: string): string => {
  const value = answers[key];
  return typeof value === 'string' ? value : '';
};
const many = (answers: Answers, key: string): string[] => {
  const value = answers[key];
  return Array.isArray(value) ? value : [];
};
const optional = <T>(key: string, value: T | undefined | ''): Record<string, T> =>
  value === undefined || value === '' ? {} : { [key]: value as T };

const named = (entries: NamedEntry[]): Choice<string>[] =>
  entries.map((entry) => ({ value: entry.id, label: entry.name, hint: entry.id }));

/** Guesses the kind of a document from its symbol: `01-KL/TW` is a Kết luận. */
export function documentKindFromSymbol(symbol: string): string | undefined {
  const code = /[-/](NQ|KL|CT|TB|HD|CTr|NĐ)[-/]/iu.exec(symbol)?.[1]?.toUpperCase();
  const kinds: Record<string, string> = {
    NQ: 'Nghị quyết',
    KL: 'Kết luận',
    CT: 'Chỉ thị',
    TB: 'Thông báo',
    HD: 'Hướng dẫn',
    CTR: 'Chương trình',
    NĐ: 'Nghị định',
  };
  return code === undefined ? undefined : kinds[code];
}

function required(label: string): (value: string) => string | undefined {
  return (value) => (value === '' ? `Cần ${label}.` : undefined);
}

const date = {
  normalize: (value: string) => vietnameseDateToIso(value) ?? value,
  validate: (value: string) =>
    value === '' || isIsoDate(value)
      ? undefined
      : `Cần một ngày có thật, viết YYYY-MM-DD (ví dụ 2021-05-18) hoặc 18/5/2021; gặp "${value}".`,
};

const planQuestion: SelectQuestion = {
  key: 'plan',
  type: 'select',
  message: 'Mục này thuộc kế hoạch năm nào?',
  choices: (_, index) =>
    index.plans.map((plan) => ({ value: String(plan.year), label: `Kế hoạch năm ${plan.year}` })),
  initial: (_, index) => (index.plans[0] ? String(index.plans[0].year) : undefined),
};

function paragraphQuestion(message: string): SelectQuestion {
  return {
    key: 'paragraph',
    type: 'select',
    message,
    choices: (answers, index) =>
      paragraphsOf(index, one(answers, 'plan')).map((paragraph) => ({
        value: paragraph.id,
        label: `${paragraph.id} · ${paragraph.text.slice(0, 70)}${paragraph.text.length > 70 ? '…' : ''}`,
      })),
  };
}

const quoteQuestion: TextQuestion = {
  key: 'quote',
  type: 'text',
  message: 'Câu kế hoạch nhắc đến mục này, chép nguyên văn (có thể chỉ lấy một phần của đoạn)?',
  initial: (answers, index) =>
    paragraphsOf(index, one(answers, 'plan')).find((p) => p.id === one(answers, 'paragraph'))?.text,
  validate: (value, answers, index) => {
    const paragraph = paragraphsOf(index, one(answers, 'plan')).find(
      (p) => p.id === one(answers, 'paragraph'),
    );
    if (value === '') return 'Cần câu trích nguyên văn.';
    return paragraph && !normalizeText(paragraph.text).includes(normalizeText(value))
      ? `Câu này không có nguyên văn trong đoạn ${paragraph.id}; hãy chép đúng từng chữ.`
      : undefined;
  },
};

const summaryQuestion = (message: string): TextQuestion => ({
  key: 'summary',
  type: 'text',
  message,
  validate: required('một đoạn tóm tắt'),
});

const themeChoices: MultiSelectQuestion['choices'] = (_, index) => named(index.named.themes);
const campaignChoices: MultiSelectQuestion['choices'] = (_, index) => named(index.named.campaigns);

/** Provenance every entry but a glossary term carries (SPEC §2). */
function provenance(answers: Answers, today: string) {
  return { plan: Number(one(answers, 'plan')), sources: [one(answers, 'paragraph')], updated: today };
}

const documents: EntryKind = {
  collection: 'documents',
  label: 'Văn bản được trích dẫn',
  questions: [
    {
      key: 'symbol',
      type: 'text',
      optional: true,
      message: 'Số, ký hiệu văn bản (ví dụ 01-KL/TW)? Để trống nếu văn bản không có hoặc chưa xác minh.',
      validate: (value, _, index) => {
        const other = value ? index.symbols.get(symbolKey(value)) : undefined;
        return other
          ? `Số hiệu ${value} đã có mục: ${other}. Hãy sửa mục đó thay vì tạo mục mới.`
          : undefined;
      },
    },
    {
      key: 'document-kind',
      type: 'select',
      message: 'Loại văn bản?',
      choices: () => DOCUMENT_KINDS.map((kind) => ({ value: kind, label: kind })),
      initial: (answers) => documentKindFromSymbol(one(answers, 'symbol')),
    },
    {
      key: 'title',
      type: 'text',
      message: 'Tên chính thức (trích yếu) của văn bản?',
      validate: required('tên văn bản'),
    },
    {
      key: 'issuer',
      type: 'text',
      message: 'Cơ quan ban hành, đầy đủ như nguồn ghi (ví dụ "Bộ Chính trị khóa XI")?',
      validate: required('cơ quan ban hành'),
    },
    {
      key: 'issuer-group',
      type: 'text',
      message: 'Cơ quan ban hành rút gọn, để nhóm và lọc (ví dụ "Bộ Chính trị")?',
      initial: (answers) => one(answers, 'issuer'),
      validate: required('tên cơ quan rút gọn'),
    },
    {
      key: 'issued',
      type: 'text',
      optional: true,
      message: 'Ngày ban hành (YYYY-MM-DD hoặc 18/5/2021)? Để trống nếu chưa xác minh.',
      ...date,
    },
    summaryQuestion('Tóm tắt trung lập: văn bản nói về điều gì (1–3 câu)?'),
    planQuestion,
    paragraphQuestion('Đoạn nào của kế hoạch trích dẫn văn bản này?'),
    quoteQuestion,
  ],
  slug: (answers) =>
    one(answers, 'symbol') ? symbolToSlug(one(answers, 'symbol')) : shortSlug(one(answers, 'title')),
  build: (answers, _, today) => ({
    data: {
      kind: one(answers, 'document-kind'),
      ...optional('symbol', one(answers, 'symbol')),
      title: one(answers, 'title'),
      issuer: one(answers, 'issuer'),
      issuerGroup: one(answers, 'issuer-group'),
      ...optional('issued', one(answers, 'issued')),
      summary: one(answers, 'summary'),
      planQuotes: [{ paragraph: one(answers, 'paragraph'), text: one(answers, 'quote') }],
      ...provenance(answers, today),
    },
    sections: ['Văn bản này nói về điều gì', `Kế hoạch ${one(answers, 'plan')} dẫn văn bản này thế nào`],
  }),
};

const campaigns: EntryKind = {
  collection: 'campaigns',
  label: 'Cuộc vận động, phong trào, giải báo chí, ngày hội',
  questions: [
    {
      key: 'campaign-kind',
      type: 'select',
      message: 'Loại?',
      choices: () => CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: kind })),
    },
    {
      key: 'name',
      type: 'text',
      message: 'Tên chính thức, như nguồn công khai ghi?',
      validate: required('tên'),
    },
    summaryQuestion('Giới thiệu ngắn: đây là gì (1–3 câu)?'),
    { key: 'goal', type: 'list', message: 'Mục tiêu' },
    { key: 'how-to', type: 'list', message: '"Tham gia thế nào?": việc cụ thể người dân có thể làm' },
    {
      key: 'theme',
      type: 'multiselect',
      message: 'Chủ đề nào cổ vũ cuộc vận động này? (phím cách để chọn)',
      choices: themeChoices,
      required: () => true,
    },
    planQuestion,
    paragraphQuestion('Đoạn nào của kế hoạch nhắc đến cuộc vận động này?'),
    quoteQuestion,
  ],
  slug: (answers) => shortSlug(one(answers, 'name')),
  build: (answers, _, today) => ({
    data: {
      kind: one(answers, 'campaign-kind'),
      name: one(answers, 'name'),
      summary: one(answers, 'summary'),
      goals: many(answers, 'goal'),
      howToTakePart: many(answers, 'how-to'),
      themes: many(answers, 'theme'),
      planQuotes: [{ paragraph: one(answers, 'paragraph'), text: one(answers, 'quote') }],
      ...provenance(answers, today),
    },
    sections: ['Đây là gì', `Kế hoạch ${one(answers, 'plan')} yêu cầu gì`],
  }),
};

const examples: EntryKind = {
  collection: 'examples',
  label: 'Mô hình, điển hình (có nguồn công khai)',
  questions: [
    {
      key: 'title',
      type: 'text',
      message: 'Tên mô hình, điển hình, ngắn gọn?',
      validate: required('tên mô hình'),
    },
    {
      key: 'place',
      type: 'text',
      message: 'Nơi thực hiện, như nguồn ghi (ví dụ "xã Thủy Sơn, huyện Thủy Nguyên, Hải Phòng")?',
      validate: required('nơi thực hiện'),
    },
    {
      key: 'province',
      type: 'text',
      message: 'Tỉnh, thành phố (hoặc "Toàn quốc")?',
      validate: required('tỉnh, thành phố'),
    },
    {
      key: 'year',
      type: 'text',
      message: 'Năm diễn ra, như nguồn ghi?',
      validate: (value) =>
        /^\d{4}$/.test(value) && Number(value) >= 1945 && Number(value) <= 2100
          ? undefined
          : `Cần một năm bốn chữ số (ví dụ 2022); gặp "${value}".`,
    },
    summaryQuestion('Việc đã làm, đúng như nguồn đưa tin (không thêm tên người, số liệu, lời trích)?'),
    {
      key: 'source-url',
      type: 'text',
      message: 'Địa chỉ bài báo, trang nguồn công khai (https://…)?',
      validate: sourceUrlProblem,
    },
    {
      key: 'source-title',
      type: 'text',
      message: 'Tiêu đề bài, trang nguồn, như trang đó ghi?',
      validate: required('tiêu đề nguồn'),
    },
    {
      key: 'source-publisher',
      type: 'text',
      optional: true,
      message: 'Báo, cơ quan đăng nguồn (ví dụ Báo Nhân Dân)?',
    },
    {
      key: 'campaign',
      type: 'multiselect',
      message: 'Mô hình minh họa cuộc vận động, phong trào nào? (phím cách để chọn; có thể không chọn)',
      choices: campaignChoices,
      required: () => false,
    },
    {
      key: 'theme',
      type: 'multiselect',
      message: 'Mô hình minh họa chủ đề nào? (cần ít nhất một cuộc vận động hoặc một chủ đề)',
      choices: themeChoices,
      required: (answers) => many(answers, 'campaign').length === 0,
    },
    planQuestion,
    paragraphQuestion('Mô hình này minh họa đoạn nào của kế hoạch?'),
  ],
  slug: (answers) => shortSlug(one(answers, 'title')),
  build: (answers, _, today) => ({
    data: {
      title: one(answers, 'title'),
      place: one(answers, 'place'),
      province: one(answers, 'province'),
      year: Number(one(answers, 'year')),
      summary: one(answers, 'summary'),
      ...optional('campaigns', many(answers, 'campaign').length ? many(answers, 'campaign') : undefined),
      ...optional('themes', many(answers, 'theme').length ? many(answers, 'theme') : undefined),
      source: {
        url: one(answers, 'source-url'),
        title: one(answers, 'source-title'),
        ...optional('publisher', one(answers, 'source-publisher')),
      },
      ...provenance(answers, today),
    },
    sections: ['Nguồn đưa tin', `Liên hệ với kế hoạch ${one(answers, 'plan')}`],
  }),
};

/** The item of section II a theme stands for, in the plan chosen. */
function themeItem(answers: Answers, index: ContentIndex) {
  const plan = planOf(index, one(answers, 'plan'));
  const item = plan?.sections.find((section) => section.number === 'II')?.items[
    Number(one(answers, 'order')) - 1
  ];
  return { plan, item };
}

const themes: EntryKind = {
  collection: 'themes',
  label: 'Chủ đề tuyên truyền (một tiểu mục của mục II)',
  questions: [
    planQuestion,
    {
      key: 'order',
      type: 'select',
      message: 'Chủ đề này là tiểu mục nào của mục II?',
      none: 'Mọi tiểu mục của mục II trong kế hoạch này đã có chủ đề: hãy sửa chủ đề có sẵn trong content/themes/, hoặc chọn kế hoạch khác (--plan).',
      choices: (answers, index) =>
        (
          planOf(index, one(answers, 'plan'))?.sections.find((section) => section.number === 'II')?.items ??
          []
        )
          .filter((item) => !index.themeItems.has(`${one(answers, 'plan')}/${item.number}`))
          .map((item) => ({ value: String(item.number), label: `II.${item.number} · ${item.title}` })),
    },
    {
      key: 'short-title',
      type: 'text',
      message: 'Tên ngắn để hiện trong trình đơn (ví dụ "Đoàn kết toàn dân")?',
      validate: required('tên ngắn'),
    },
    summaryQuestion('Tóm tắt bằng lời thường, để người dân đọc là hiểu (2–4 câu)?'),
    { key: 'key-message', type: 'list', message: 'Thông điệp chính cán bộ cần truyền đạt' },
    { key: 'audience', type: 'list', message: 'Đối tượng chủ đề hướng tới' },
    {
      key: 'organization',
      type: 'select',
      message: 'Cấp hoặc đơn vị đầu tiên có việc phải làm cho chủ đề này? (thêm cấp khác trong tệp)',
      none: 'Chưa có đơn vị nào trong content/organizations/: hãy tạo đơn vị trước (npm run new -- --kind organizations).',
      choices: (_, index) => named(index.named.organizations),
    },
    { key: 'task', type: 'list', message: 'Việc cấp, đơn vị đó cần làm' },
  ],
  slug: (answers, index) => {
    const slug = shortSlug(one(answers, 'short-title'));
    return index.files.get('themes')!.has(slug) ? `${slug}-${one(answers, 'plan')}` : slug;
  },
  build: (answers, index, today) => {
    const { item } = themeItem(answers, index);
    return {
      data: {
        title: item?.title ?? '',
        shortTitle: one(answers, 'short-title'),
        order: Number(one(answers, 'order')),
        summary: one(answers, 'summary'),
        keyMessages: many(answers, 'key-message'),
        audiences: many(answers, 'audience'),
        levelTasks: [{ organization: one(answers, 'organization'), tasks: many(answers, 'task') }],
        plan: Number(one(answers, 'plan')),
        sources: item?.paragraphs.map((paragraph) => paragraph.id) ?? [],
        updated: today,
      },
      sections: ['Kế hoạch yêu cầu gì', 'Hiểu cho đúng', 'Gợi ý triển khai ở khu dân cư'],
    };
  },
};

const LEVEL_LABELS: Record<(typeof ORGANIZATION_LEVELS)[number], string> = {
  'thanh-pho': 'Ban Thường trực thành phố',
  'huyen-quan': 'Ban Thường trực huyện, quận',
  'to-chuc-thanh-vien': 'Các tổ chức thành viên',
  'co-quan-phoi-hop': 'Cơ quan phối hợp',
};

const organizations: EntryKind = {
  collection: 'organizations',
  label: 'Đơn vị có trách nhiệm trong mục III',
  questions: [
    {
      key: 'name',
      type: 'text',
      message: 'Tên đầy đủ của cơ quan, đơn vị?',
      validate: required('tên đơn vị'),
    },
    { key: 'short-name', type: 'text', optional: true, message: 'Tên ngắn hoặc viết tắt thường dùng?' },
    {
      key: 'level',
      type: 'select',
      message: 'Cấp?',
      choices: () =>
        ORGANIZATION_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level], hint: level })),
    },
    {
      key: 'order',
      type: 'text',
      message: 'Thứ tự hiển thị trong bảng trách nhiệm?',
      initial: (_, index) => String(Math.max(0, ...index.organizationOrders) + 1),
      validate: (value) => (/^[1-9]\d*$/.test(value) ? undefined : `Cần một số nguyên từ 1; gặp "${value}".`),
    },
    summaryQuestion('Giới thiệu ngắn về đơn vị và vai trò trong kế hoạch?'),
    planQuestion,
    paragraphQuestion('Đoạn nào của kế hoạch giao việc cho đơn vị này?'),
    {
      key: 'task',
      type: 'list',
      message: 'Trách nhiệm đoạn đó giao, diễn đạt ngắn gọn, bám sát lời kế hoạch',
    },
  ],
  slug: (answers) => shortSlug(one(answers, 'name')),
  build: (answers, _, today) => ({
    data: {
      name: one(answers, 'name'),
      ...optional('shortName', one(answers, 'short-name')),
      level: one(answers, 'level'),
      order: Number(one(answers, 'order')),
      summary: one(answers, 'summary'),
      responsibilities: many(answers, 'task').map((task) => ({ task, paragraph: one(answers, 'paragraph') })),
      ...provenance(answers, today),
    },
    sections: [`Vai trò trong kế hoạch ${one(answers, 'plan')}`],
  }),
};

const events: EntryKind = {
  collection: 'events',
  label: 'Ngày kỷ niệm, sự kiện trong năm',
  questions: [
    { key: 'name', type: 'text', message: 'Tên dịp kỷ niệm, sự kiện?', validate: required('tên') },
    {
      key: 'date',
      type: 'text',
      message: 'Ngày diễn ra (YYYY-MM-DD hoặc 2/9/2023)?',
      normalize: date.normalize,
      validate: (value) => (value === '' ? 'Cần ngày diễn ra.' : date.validate(value)),
    },
    {
      key: 'description',
      type: 'text',
      message: 'Vài câu về ý nghĩa của dịp này và điều kế hoạch yêu cầu?',
      validate: required('lời giới thiệu'),
    },
    planQuestion,
    paragraphQuestion('Đoạn nào của kế hoạch nhắc đến dịp này?'),
    {
      key: 'theme',
      type: 'multiselect',
      message: 'Chủ đề liên quan? (có thể không chọn)',
      choices: themeChoices,
      required: () => false,
    },
    {
      key: 'campaign',
      type: 'multiselect',
      message: 'Cuộc vận động, ngày hội liên quan? (có thể không chọn)',
      choices: campaignChoices,
      required: () => false,
    },
  ],
  slug: (answers) => {
    const name = one(answers, 'name');
    const year = one(answers, 'date') ? String(yearOf(one(answers, 'date'))) : '';
    return shortSlug(name.includes(year) ? name : `${name} ${year}`);
  },
  build: (answers, _, today) => ({
    data: {
      name: one(answers, 'name'),
      date: one(answers, 'date'),
      description: one(answers, 'description'),
      ...optional('themes', many(answers, 'theme').length ? many(answers, 'theme') : undefined),
      ...optional('campaigns', many(answers, 'campaign').length ? many(answers, 'campaign') : undefined),
      ...provenance(answers, today),
    },
    sections: [],
  }),
};

const glossary: EntryKind = {
  collection: 'glossary',
  label: 'Thuật ngữ, chữ viết tắt',
  questions: [
    {
      key: 'term',
      type: 'text',
      message: 'Chữ viết tắt hoặc thuật ngữ, đúng như trong văn bản?',
      validate: required('thuật ngữ'),
    },
    {
      key: 'term-kind',
      type: 'select',
      message: 'Đây là chữ viết tắt hay thuật ngữ?',
      choices: () => [
        { value: 'viet-tat', label: 'Chữ viết tắt' },
        { value: 'thuat-ngu', label: 'Thuật ngữ' },
      ],
      initial: (answers) => (/^[\p{Lu}\d/]+$/u.test(one(answers, 'term')) ? 'viet-tat' : 'thuat-ngu'),
    },
    {
      key: 'expansion',
      type: 'text',
      optional: true,
      message: 'Dạng đầy đủ của chữ viết tắt?',
      when: (answers) => one(answers, 'term-kind') === 'viet-tat',
    },
    {
      key: 'explanation',
      type: 'text',
      message: 'Giải thích bằng lời thường (1–3 câu)?',
      validate: required('lời giải thích'),
    },
  ],
  slug: (answers) => shortSlug(one(answers, 'term')),
  build: (answers) => ({
    data: {
      term: one(answers, 'term'),
      kind: one(answers, 'term-kind'),
      ...optional('expansion', one(answers, 'expansion')),
      explanation: one(answers, 'explanation'),
    },
    sections: [],
  }),
};

/** The kinds `npm run new` offers, in the order of the menu. Lessons are not among them: see the guide. */
export const ENTRY_KINDS: EntryKind[] = [
  documents,
  examples,
  campaigns,
  themes,
  organizations,
  events,
  glossary,
];

/** The kind of entry for a collection name, if `npm run new` can start one. */
export function entryKind(collection: string): EntryKind | undefined {
  return ENTRY_KINDS.find((kind) => kind.collection === collection);
}

/** Why a slug cannot be used (not a slug, or taken), or `undefined` when it can. */
export function slugProblem(kind: EntryKind, slug: string, index: ContentIndex): string | undefined {
  if (!SLUG.test(slug))
    return `Mã "${slug}" không dùng được: chỉ chữ thường không dấu, số và dấu gạch nối (ví dụ "01-kl-tw").`;
  const file = index.files.get(kind.collection)!.get(slug);
  return file
    ? `Đã có mục mang mã "${slug}": ${file}. Hãy sửa mục đó, hoặc chọn mã khác (--slug).`
    : undefined;
}
