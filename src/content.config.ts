/**
 * Wires the collections of SPEC §2 to their folders under `content/` and to their
 * schemas in `src/schemas/`; folders and file kinds come from the registry (`src/schemas/registry.ts`),
 * whose test fails if a collection here has no row there. Cross-links use Astro's `reference()`; that they resolve is
 * checked before the build by `src/lib/content-check/` (Astro does not check it).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { type ReferenceFactory } from './schemas/common.ts';
import { REGISTRY, type CollectionName } from './schemas/registry.ts';
import { collectionSchemas } from './schemas/index.ts';
import { contentRoot } from './lib/content-root.ts';

const schemas = collectionSchemas({ reference: reference as unknown as ReferenceFactory });

/** A collection loads the files of its one extension, directly in its folder; the checker refuses any other file there. */
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  const { folder, extension } = REGISTRY[name];
  return defineCollection({
    loader: glob({ base: `${contentRoot()}/${folder}`, pattern: `*${extension}` }),
    schema,
  });
}

export const collections = {
  plans: collection('plans', schemas.plans),
  themes: collection('themes', schemas.themes),
  documents: collection('documents', schemas.documents),
  campaigns: collection('campaigns', schemas.campaigns),
  examples: collection('examples', schemas.examples),
  organizations: collection('organizations', schemas.organizations),
  glossary: collection('glossary', schemas.glossary),
  lessons: collection('lessons', schemas.lessons),
  events: collection('events', schemas.events),
  changes: collection('changes', schemas.changes),
  pages: collection('pages', schemas.pages),
};
