import { z } from 'astro/zod';
import { WebUrlSchema } from './web-url.ts';

const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  // YAML turns `2021-04-16` into a Date; editors may also write "2021-04" or "2021".
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!/^\d{4}(-\d{2}){0,2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"` });
    return z.NEVER;
  }
  return text;
});

/**
 * Facts an editor states about an article, in YAML front matter or in a sidecar `<file>.meta.yaml`.
 * Synonyms are folded while validating, so later stages see one shape.
 */
export const EditorMetaSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    date: isoDate.optional(),
    published: isoDate.optional(),
    outlet: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1).optional(),
    // Web addresses only: a `javascript:` or `data:` URL would become a live link on the source page.
    url: WebUrlSchema.optional(),
    language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"').optional(),
    /** Free text: how the editor established these facts. */
    note: z.string().optional(),
  })
  .transform(({ date, published, outlet, source, ...rest }) => {
    const when = published ?? date;
    const by = outlet ?? source;
    return { ...rest, ...(when ? { published: when } : {}), ...(by ? { outlet: by } : {}) };
  });

export type EditorMeta = z.infer<typeof EditorMetaSchema>;
