import { defineCollection } from 'astro:content';
import { ActorSchema } from './schemas/actor.ts';
import { RetiredAddressesSchema } from './schemas/id-lock.ts';
import { EventSchema } from './schemas/event.ts';
import { BuildReportSchema } from './schemas/report.ts';
import { SourceSchema } from './schemas/source.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const events = defineCollection({ loader: articlesLoader('events'), schema: EventSchema });
const actors = defineCollection({ loader: articlesLoader('actors'), schema: ActorSchema });
const sources = defineCollection({ loader: articlesLoader('sources'), schema: SourceSchema });
const report = defineCollection({ loader: articlesLoader('report'), schema: BuildReportSchema });
const retired = defineCollection({ loader: articlesLoader('retired'), schema: RetiredAddressesSchema });

export const collections = { events, actors, sources, report, retired };
