import { describe, expect, it } from 'vitest';
import { fontFaceSheets } from '../../../src/integrations/own-code.ts';

/** The shape of the module Astro's Fonts API generates for `<Font>` (vite-plugin-fonts). */
function fontsModule(entries: unknown): string {
  return `
    export const componentDataByCssVariable = new Map(${JSON.stringify(entries)});
    export const fontDataByCssVariable = {}
  `;
}

describe('fontFaceSheets: @font-face của Fonts API được nhận là mã riêng của trang', () => {
  it('đọc CSS của từng họ phông trong mô-đun Astro sinh ra', () => {
    const sans = '@font-face{font-family:"Noto Sans-1";src:url("/_astro/fonts/a.woff2") format("woff2")}';
    const serif = '@font-face{font-family:"Noto Serif-2";src:url("/_astro/fonts/b.woff2") format("woff2")}';
    const code = fontsModule([
      ['--font-noto-sans', { preloads: [], css: sans }],
      ['--font-noto-serif', { preloads: [], css: serif }],
    ]);
    expect(fontFaceSheets(code)).toEqual([sans, serif]);
  });

  it.each([
    ['mô-đun khác', 'export default 1;'],
    ['dữ liệu không phải danh sách', fontsModule({ css: 'x' })],
    ['mục không có css', fontsModule([['--font-x', { preloads: [] }]])],
  ])('không nhận gì khi gặp %s (hỏng thì đóng, không tin nhầm)', (_label, code) => {
    expect(fontFaceSheets(code)).toEqual([]);
  });
});
