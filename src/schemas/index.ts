/** Every collection's schema by collection name, for Astro and for the content checker alike. */
import type { SchemaContext } from './common.ts';
import type { CollectionName } from './registry.ts';
import { campaignSchema } from './campaign.ts';
import { changeSchema } from './change.ts';
import { documentSchema } from './document.ts';
import { eventSchema } from './event.ts';
import { exampleSchema } from './example.ts';
import { glossarySchema } from './glossary.ts';
import { lessonSchema } from './lesson.ts';
import { organizationSchema } from './organization.ts';
import { pageSchema } from './page.ts';
import { planSchema } from './plan.ts';
import { themeSchema } from './theme.ts';

/** Builds the schema of each collection from a context (how to make references). */
export function collectionSchemas(context: SchemaContext) {
  return {
    plans: planSchema,
    themes: themeSchema(context),
    documents: documentSchema(context),
    campaigns: campaignSchema(context),
    examples: exampleSchema(context),
    organizations: organizationSchema(context),
    glossary: glossarySchema(context),
    lessons: lessonSchema(context),
    events: eventSchema(context),
    changes: changeSchema,
    pages: pageSchema(context),
  } satisfies Record<CollectionName, unknown>;
}
