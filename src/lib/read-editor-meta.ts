// Reads the facts an editor adds by hand: YAML front matter at the top of an article, and the
// sidecar `<article file>.meta.yaml` beside it (for files editors must not touch). The sidecar
// wins field by field. Broken YAML is a warning with its line; the article is still parsed.
import { parseDocument } from 'yaml';
import { EditorMetaSchema, type EditorMeta } from '../schemas/editor-meta.ts';
import { formatIssues } from '../schemas/format-issues.ts';
import type { Article, Message } from './article.ts';

/** Front matter: `---` on the first line, YAML, then `---` (or `...`) on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The fields of one YAML text, or warnings naming the line; `firstLine` is the YAML's first line in its file. */
export function parseEditorYaml(yaml: string, where: string, firstLine: number): { meta: EditorMeta; messages: Message[] } {
  const document = parseDocument(yaml);
  if (document.errors.length > 0) {
    const lastLine = yaml.split('\n').length;
    const messages = document.errors.map((error): Message => {
      // Errors at the end of the input point one line past it.
      const line = firstLine + Math.min(error.linePos?.[0].line ?? 1, lastLine) - 1;
      return { severity: 'warning', line, text: `${where}: malformed YAML at line ${line}: ${error.message.split('\n')[0]}; ignored` };
    });
    return { meta: {}, messages };
  }
  let value: unknown;
  try {
    value = document.toJS() ?? {};
  } catch (error) {
    // Parsing succeeded but building the value did not: an alias bomb ("excessive alias count") is refused here, unexpanded.
    return { meta: {}, messages: [{ severity: 'warning', line: firstLine, text: `${where}: malformed YAML: ${(error as Error).message.split('\n')[0]}; ignored` }] };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { meta: {}, messages: [{ severity: 'warning', line: firstLine, text: `${where}: expected YAML fields (key: value); ignored` }] };
  }
  const parsed = EditorMetaSchema.safeParse(value);
  if (!parsed.success) {
    return { meta: {}, messages: formatIssues(where, parsed.error).map((text) => ({ severity: 'warning', text: `${text}; editor metadata ignored` })) };
  }
  return { meta: parsed.data, messages: [] };
}

/** Drops fields whose value is undefined, so a sidecar never blanks what front matter said. */
function definedFields(meta: EditorMeta): EditorMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as EditorMeta;
}

/** Splits off front matter and merges it with the sidecar's fields (sidecar winning) into `article.editor`. */
export function readEditorMeta(article: Article, sidecar?: { file: string; text: string }): Article {
  const match = FRONT_MATTER.exec(article.raw);
  const front = match ? parseEditorYaml(match[1] ?? '', 'front matter', 2) : { meta: {}, messages: [] };
  const side = sidecar ? parseEditorYaml(sidecar.text, sidecar.file, 1) : { meta: {}, messages: [] };
  return {
    ...article,
    body: match ? article.raw.slice(match[0].length) : article.raw,
    editor: { ...definedFields(front.meta), ...definedFields(side.meta) },
    messages: [...article.messages, ...front.messages, ...side.messages],
  };
}
