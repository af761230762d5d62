import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontsourceFaces, siteFontFamilies, SUBSETS } from '../../../../src/lib/fonts/site-fonts.ts';

describe('fontsourceFaces', () => {
  const faces = fontsourceFaces('@fontsource/noto-sans', [400, 600]);

  it('gives one woff2 file per weight and subset, each of which exists', () => {
    expect(faces.map(({ weight, src }) => `${weight} ${src[0].split('/').pop()}`)).toEqual([
      '400 noto-sans-latin-400-normal.woff2',
      '400 noto-sans-vietnamese-400-normal.woff2',
      '600 noto-sans-latin-600-normal.woff2',
      '600 noto-sans-vietnamese-600-normal.woff2',
    ]);
    for (const { src } of faces) expect(existsSync(src[0]), src[0]).toBe(true);
  });

  it("takes each subset's unicode-range from the package's CSS", () => {
    const [latin, vietnamese] = faces;
    expect(latin!.unicodeRange).toContain('U+0000-00FF');
    // The Vietnamese letters outside Latin-1: ă đ ĩ ũ ơ ư and the precomposed ạ…ỹ.
    expect(vietnamese!.unicodeRange).toEqual(
      expect.arrayContaining(['U+0102-0103', 'U+0110-0111', 'U+01A0-01A1', 'U+01AF-01B0', 'U+1EA0-1EF9']),
    );
  });

  it('fails with the file it looked for when a weight has no such subset', () => {
    expect(() => fontsourceFaces('@fontsource/noto-sans', [450])).toThrow(/450\.css/);
  });
});

describe('siteFontFamilies', () => {
  it('names at most three faces, each in the Latin and Vietnamese subsets', () => {
    const faces = siteFontFamilies().flatMap(({ name, faces }) =>
      faces.map((face) => `${name} ${face.weight}`),
    );
    expect(new Set(faces)).toEqual(new Set(['Noto Sans 400', 'Noto Sans 600', 'Noto Serif 700']));
    expect(faces).toHaveLength(3 * SUBSETS.length);
  });

  it('never swaps a font in under the reader (font-display: optional)', () => {
    for (const family of siteFontFamilies()) expect(family.display).toBe('optional');
  });
});

/** `U+0102-0103` → [[0x102, 0x103]]. */
function intervals(ranges: readonly string[]): [number, number][] {
  return ranges.map((range) => {
    const [start = '', end = start] = range.replace(/^U\+/, '').split('-');
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

describe('các phông của sổ tay và chữ tiếng Việt', () => {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const letters = [
    ...vowels.flatMap((vowel) => tones.map((tone) => vowel + tone)),
    'đ',
    ...'bcdghklmnpqrstvx',
  ]
    .map((letter) => letter.normalize('NFC'))
    .flatMap((letter) => [letter, letter.toUpperCase()]);
  const covered = (family: ReturnType<typeof siteFontFamilies>[number], char: string) =>
    intervals(family.faces.flatMap((face) => face.unicodeRange)).some(
      ([start, end]) => char.codePointAt(0)! >= start && char.codePointAt(0)! <= end,
    );

  it.each(siteFontFamilies().map((family) => [family.name, family] as const))(
    '%s có mọi chữ cái tiếng Việt ở dạng dựng sẵn (NFC)',
    (_, family) => {
      expect(letters).toHaveLength(2 * (12 * 6 + 1 + 16));
      expect(letters.filter((letter) => !covered(family, letter))).toEqual([]);
    },
  );

  it('"ễ" tách dấu (NFD) cần dấu mũ U+0302, không có trong bộ chữ nào: vì thế bản dựng đưa chữ về NFC', () => {
    const [sans] = siteFontFamilies();
    const parts = [...'ễ'.normalize('NFD')];
    expect(parts.map((char) => char.codePointAt(0)!.toString(16))).toEqual(['65', '302', '303']);
    expect(parts.filter((char) => !covered(sans!, char))).toEqual(['\u0302']);
  });
});
