/** The components editors may use in MDX without importing them; names match the checker's list. */
import type { MdxComponentName } from '../../lib/content-check/mdx-policy.ts';
import Callout from './Callout.astro';
import PlanQuote from './PlanQuote.astro';

/** Passed to every `<Content components={mdxComponents} />`. */
export const mdxComponents = { PlanQuote, Callout } satisfies Record<MdxComponentName, unknown>;
