/**
 * The registry against what it summarises: the collections `src/content.config.ts` wires
 * (loaded with Astro's helpers mocked, as Starlight's `mockedAstroContent` does) and the
 * reference fields the zod schemas declare.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchemas } from '../../../src/schemas/index.ts';
import type { ReferenceFactory } from '../../../src/schemas/common.ts';
import { COLLECTIONS, REGISTRY, isCollection, type CollectionName } from '../../../src/schemas/registry.ts';

vi.mock('astro:content', () => ({
  defineCollection: (config: unknown) => config,
  reference: (collection: string) => z.string().meta({ reference: collection }),
}));
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => ({ glob: options }) }));

const { collections } = await import('../../../src/content.config.ts');

/** The target of every `reference()` call the schemas make, recorded without the registry's reading of fields. */
function referenceCalls(): CollectionName[] {
  const calls: CollectionName[] = [];
  const recording = ((target: CollectionName) => {
    calls.push(target);
    return z.string();
  }) as unknown as ReferenceFactory;
  collectionSchemas({ reference: recording });
  return calls;
}

describe('registry', () => {
  it('has one row per collection of content.config.ts, and no other', () => {
    expect([...COLLECTIONS].sort()).toEqual(Object.keys(collections).sort());
  });

  it.each(COLLECTIONS)('%s: content.config.ts loads its folder and its one kind of file', (name) => {
    const { loader } = collections[name] as unknown as {
      loader: { glob: { base: string; pattern: string } };
    };
    expect(loader.glob.base.endsWith(`/${REGISTRY[name].folder}`)).toBe(true);
    expect(loader.glob.pattern).toBe(`*${REGISTRY[name].extension}`);
  });

  it('names each row after its collection, with labels and a path for readers', () => {
    for (const name of COLLECTIONS) {
      const info = REGISTRY[name];
      expect(info.name).toBe(name);
      expect(info.singular).toBe(info.singular.toLowerCase());
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.path).toMatch(/^\/(?:[a-z-]+\/)?$/);
    }
    expect(new Set(COLLECTIONS.map((name) => REGISTRY[name].path)).size).toBe(COLLECTIONS.length);
  });

  it('tells a collection name from any other text', () => {
    expect(isCollection('documents')).toBe(true);
    expect(isCollection('toString')).toBe(false);
    expect(isCollection('document')).toBe(false);
  });

  it('reads as many reference fields as the schemas make references, to the same collections', () => {
    const expected = referenceCalls().sort();
    const registered = COLLECTIONS.flatMap((name) =>
      REGISTRY[name].references.map((field) => field.target),
    ).sort();
    expect(registered).toEqual(expected);
  });

  it.each([
    [
      'themes',
      [
        'levelTasks:organizations:organization',
        'documents:documents',
        'campaigns:campaigns',
        'changes:changes',
        'plan:plans',
      ],
    ],
    ['lessons', ['themes:themes', 'plan:plans']],
    ['documents', ['status:documents:replacedBy', 'changes:changes', 'plan:plans']],
    ['plans', []],
    ['changes', []],
  ] as const)('%s: the reference fields its schema declares', (name, fields) => {
    expect(
      REGISTRY[name].references.map(({ field, target, key }) =>
        [field, target, key].filter(Boolean).join(':'),
      ),
    ).toEqual(fields);
  });

  it('marks single references and lists of references apart', () => {
    expect(REGISTRY.themes.references.filter((field) => !field.list).map((field) => field.field)).toEqual([
      'plan',
    ]);
    expect(REGISTRY.documents.references.find((field) => field.field === 'status')).toEqual({
      field: 'status',
      target: 'documents',
      list: false,
      key: 'replacedBy',
    });
  });
});
