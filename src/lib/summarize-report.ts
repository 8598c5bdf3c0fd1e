// The short account of a build printed to the terminal, from the same report written to disk.
import type { BuildReport } from '../schemas/report.ts';

/** Lines for the terminal: counts first, then each file with a problem and what it was. */
export function summarizeReport(report: BuildReport, eventCount: number): string[] {
  const count = (status: string) => report.files.filter((file) => file.status === status).length;
  const lines = [
    `${report.files.length} files, ${eventCount} events; ${count('warning')} with warnings, ${count('skipped')} skipped; ${report.unknownNames.length} unknown names`,
  ];
  for (const file of report.files) {
    if (file.status === 'ok') continue;
    for (const message of file.messages) lines.push(`${file.status === 'skipped' ? 'skipped' : 'warning'}: ${file.file}: ${message}`);
  }
  if (report.unknownNames.length > 0) {
    lines.push(`unknown names (add them to content/actors.yaml): ${report.unknownNames.map((entry) => entry.name).join(', ')}`);
  }
  return lines;
}

/** True when strict mode should fail the build: any file skipped or warned about. */
export function hasProblems(report: BuildReport): boolean {
  return report.files.some((file) => file.status !== 'ok');
}
