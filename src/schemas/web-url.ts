import { z } from 'astro/zod';

/** An http(s) address: the only kind of link the site makes from what an article or an editor gives. */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' });
