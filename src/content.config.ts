/**
 * Wires the collections of SPEC §2 to their folders under `content/` and to their
 * schemas in `src/schemas/`. Cross-links use Astro's `reference()`; that they resolve is
 * checked before the build by `src/lib/content-check/` (Astro does not check it).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { CollectionName, ReferenceFactory } from './schemas/common.ts';
import { collectionSchemas } from './schemas/index.ts';
import { contentRoot } from './lib/content-root.ts';

const schemas = collectionSchemas({ reference: reference as unknown as ReferenceFactory });

function collection<S extends z.ZodType>(name: CollectionName, pattern: string, schema: S) {
  return defineCollection({ loader: glob({ base: `${contentRoot()}/${name}`, pattern }), schema });
}

export const collections = {
  plans: collection('plans', '*.yaml', schemas.plans),
  themes: collection('themes', '*.mdx', schemas.themes),
  documents: collection('documents', '*.mdx', schemas.documents),
  campaigns: collection('campaigns', '*.mdx', schemas.campaigns),
  examples: collection('examples', '*.mdx', schemas.examples),
  organizations: collection('organizations', '*.mdx', schemas.organizations),
  glossary: collection('glossary', '*.yaml', schemas.glossary),
  lessons: collection('lessons', '*.mdx', schemas.lessons),
  events: collection('events', '*.yaml', schemas.events),
  changes: collection('changes', '*.yaml', schemas.changes),
  pages: collection('pages', '*.mdx', schemas.pages),
};
