/**
 * Every page and data file of the build is NFC (src/integrations/finish-site.ts): a
 * decomposed letter would take its tone marks from another font than the site's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEXT_FILES } from '../../src/integrations/finish-site.ts';
import { distFiles } from './built-site.ts';

describe('chữ của bản dựng ở dạng dựng sẵn (NFC)', () => {
  const files = distFiles().filter((file) => TEXT_FILES.test(file));

  it('đủ tệp để kiểm tra', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('không tệp nào có chữ tổ hợp (dấu rời) mà NFC gộp được', () => {
    const decomposed = files.filter((file) => {
      const text = readFileSync(`dist/${file}`, 'utf8');
      return text.normalize('NFC') !== text;
    });
    expect(decomposed).toEqual([]);
  });
});
