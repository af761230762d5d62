/** Code colours as classes: every colour of both themes has its class in shiki.css. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import githubDark from '@shikijs/themes/github-dark';
import githubLight from '@shikijs/themes/github-light';
import { styleClasses } from '../../../../src/lib/markdown/shiki-classes.ts';

const css = readFileSync('src/styles/shiki.css', 'utf8');

function palette(theme: {
  colors?: Record<string, string>;
  tokenColors?: { settings: { foreground?: string } }[];
}) {
  const colors = new Set([theme.colors!['editor.foreground']!.toLowerCase()]);
  for (const token of theme.tokenColors ?? [])
    if (token.settings.foreground) colors.add(token.settings.foreground.toLowerCase());
  return [...colors];
}

describe('màu mã nguồn thành lớp CSS', () => {
  it('thuộc tính style của Shiki thành các lớp', () => {
    expect(
      styleClasses(
        '--shiki-light:#005CC5;--shiki-light-font-weight:bold;--shiki-dark:#79B8FF;--shiki-dark-font-weight:bold',
      ),
    ).toEqual(['sl-005cc5', 'sh-b', 'sd-79b8ff']);
  });

  it.each([
    ['sáng', githubLight, 'sl', '--shiki-light'],
    ['tối', githubDark, 'sd', '--shiki-dark'],
  ] as const)('mọi màu của giao diện %s có lớp trong shiki.css', (_, theme, prefix, variable) => {
    for (const color of palette(theme as never))
      expect(css).toContain(`.${prefix}-${color.slice(1)} {\n    ${variable}: ${color};`);
  });
});
