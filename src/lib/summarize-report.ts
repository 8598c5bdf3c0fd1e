// The short account of a build printed to the terminal, from the same report written to disk.
import type { BuildChanges, BuildReport } from '../schemas/report.ts';

/** "2 added (a, b)", listing at most a few names so a big import stays one readable line. */
function listed(verb: string, keys: readonly string[]): string {
  const shown = keys.slice(0, 5).join(', ');
  return `${keys.length} ${verb}${keys.length > 0 ? ` (${shown}${keys.length > 5 ? `, and ${keys.length - 5} more` : ''})` : ''}`;
}

/** Lines saying what changed since the previous build, or that there was none to compare with. */
export function summarizeChanges(changes: BuildChanges | null): string[] {
  if (changes === null) return ['since the last build: no earlier build in the cache to compare with'];
  const { articles, events, unknownNames } = changes;
  return [
    `since the last build: articles ${listed('new', articles.added)}, ${listed('changed', articles.changed)}, ${listed('removed', articles.removed)}`,
    `since the last build: events ${listed('new', events.added)}, ${listed('changed', events.changed)}, ${listed('removed', events.removed)}`,
    ...(unknownNames.added.length > 0 ? [`since the last build: ${listed('new unknown names', unknownNames.added)}`] : []),
  ];
}

/**
 * Warnings printed before the rest are only counted: a large import warns about hundreds of undated articles, which
 * would bury the counts. Every one stays in the build report; skipped files are all printed.
 */
export const PRINTED_WARNINGS = 40;

/**
 * Lines for the terminal: counts first, then each file skipped and what it was, then the first warnings; past
 * PRINTED_WARNINGS, a line saying where every one is (`fullReport`: "dist/build-report.json").
 */
export function summarizeReport(report: BuildReport, eventCount: number, fullReport: string): string[] {
  const count = (status: string) => report.files.filter((file) => file.status === status).length;
  const lines = [
    `${report.files.length} files, ${eventCount} events; ${count('warning')} with warnings, ${count('skipped')} skipped; ${report.unknownNames.length} unknown names`,
    `articles: ${report.extraction.parsed} parsed, ${report.extraction.reused} re-used from the cache of earlier builds`,
  ];
  const problems = (status: 'skipped' | 'warning') =>
    report.files.filter((file) => file.status === status).flatMap((file) => file.messages.map((message) => `${status}: ${file.file}: ${message}`));
  const warnings = problems('warning');
  lines.push(...problems('skipped'), ...warnings.slice(0, PRINTED_WARNINGS));
  if (warnings.length > PRINTED_WARNINGS) lines.push(`and ${warnings.length - PRINTED_WARNINGS} more warnings, every one in ${fullReport}`);
  if (report.unknownNames.length > 0) {
    lines.push(`unknown names (add them to content/actors.yaml): ${report.unknownNames.map((entry) => entry.name).join(', ')}`);
  }
  return [...lines, ...summarizeChanges(report.changes)];
}

/** True when strict mode should fail the build: any file skipped or warned about. */
export function hasProblems(report: BuildReport): boolean {
  return report.files.some((file) => file.status !== 'ok');
}
