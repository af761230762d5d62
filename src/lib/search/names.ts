/**
 * The other names an entry is known by, indexed as Pagefind metadata so that a search
 * for them ranks the entry like a search for its title: a theme's short title
 * ("Đoàn kết toàn dân"), a document's official title and the plan's wording of it.
 */

/** The fields an entry may carry other names in. */
export interface NamedFields {
  shortTitle?: string | undefined;
  title?: string | undefined;
  planWording?: string | undefined;
}

/** The entry's other names, without repeats or the heading it is shown under. */
export function otherNames(fields: NamedFields, heading: string): string[] {
  const names = [fields.shortTitle, fields.title, fields.planWording].filter(
    (name): name is string => Boolean(name) && name !== heading,
  );
  return [...new Set(names)];
}
