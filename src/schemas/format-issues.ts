import type { z } from 'astro/zod';

/** Turns zod issues into one line per problem, naming the file and the field: "content/actors.yaml: actors.3.type: …". */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${file}: ${field}: ${issue.message}`;
  });
}
