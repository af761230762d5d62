import { describe, expect, it } from 'vitest';
import { entryFromPath, entryHref } from '../../../src/lib/site.ts';
import { COLLECTIONS } from '../../../src/schemas/registry.ts';

describe('entryFromPath', () => {
  it.each(COLLECTIONS.filter((collection) => collection !== 'plans'))(
    'đọc ngược được đường dẫn của một mục %s',
    (collection) => {
      expect(entryFromPath(entryHref(collection, 'mot-muc'))).toEqual({ collection, id: 'mot-muc' });
    },
  );

  it.each([
    '/',
    '/van-ban/',
    '/ke-hoach/2022/#II-1-4',
    '/thuat-ngu/',
    '/bai-giang/bai-1/trinh-chieu/',
    '/tim-kiem/?q=x',
  ])('%s không phải trang của một mục', (path) => expect(entryFromPath(path)).toBeUndefined());

  it('một neo trên trang của mục vẫn là mục đó', () => {
    expect(entryFromPath('/van-ban/01-kl-tw/#ke-hoach-trich-dan')).toEqual({
      collection: 'documents',
      id: '01-kl-tw',
    });
  });
});
