import { defineCollection } from 'astro:content';
import { ActorSchema } from './schemas/actor.ts';
import { EventSchema } from './schemas/event.ts';
import { BuildReportSchema } from './schemas/report.ts';
import { SourceSchema } from './schemas/source.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const events = defineCollection({ loader: articlesLoader('events'), schema: EventSchema });
const actors = defineCollection({ loader: articlesLoader('actors'), schema: ActorSchema });
const sources = defineCollection({ loader: articlesLoader('sources'), schema: SourceSchema });
const report = defineCollection({ loader: articlesLoader('report'), schema: BuildReportSchema });

export const collections = { events, actors, sources, report };
