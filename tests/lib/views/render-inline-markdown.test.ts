import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInlineMarkdown } from '../../../src/lib/views/render-inline-markdown.ts';

describe('renderInlineMarkdown', () => {
  it('renders inline emphasis and safe links', () => {
    expect(renderInlineMarkdown('The *LNA* said so.')).toBe('The <em>LNA</em> said so.');
    expect(renderInlineMarkdown('See [TASS](https://tass.ru/a?b=1&c=2).')).toBe(
      'See <a href="https://tass.ru/a?b=1&amp;c=2" rel="noopener noreferrer">TASS</a>.',
    );
  });

  it('leaves plain text, quotes and Cyrillic as written', () => {
    expect(renderInlineMarkdown('«Вагнер» — l’armée')).toBe('«Вагнер» — l’armée');
  });
});

describe('renderInlineMarkdown on hostile input', () => {
  it('shows raw HTML as text', () => {
    expect(renderInlineMarkdown('Hi <script>alert(1)</script> there')).toBe('Hi &lt;script&gt;alert(1)&lt;/script&gt; there');
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderInlineMarkdown('<!-- hidden -->')).toBe('&lt;!-- hidden --&gt;');
  });

  it('keeps the words of javascript:, data: and relative links but not the link', () => {
    expect(renderInlineMarkdown('[click](javascript:alert(1))')).toBe('click');
    expect(renderInlineMarkdown('[click]( JAVASCRIPT:alert(1))')).toBe('click');
    expect(renderInlineMarkdown('<javascript:alert(1)>')).toBe('javascript:alert(1)');
    expect(renderInlineMarkdown('[x](data:text/html,hi)')).toBe('x');
    expect(renderInlineMarkdown('[home](/events/)')).toBe('home');
  });

  it('never loads an image: the alt text stays', () => {
    expect(renderInlineMarkdown('![a "tank"](https://tracker.example/p.gif)')).toBe('a &quot;tank&quot;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
