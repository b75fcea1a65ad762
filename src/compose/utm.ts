// UTM tagging of links to the user's own sites (newsletter.siteUrl and utm.domains), done on the data
// before rendering so the email, the plain text, the brief and the threads carry the same link.

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

export function tagUrl(url: string, settings: UtmSettings | undefined, siteUrl: string | undefined, fill: { slug: string; date?: string }): string {
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
  // Existing utm_ parameters are the author's choice: keep them.
  if (!parsed.searchParams.has('utm_source')) parsed.searchParams.set('utm_source', settings.source);
  if (!parsed.searchParams.has('utm_medium')) parsed.searchParams.set('utm_medium', settings.medium);
  if (!parsed.searchParams.has('utm_campaign')) parsed.searchParams.set('utm_campaign', campaign);
  return parsed.href;
}
