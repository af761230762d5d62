/** Pages of the offline feature that search engines must not list. */

/** The page the service worker shows for a page that was never saved, when there is no network. */
export const OFFLINE_PAGE_PATH = '/ngoai-tuyen/';

/** Pages that exist for people in a particular situation, not for search results. */
export const NOINDEX_PATHS: readonly string[] = ['/404/', OFFLINE_PAGE_PATH];
