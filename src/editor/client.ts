/**
 * The web editor's page (served by src/lib/editor/web/server.ts at /quan-tri/): lists of
 * entries, and a form generated from the collection's schema with CodeMirror for the MDX
 * body. Every value the form did not change is sent back as it was read, so saving an
 * untouched entry leaves its file as it was; the server checks and writes.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorView, keymap } from '@codemirror/view';
import type { ContentProblem } from '../lib/content-check/problem.ts';
import { formatFieldPath, formatProblem } from '../lib/content-check/problem.ts';
import type { FormField } from '../schemas/fields.ts';

interface CollectionInfo {
  name: string;
  label: string;
  readOnly: boolean;
  /** Whether its entries are MDX, with a body (the registry's file format). */
  mdx: boolean;
}
interface Summary {
  id: string;
  title: string;
}
interface Choices {
  entries: Record<string, Summary[]>;
  paragraphs: Record<string, { id: string; text: string }[]>;
  components: Record<
    string,
    Record<string, { required?: boolean; values?: readonly string[]; example: string }>
  >;
}
/** A control in the form: its element, and how to read its value back. */
interface Control {
  element: HTMLElement;
  read(): unknown;
}

const API = '/quan-tri/api/';
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
const main = document.querySelector<HTMLElement>('#noi-dung')!;
let collections: CollectionInfo[] = [];
let choices: Choices = { entries: {}, paragraphs: {}, components: {} };
/** Hosted mode (docs/trinh-sua-may-chu.md): saves go to a draft branch, "Gửi duyệt" opens a pull request. */
let hosted = false;

async function api<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(API + path, {
    ...init,
    headers: init?.body ? { 'Content-Type': 'application/json' } : {},
  });
  return { status: response.status, body: (await response.json()) as T };
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Text without tone marks, đ as d, lower case: how the list's search compares. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** The short label of a field: its description's first phrase. */
function labelOf(field: FormField): string {
  const phrase = field.description.split(/[.;:(,]/)[0]!.trim();
  return phrase && phrase.length <= 60 ? phrase : field.key;
}

/** A record with each control's value read into its key; a control read as `undefined` removes its key. */
function readInto(
  record: Record<string, unknown>,
  controls: { key: string; control: Control }[],
): Record<string, unknown> {
  const values = new Map(controls.map(({ key, control }) => [key, control.read()]));
  const keys = new Set([...Object.keys(record), ...values.keys()]);
  return Object.fromEntries(
    [...keys]
      .map((key) => [key, values.has(key) ? values.get(key) : record[key]] as const)
      .filter(([, value]) => value !== undefined),
  );
}

/** A message for the next page shown: "saved" survives the move from the new entry's form to its own. */
let flash = '';

/** Whether the form shown has changes not yet saved (replaced by each form shown). */
let isDirty: () => boolean = () => false;

/** What the warnings say when a form with unsaved changes is left. */
const UNSAVED = 'Bạn có thay đổi chưa lưu. Nếu rời trang này, các thay đổi đó sẽ mất.';

let serial = 0;
const nextId = () => `truong-${++serial}`;

function scalarControl(
  field: FormField,
  value: unknown,
  data: Record<string, unknown>,
  readOnly: boolean,
): Control {
  const id = nextId();
  const shown = value === undefined || value === null ? '' : String(value);
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  let describe: HTMLElement | undefined;
  const select = (options: [string, string][]) => {
    const element = h('select', { id });
    const known = new Set(options.map(([v]) => v));
    if (!field.required || shown === '') element.append(h('option', { value: '' }, '— chọn —'));
    if (shown !== '' && !known.has(shown)) element.append(h('option', { value: shown }, shown));
    for (const [optionValue, label] of options) element.append(h('option', { value: optionValue }, label));
    element.value = shown;
    return element;
  };
  switch (field.kind) {
    case 'enum':
      input = select((field.options ?? []).map((option) => [option, option]));
      break;
    case 'reference':
      input = select(
        (choices.entries[field.collection ?? ''] ?? []).map((entry) => [
          entry.id,
          `${entry.title} (${entry.id})`,
        ]),
      );
      break;
    case 'paragraph': {
      const plan = String(data['plan'] ?? Object.keys(choices.paragraphs).sort().at(-1) ?? '');
      const paragraphs = choices.paragraphs[plan] ?? [];
      input = select(
        paragraphs.map((p) => [p.id, `${p.id} — ${p.text.length > 90 ? `${p.text.slice(0, 90)}…` : p.text}`]),
      );
      describe = h('p', { class: 'doan-van', id: `${id}-doan` });
      const show = () => {
        describe!.textContent = paragraphs.find((p) => p.id === input.value)?.text ?? '';
      };
      input.addEventListener('change', show);
      show();
      break;
    }
    case 'boolean': {
      const box = h('input', { id, type: 'checkbox' });
      box.checked = value === true;
      const initial = box.checked;
      if (readOnly) box.disabled = true;
      return { element: box, read: () => (box.checked === initial ? value : box.checked) };
    }
    case 'number':
      input = h('input', { id, type: 'number', inputmode: 'numeric' });
      input.value = shown;
      break;
    case 'text':
      input = h('textarea', { id, rows: shown.length > 80 ? '4' : '1' });
      input.value = shown;
      break;
    default:
      input = h('input', { id, type: 'text', ...(field.kind === 'url' ? { inputmode: 'url' } : {}) });
      input.value = shown;
  }
  if (readOnly) input.disabled = true;
  const element = h('span', { class: 'dieu-khien' }, input, ...(describe ? [describe] : []));
  input.dataset['control'] = 'true';
  return {
    element,
    read: () => {
      if (input.value === shown) return value;
      if (input.value === '') return undefined;
      return field.kind === 'number' ? Number(input.value) : input.value.normalize('NFC');
    },
  };
}

function fieldControl(
  field: FormField,
  value: unknown,
  path: (string | number)[],
  data: Record<string, unknown>,
  readOnly: boolean,
): Control {
  if (field.kind === 'group') {
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const children = (field.fields ?? []).map((child) => ({
      key: child.key,
      control: fieldBlock(child, record[child.key], [...path, child.key], data, readOnly),
    }));
    return {
      element: h('div', { class: 'nhom' }, ...children.map((c) => c.control.element)),
      read: () => {
        const result = readInto(record, children);
        return value === undefined && Object.keys(result).length === 0 ? undefined : result;
      },
    };
  }
  if (field.kind === 'list') {
    const items: Control[] = [];
    const list = h('ol', { class: 'danh-sach' });
    const add = (item: unknown) => {
      const index = items.length;
      const control = fieldControl(field.item!, item, [...path, index], data, readOnly);
      const row = h('li', { 'data-field': formatFieldPath([...path, index]) }, control.element);
      if (!readOnly) {
        const remove = h('button', { type: 'button', class: 'phu' }, 'Bỏ mục này');
        remove.addEventListener('click', () => {
          items.splice(items.indexOf(control), 1);
          row.remove();
        });
        row.append(remove);
      }
      items.push(control);
      list.append(row);
    };
    const initial = Array.isArray(value) ? value : [];
    initial.forEach(add);
    const element = h('div', {}, list);
    if (!readOnly) {
      const more = h('button', { type: 'button', class: 'phu' }, 'Thêm một mục');
      more.addEventListener('click', () => add(undefined));
      element.append(more);
    }
    return {
      element,
      read: () => {
        const read = items.map((item) => item.read()).filter((item) => item !== undefined);
        if (value === undefined && read.length === 0) return undefined;
        return read;
      },
    };
  }
  return scalarControl(field, value, data, readOnly);
}

/** A field with its label, help, required mark and the place its problems are shown. */
function fieldBlock(
  field: FormField,
  value: unknown,
  path: (string | number)[],
  data: Record<string, unknown>,
  readOnly: boolean,
): Control {
  const control = fieldControl(field, value, path, data, readOnly);
  const helpId = nextId();
  const required = field.required ? [h('span', { class: 'bat-buoc' }, ' (bắt buộc)')] : [];
  const help = h('p', { class: 'giai-thich', id: helpId }, `${field.description} · ${field.type}`);
  const grouped = field.kind === 'group' || field.kind === 'list';
  const block = grouped
    ? h(
        'fieldset',
        { 'data-field': formatFieldPath(path) },
        h('legend', {}, labelOf(field), ...required, ' ', h('code', {}, field.key)),
        help,
        control.element,
      )
    : h('div', { class: 'truong', 'data-field': formatFieldPath(path) });
  if (!grouped) {
    const input = control.element.matches('[id]')
      ? control.element
      : control.element.querySelector('[data-control]');
    const label = h(
      'label',
      { for: input?.id ?? '' },
      labelOf(field),
      ...required,
      ' ',
      h('code', {}, field.key),
    );
    input?.setAttribute('aria-describedby', helpId);
    if (field.required) input?.setAttribute('aria-required', 'true');
    block.append(label, help, control.element);
  }
  return { element: block, read: control.read };
}

/** The snippet the component menu inserts: required and choice attributes with their example values. */
function componentSnippet(name: string): string {
  const attributes = Object.entries(choices.components[name] ?? {})
    .filter(([, rule]) => rule.required || rule.values)
    .map(([attribute, rule]) => ` ${attribute}="${rule.example}"`)
    .join('');
  return name === 'Callout'
    ? `\n<${name}${attributes}>\n\nNội dung\n\n</${name}>\n`
    : `\n<${name}${attributes} />\n`;
}

/** CodeMirror for the body: `<` and `{` typed as text are written escaped, so they stay text. */
function bodyEditor(parent: HTMLElement, doc: string, readOnly: boolean): EditorView {
  return new EditorView({
    doc,
    parent,
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      EditorView.cspNonce.of(nonce),
      EditorView.editable.of(!readOnly),
      EditorView.contentAttributes.of({ 'aria-label': 'Nội dung (MDX)', lang: 'vi' }),
      EditorView.inputHandler.of((view, from, to, text) => {
        if (text !== '<' && text !== '{') return false;
        if (view.state.sliceDoc(from - 1, from) === '\\') return false;
        view.dispatch({
          changes: { from, to, insert: `\\${text}` },
          selection: { anchor: from + 2 },
          userEvent: 'input.type',
        });
        return true;
      }),
    ],
  });
}

/**
 * The "Xem trước" pane: the body as the site would show it, rendered by the editor's
 * server through the build's MDX policy (src/lib/editor/web/preview.ts). The HTML it
 * returns is built element by element from a fixed list, so it is set as is; the page's
 * CSP would stop any script anyway.
 */
function previewPane(collection: CollectionInfo, body: () => string): HTMLElement {
  const output = h('div', { class: 'prose' });
  const pane = h('section', { class: 'xem-truoc', 'aria-labelledby': 'xem-truoc-tieu-de' });
  const button = h('button', { type: 'button', class: 'phu' }, 'Xem trước');
  // Not a second role="status": the form's own status says whether it was saved.
  const status = h('p', { 'aria-live': 'polite', class: 'giai-thich' });
  button.addEventListener('click', async () => {
    status.textContent = 'Đang dựng bản xem trước…';
    const result = await api<{ ok: boolean; html?: string; problems?: ContentProblem[] }>(
      `preview/${collection.name}`,
      { method: 'POST', body: JSON.stringify({ body: body() }) },
    );
    if (result.body.ok) {
      output.innerHTML = result.body.html ?? '';
      status.textContent = 'Bản xem trước theo nội dung hiện tại (chưa lưu).';
    } else {
      output.replaceChildren(
        h(
          'ul',
          { class: 'loi-xem-truoc' },
          ...(result.body.problems ?? []).map((p) => h('li', {}, formatProblem(p))),
        ),
      );
      status.textContent = 'Trang sẽ không dựng được với nội dung này:';
    }
  });
  pane.append(
    h('h2', { id: 'xem-truoc-tieu-de' }, 'Xem trước'),
    h(
      'p',
      { class: 'giai-thich' },
      'Nội dung với kiểu chữ của trang (Markdown và các thành phần), qua đúng bộ lọc mà bản dựng dùng.',
    ),
    button,
    status,
    output,
  );
  return pane;
}

function showProblems(form: HTMLElement, summary: HTMLElement, problems: ContentProblem[]) {
  for (const old of form.querySelectorAll('.loi')) old.remove();
  for (const marked of form.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid');
  summary.replaceChildren();
  if (problems.length === 0) return;
  summary.append(
    h('h2', {}, `Chưa lưu: nội dung có ${problems.length} lỗi cần sửa`),
    h('ul', {}, ...problems.map((problem) => h('li', {}, formatProblem(problem)))),
  );
  for (const problem of problems) {
    const fields = [...form.querySelectorAll<HTMLElement>('[data-field]')];
    const parts = problem.field.split(' › ');
    let target: HTMLElement | undefined;
    for (let length = parts.length; length > 0 && !target; length--)
      target = fields.find((field) => field.dataset['field'] === parts.slice(0, length).join(' › '));
    target ??= form.querySelector<HTMLElement>('.than-bai') ?? undefined;
    if (!target) continue;
    target.append(h('p', { class: 'loi', role: 'alert' }, formatProblem(problem)));
    target.querySelector('[data-control], .cm-content')?.setAttribute('aria-invalid', 'true');
  }
}

async function showList(collection: CollectionInfo) {
  const { body: entries } = await api<Summary[]>(`entries/${collection.name}`);
  const search = h('input', { type: 'search', id: 'tim', autocomplete: 'off' });
  const list = h('ul', { class: 'muc' });
  const render = () => {
    const query = fold(search.value.trim());
    list.replaceChildren(
      ...entries
        .filter((entry) => fold(`${entry.title} ${entry.id}`).includes(query))
        .map((entry) =>
          h(
            'li',
            {},
            h('a', { href: `#/${collection.name}/${entry.id}` }, entry.title),
            ' ',
            h('code', {}, entry.id),
          ),
        ),
    );
  };
  search.addEventListener('input', render);
  render();
  main.replaceChildren(
    h('h1', {}, collection.label),
    collection.readOnly
      ? h(
          'p',
          { class: 'chu-y' },
          'Chỉ xem: kế hoạch được nhập bằng lệnh npm run import-plan, không sửa ở đây.',
        )
      : h('p', {}, h('a', { href: `#/${collection.name}/+moi`, class: 'nut' }, 'Thêm mục mới')),
    h('label', { for: 'tim' }, 'Tìm trong danh sách'),
    search,
    h('p', {}, `${entries.length} mục`),
    list,
  );
}

async function showEntry(collection: CollectionInfo, id: string | undefined) {
  const { body: form } = await api<FormField[]>(`form/${collection.name}`);
  const entry = id
    ? (await api<{ data: Record<string, unknown>; body: string }>(`entry/${collection.name}/${id}`)).body
    : { data: {}, body: '' };
  const readOnly = collection.readOnly;
  const summary = h('div', { class: 'tom-tat-loi', role: 'alert' });
  const status = h('p', { role: 'status' }, flash);
  flash = '';
  const element = h('form', { class: 'bieu-mau', novalidate: '' });
  element.addEventListener('submit', (event) => event.preventDefault());
  let slug: HTMLInputElement | undefined;
  if (!id) {
    slug = h('input', { id: 'ma-muc', type: 'text', autocomplete: 'off', 'aria-required': 'true' });
    element.append(
      h(
        'div',
        { class: 'truong', 'data-field': '' },
        h(
          'label',
          { for: 'ma-muc' },
          'Mã mục (tên tệp, cũng là địa chỉ trang)',
          h('span', { class: 'bat-buoc' }, ' (bắt buộc)'),
        ),
        h(
          'p',
          { class: 'giai-thich' },
          'Chữ thường không dấu, số và dấu gạch nối, ví dụ mo-hinh-dan-van-kheo.',
        ),
        slug,
      ),
    );
  }
  const controls = form.map((field) => ({
    key: field.key,
    control: fieldBlock(field, entry.data[field.key], [field.key], entry.data, readOnly),
  }));
  element.append(...controls.map((c) => c.control.element));
  let view: EditorView | undefined;
  const isMdx = collection.mdx;
  if (isMdx) {
    const holder = h('div', { class: 'trinh-soan' });
    const menu = h(
      'select',
      { id: 'thanh-phan' },
      ...Object.keys(choices.components).map((name) => h('option', { value: name }, name)),
    );
    const insert = h('button', { type: 'button', class: 'phu' }, 'Chèn thành phần');
    insert.addEventListener('click', () => {
      const text = componentSnippet(menu.value);
      const at = view!.state.selection.main.head;
      view!.dispatch({ changes: { from: at, insert: text }, selection: { anchor: at + text.length } });
      view!.focus();
    });
    const tools = readOnly ? [] : [h('label', { for: 'thanh-phan' }, 'Thành phần của trang'), menu, insert];
    element.append(
      h(
        'div',
        { class: 'than-bai', 'data-field': 'nội dung' },
        h('h2', {}, 'Nội dung'),
        h(
          'p',
          { class: 'giai-thich' },
          'Viết bằng Markdown; chỉ chèn thành phần từ danh sách, không dùng mã HTML. Dấu < và { gõ vào được giữ là chữ.',
        ),
        h('div', { class: 'cong-cu' }, ...tools),
        holder,
      ),
    );
    view = bodyEditor(holder, entry.body, readOnly);
    element.append(previewPane(collection, () => view!.state.doc.toString()));
  }
  const actions = h('div', { class: 'hanh-dong' });
  if (!readOnly) {
    const save = h('button', { type: 'submit' }, 'Lưu');
    save.addEventListener('click', async () => {
      const data = readInto(entry.data, controls);
      const target = id ?? slug!.value.trim();
      status.textContent = 'Đang kiểm tra…';
      const result = await api<{
        ok: boolean;
        problems?: ContentProblem[];
        error?: string;
        hosted?: { branch?: string };
      }>(`entry/${collection.name}/${encodeURIComponent(target)}`, {
        method: id ? 'PUT' : 'POST',
        body: JSON.stringify({ data, body: view?.state.doc.toString() ?? '' }),
      });
      if (result.body.ok) {
        showProblems(element, summary, []);
        const branch = result.body.hosted?.branch;
        status.textContent = branch ? `Đã lưu vào bản nháp (nhánh ${branch}).` : 'Đã lưu.';
        if (!id) {
          flash = 'Đã lưu.';
          isDirty = () => false;
          location.hash = `#/${collection.name}/${target}`;
        } else {
          entry.data = data;
          savedSnapshot = snapshot();
        }
      } else {
        status.textContent = result.body.error ? `Chưa lưu: ${result.body.error}` : 'Chưa lưu.';
        showProblems(element, summary, result.body.problems ?? []);
      }
    });
    actions.append(save);
    if (id && hosted) actions.append(...reviewControls(collection, id, status));
    if (id && !hosted) {
      const remove = h('button', { type: 'button', class: 'nguy-hiem' }, 'Xoá mục này');
      remove.addEventListener('click', () => confirmDelete(collection, id));
      actions.append(remove);
    }
  }
  element.append(actions, status);
  const snapshot = () =>
    JSON.stringify([readInto(entry.data, controls), slug?.value ?? '', view?.state.doc.toString() ?? '']);
  let savedSnapshot = snapshot();
  isDirty = () => snapshot() !== savedSnapshot;
  main.replaceChildren(
    h('p', {}, h('a', { href: `#/${collection.name}` }, `← ${collection.label}`)),
    h(
      'h1',
      {},
      id
        ? String(entry.data['title'] ?? entry.data['name'] ?? entry.data['term'] ?? id)
        : `Mục mới: ${collection.label}`,
    ),
    readOnly ? h('p', { class: 'chu-y' }, 'Chỉ xem: kế hoạch được nhập bằng lệnh npm run import-plan.') : '',
    summary,
    element,
  );
}

/** Hosted mode's "Gửi duyệt" and "Lịch sử" buttons, and the list the history shows in. */
function reviewControls(collection: CollectionInfo, id: string, status: HTMLElement): HTMLElement[] {
  const submit = h('button', { type: 'button', class: 'phu' }, 'Gửi duyệt');
  const show = h('button', { type: 'button', class: 'phu' }, 'Lịch sử');
  const history = h('section', { 'aria-label': 'Lịch sử của mục' });
  submit.addEventListener('click', async () => {
    status.textContent = 'Đang gửi duyệt…';
    const result = await api<{ ok?: boolean; pull?: { number: number; url: string }; error?: string }>(
      `submit/${collection.name}/${id}`,
      { method: 'POST' },
    );
    status.replaceChildren(
      result.body.pull
        ? h(
            'span',
            {},
            'Đã gửi duyệt: ',
            h('a', { href: result.body.pull.url }, `yêu cầu gộp số ${result.body.pull.number}`),
            '.',
          )
        : `Chưa gửi được: ${result.body.error ?? ''}`,
    );
  });
  show.addEventListener('click', async () => {
    const { body } = await api<
      { when: string; author: string; message: string; url: string }[] | { error: string }
    >(`history/${collection.name}/${id}`);
    history.replaceChildren(
      h('h2', {}, 'Lịch sử'),
      Array.isArray(body)
        ? body.length > 0
          ? h(
              'ol',
              {},
              ...body.map((commit) =>
                h(
                  'li',
                  {},
                  `${commit.when} — ${commit.author}: `,
                  h('a', { href: commit.url }, commit.message),
                ),
              ),
            )
          : h('p', {}, 'Chưa có thay đổi nào được lưu.')
        : h('p', {}, `Không đọc được lịch sử: ${body.error}`),
    );
  });
  return [submit, show, history];
}

async function confirmDelete(collection: CollectionInfo, id: string) {
  const { body: referrers } = await api<{ collection: string; id: string; title: string; via: string }[]>(
    `referrers/${collection.name}/${id}`,
  );
  const labels = new Map(collections.map((c) => [c.name, c.label]));
  const dialog = h('dialog', { 'aria-labelledby': 'xoa-tieu-de' });
  const confirm = h('button', { type: 'button', class: 'nguy-hiem' }, 'Xoá hẳn');
  const cancel = h('button', { type: 'button' }, 'Huỷ');
  dialog.append(
    h('h2', { id: 'xoa-tieu-de' }, `Xoá mục "${id}"?`),
    referrers.length > 0
      ? h(
          'div',
          { class: 'canh-bao' },
          h(
            'p',
            {},
            `Cảnh báo: ${referrers.length} mục đang tham chiếu đến mục này. Sau khi xoá, hãy sửa các mục đó, nếu không kiểm tra nội dung sẽ báo lỗi:`,
          ),
          h(
            'ul',
            {},
            ...referrers.map((r) =>
              h(
                'li',
                {},
                h('a', { href: `#/${r.collection}/${r.id}` }, r.title),
                ` — ${labels.get(r.collection) ?? r.collection}, trường ${r.via}`,
              ),
            ),
          ),
        )
      : h('p', {}, 'Không có mục nào tham chiếu đến mục này.'),
    h('div', { class: 'hanh-dong' }, confirm, cancel),
  );
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  confirm.addEventListener('click', async () => {
    await api(`entry/${collection.name}/${id}`, { method: 'DELETE' });
    isDirty = () => false;
    dialog.close();
    location.hash = `#/${collection.name}`;
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** Asks whether to leave a form with unsaved changes: true to leave, false to stay. */
function confirmLeave(): Promise<boolean> {
  const dialog = h('dialog', { 'aria-labelledby': 'roi-tieu-de', 'aria-describedby': 'roi-noi-dung' });
  const stay = h('button', { type: 'button' }, 'Ở lại để lưu');
  const leave = h('button', { type: 'button', class: 'nguy-hiem' }, 'Bỏ thay đổi và rời đi');
  dialog.append(
    h('h2', { id: 'roi-tieu-de' }, 'Chưa lưu thay đổi'),
    h('p', { id: 'roi-noi-dung' }, UNSAVED),
    h('div', { class: 'hanh-dong' }, stay, leave),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let leaving = false;
    stay.addEventListener('click', () => dialog.close());
    leave.addEventListener('click', () => {
      leaving = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(leaving);
    });
    dialog.showModal();
    stay.focus();
  });
}

/** The address of the page shown, to go back to when a person stays on an unsaved form. */
let shownHash = location.hash;

/** Follows a change of address, first asking when the form shown has unsaved changes. */
async function navigate() {
  const target = location.hash;
  if (target === shownHash) return;
  if (isDirty()) {
    // The address already changed: put the form's back while the person decides.
    window.history.replaceState(null, '', shownHash || location.pathname);
    if (!(await confirmLeave())) return;
    window.history.replaceState(null, '', target);
  }
  isDirty = () => false;
  await route();
}

async function route() {
  shownHash = location.hash;
  const [name, id] = location.hash.replace(/^#\/?/, '').split('/');
  const collection = collections.find((c) => c.name === name);
  for (const link of document.querySelectorAll('nav a')) link.removeAttribute('aria-current');
  if (!collection) {
    main.replaceChildren(
      h('h1', {}, 'Sửa nội dung'),
      h('p', {}, 'Chọn một bộ sưu tập bên trái để xem, sửa, thêm hoặc xoá mục.'),
    );
    return;
  }
  document.querySelector(`nav a[href="#/${collection.name}"]`)?.setAttribute('aria-current', 'page');
  if (id === undefined || id === '') await showList(collection);
  else await showEntry(collection, id === '+moi' ? undefined : decodeURIComponent(id));
}

async function start() {
  collections = (await api<CollectionInfo[]>('collections')).body;
  hosted = (await api<{ hosted: boolean }>('mode')).body.hosted;
  choices = (await api<Choices>('choices')).body;
  document
    .querySelector('nav')!
    .replaceChildren(
      h(
        'ul',
        {},
        ...collections.map((c) =>
          h('li', {}, h('a', { href: `#/${c.name}` }, c.label, c.readOnly ? ' (chỉ xem)' : '')),
        ),
      ),
    );
  window.addEventListener('hashchange', () => void navigate());
  // Closing the tab or leaving the editor: the browser asks, in its own words (browsers show no page text there).
  window.addEventListener('beforeunload', (event) => {
    if (!isDirty()) return;
    // preventDefault() alone asks in every browser the site supports (returnValue is deprecated).
    event.preventDefault();
  });
  await route();
}

void start();
