/** The content policy runs in the build with the parser options the checker uses. */
import { describe, expect, it } from 'vitest';
import config from '../../../../astro.config.mjs';
import { contentPolicy, MDX_FEATURES } from '../../../../src/lib/content-check/mdx-policy.ts';

describe('chính sách nội dung trong bản dựng', () => {
  const processor = config.markdown?.processor as unknown as {
    name: string;
    options: { features: object; mdastPlugins: unknown[] };
  };

  it('bộ xử lý MDX của bản dựng là Sätteri, có plugin chính sách', () => {
    expect(processor.name).toBe('satteri');
    expect(processor.options.mdastPlugins).toContain(contentPolicy);
  });

  it('cùng các tính năng của trình đọc mà bộ kiểm tra dùng', () => {
    // @astrojs/mdx lays markdown.gfm and markdown.smartypants over these (both default to true).
    expect(processor.options.features).toEqual(MDX_FEATURES);
    expect(config.markdown?.gfm).not.toBe(false);
    expect(config.markdown?.smartypants).not.toBe(false);
  });
});
