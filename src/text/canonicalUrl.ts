// Links to articles without the tracking a share added (?utm_source=fb&fbclid=…): readers of the
// newsletter get the clean address, and two saves of one story compare equal.

/** Query parameters that only track a click: ad and social click ids, mail-campaign ids. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid',
  'ref_src', 'ref_url', 'cmpid', 'ncid', 'sr_share', 'at_medium', 'at_campaign',
]);

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return k.startsWith('utm_') || TRACKING.has(k);
}

/** How many tracking parameters a URL carries (0 for a clean URL or one that does not parse). */
export function trackingCount(url: string | undefined): number {
  if (!url) return 0;
  try {
    return [...new URL(url).searchParams.keys()].filter(isTracking).length;
  } catch {
    return 0;
  }
}

/** The URL without tracking parameters; everything else (path, other parameters, fragment) kept. */
export function stripTracking(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!/^https?:$/.test(parsed.protocol)) return url;
  const keys = [...parsed.searchParams.keys()];
  if (!keys.some(isTracking)) return url;
  for (const key of keys) if (isTracking(key)) parsed.searchParams.delete(key);
  return parsed.href;
}

/** One key for one page: host without www, path without a trailing slash, no tracking, no fragment. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(stripTracking(url));
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}${u.search}`;
  } catch {
    return url;
  }
}
