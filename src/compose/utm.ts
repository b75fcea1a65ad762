// UTM tagging of links to the user's own sites (newsletter.siteUrl and utm.domains), done on the data
// before rendering. Each channel says where a click came from: the email, its plain text and the
// brief carry utm.source / utm.medium (newsletter / email by default); a post carries
// utm_source=<platform>&utm_medium=social. One set of utm_* only: tagging replaces any already there.

export interface UtmSettings {
  source: string;
  medium: string;
  /** Campaign name; {slug} and {date} are filled in. */
  campaign: string;
  /** Extra hosts that count as the user's own (the siteUrl's host always does). */
  domains: string[];
}

function ownHosts(settings: UtmSettings, siteUrl: string | undefined): string[] {
  const hosts = settings.domains.map((d) => d.toLowerCase().replace(/^www\./, ''));
  try {
    if (siteUrl) hosts.push(new URL(siteUrl).hostname.toLowerCase().replace(/^www\./, ''));
  } catch {
    // an invalid siteUrl is reported by config validation
  }
  return hosts;
}

/** Where a link is shown: the email (the configured source and medium) or a platform's posts. */
export type UtmChannel = 'email' | { platform: string };

export function tagUrl(url: string, settings: UtmSettings | undefined, siteUrl: string | undefined, fill: { slug: string; date?: string }, channel: UtmChannel = 'email'): string {
  if (!settings) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!/^https?:$/.test(parsed.protocol)) return url;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (!ownHosts(settings, siteUrl).some((own) => host === own || host.endsWith(`.${own}`))) return url;
  const campaign = settings.campaign.replace(/\{slug\}/g, fill.slug).replace(/\{date\}/g, fill.date ?? '');
  // Tags already on the link (a shared link's own) would make a second, contradicting set.
  for (const key of [...parsed.searchParams.keys()]) if (key.toLowerCase().startsWith('utm_')) parsed.searchParams.delete(key);
  const social = channel !== 'email';
  parsed.searchParams.set('utm_source', social ? channel.platform : settings.source);
  parsed.searchParams.set('utm_medium', social ? 'social' : settings.medium);
  parsed.searchParams.set('utm_campaign', campaign);
  return parsed.href;
}
