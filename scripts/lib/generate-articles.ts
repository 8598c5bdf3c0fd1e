// Articles for the benchmarks, generated from the ones in content/ and tests/fixtures/outlets/:
// each copy has its years shifted and its paragraphs rotated, by its place in the series, so
// that the series reads like a large newsroom archive rather than one text a thousand times.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where the templates come from, relative to the project root. */
const TEMPLATE_FOLDERS = ['content/articles', 'tests/fixtures/outlets'];

/** One generated article: a file name (`bench-0042.txt`) and its bytes. */
export interface GeneratedArticle {
  name: string;
  bytes: Uint8Array;
}

/** The article at `index` of the series made from `text`, the template of that index. */
function variant(text: string, index: number, cycle: number): Uint8Array {
  // Years move by -7 to +7 (kept within 2008–2026), the shift changing with each pass over the templates.
  const shift = ((index + cycle) % 15) - 7;
  const shifted = text.replace(/\b(20[0-2]\d)\b/g, (year) => String(Math.min(2026, Math.max(2008, Number(year) + shift))));
  const [first = '', ...rest] = shifted.split('\n\n');
  // The first paragraph (title or dateline) stays; the others turn by one more place each time
  // the series comes back to this template.
  const turn = rest.length > 2 ? (1 + cycle) % rest.length : 0;
  return new TextEncoder().encode([first, ...rest.slice(turn), ...rest.slice(0, turn)].join('\n\n'));
}

/** `count` generated articles from the templates under `root`, numbered from `start`; and how many templates they came from. */
export async function generateArticles(root: string, count: number, start = 0): Promise<{ templates: number; articles: GeneratedArticle[] }> {
  const texts: string[] = [];
  for (const folder of TEMPLATE_FOLDERS) {
    const names = await readdir(path.join(root, folder)).catch(() => []);
    for (const name of names.filter((n) => /\.(txt|md)$/.test(n)).sort()) texts.push(await readFile(path.join(root, folder, name), 'utf-8'));
  }
  if (texts.length === 0) throw new Error(`no article to generate from in ${TEMPLATE_FOLDERS.join(' or ')}`);
  const articles = Array.from({ length: count }, (_, offset) => {
    const index = start + offset;
    return {
      name: `bench-${String(index).padStart(4, '0')}.txt`,
      bytes: variant(texts[index % texts.length] ?? '', index, Math.floor(index / texts.length)),
    };
  });
  return { templates: texts.length, articles };
}
