// Inline markdown (emphasis, code, links) in article text, with nothing the article says able to
// become markup or a live script: articles are scraped pages, and any of them may carry HTML.
import { Marked, type Tokens } from 'marked';

/** Link targets a reader can follow safely; `javascript:`, `data:` and relative paths are not. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows every character as written. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const markdown = new Marked({
  renderer: {
    // Raw HTML in an article is shown as the text it is, never parsed.
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    // An unsafe target keeps its words and loses the link; a safe one leaves the site quietly.
    link({ href, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!SAFE_LINK.test(href.trim())) return label;
      return `<a href="${escapeHtml(href.trim())}" rel="noopener noreferrer">${label}</a>`;
    },
    // No remote images: a scraped page could track readers through them. The alt text stays.
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

/** `text` as inline HTML: markdown emphasis and safe links rendered, everything else escaped. */
export function renderInlineMarkdown(text: string): string {
  return markdown.parseInline(text, { async: false });
}
