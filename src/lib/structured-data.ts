/**
 * JSON-LD (schema.org) for search engines and other machines: the site and its search,
 * breadcrumbs, cited documents as `Legislation`, bodies as `Organization`, occasions as
 * `Event`. Only verified facts go in: a field the content marks "chưa xác minh" is left
 * out, never guessed.
 */

/** One JSON-LD node. */
export type JsonLdNode = Record<string, unknown>;

/** The query-string placeholder of the site search in a `SearchAction`. */
const SEARCH_TERM = 'search_term_string';

/** The site, with the search people can run from a search engine's results. */
export function websiteJsonLd(site: { name: string; description: string; url: string }): JsonLdNode {
  return {
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: 'vi',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: new URL(`/tim-kiem/?q={${SEARCH_TERM}}`, site.url).href },
      'query-input': `required name=${SEARCH_TERM}`,
    },
  };
}

/** The breadcrumb trail of a page, home first, with absolute URLs. */
export function breadcrumbJsonLd(crumbs: readonly { href: string; label: string }[], site: URL): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/** What a cited document's page knows; `unverified` names the fields not yet confirmed. */
export interface DocumentFacts {
  kind: string;
  symbol?: string | undefined;
  title: string;
  issuer: string;
  issued?: string | undefined;
  summary: string;
  unverified: readonly string[];
}

/**
 * A cited document as `Legislation`. Its name is the official title when verified, else
 * its kind and symbol ("Nghị quyết 06/NQ-ĐCT"); with neither, it has no name rather than
 * a made-up one. Symbol and date appear only when known (the schema keeps unverified
 * ones empty).
 */
export function legislationJsonLd(document: DocumentFacts, url: string): JsonLdNode {
  const titleVerified = !document.unverified.includes('title');
  const name = titleVerified
    ? document.title
    : document.symbol
      ? `${document.kind} ${document.symbol}`
      : undefined;
  const issuer = { '@type': 'Organization', name: document.issuer };
  return withoutEmpty({
    '@type': 'Legislation',
    name,
    legislationType: document.kind,
    legislationIdentifier: document.symbol,
    legislationDate: document.issued,
    legislationPassedBy: issuer,
    author: issuer,
    description: document.summary,
    inLanguage: 'vi',
    url,
  });
}

/** A body named in the plan, as `Organization`. */
export function organizationJsonLd(
  organization: { name: string; shortName?: string | undefined; summary: string },
  url: string,
): JsonLdNode {
  return withoutEmpty({
    '@type': 'Organization',
    name: organization.name,
    alternateName: organization.shortName,
    description: organization.summary,
    url,
  });
}

/** An occasion of the plan's year, as `Event` (no place or organiser: the content has none). */
export function eventJsonLd(
  event: { name: string; date: string; description: string },
  url: string,
): JsonLdNode {
  return {
    '@type': 'Event',
    name: event.name,
    startDate: event.date,
    description: event.description,
    url,
  };
}

/** Wraps nodes in one JSON-LD document. */
export function jsonLdDocument(nodes: readonly JsonLdNode[]): JsonLdNode {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text in
 * the content can close the script element early.
 */
export function serializeJsonLd(document: JsonLdNode): string {
  return JSON.stringify(document).replaceAll('<', '\\u003c');
}

function withoutEmpty(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && value !== ''));
}
