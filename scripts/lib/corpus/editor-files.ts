// The editor's metadata a report may come with: YAML front matter at the top of an `.md` file, or a
// sidecar `<file>.meta.yaml` beside it, as README's "Adding an article" describes them.
import type { Outlet } from './outlets.ts';
import type { Random } from './random.ts';
import type { ReportPlan } from './write-report.ts';

/** The YAML front matter the plan asks for (an `.md` file), or "". */
export function frontMatter(plan: ReportPlan, headline: string, outlet: Outlet): string {
  const title = `title: "${headline.replace(/"/g, '\\"')}"`;
  const publication = plan.dating.publication;
  if (plan.brokenFrontMatter) return `---\n${title}\npublished: [${publication?.day ?? plan.happening.date}\noutlet: ${outlet.name}\n---\n`;
  if (publication?.source === 'front-matter') {
    const key = publication.format === 'date' ? 'date' : 'published';
    const day = key === 'date' ? plan.happening.date : publication.day;
    return `---\n${title}\n${key}: ${day}\noutlet: ${outlet.name}\nlanguage: ${outlet.language}\n---\n`;
  }
  if (plan.plainFrontMatter) return `---\n${title}\noutlet: ${outlet.name}\n---\n`;
  return '';
}

/** A sidecar giving the publication day an editor looked up. */
export function sidecarText(day: string, outlet: Outlet, random: Random): string {
  const note = random.pick(['Date from the outlet’s archive page.', 'Pasted without its date line; date checked on the site.', 'Saved by the desk.']);
  return `published: ${day}\noutlet: ${outlet.name}\nnote: ${note}\n`;
}
