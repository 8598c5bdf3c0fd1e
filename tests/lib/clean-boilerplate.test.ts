import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../src/lib/article.ts';
import { classifyLine, cleanBoilerplate } from '../../src/lib/clean-boilerplate.ts';
import { normalizeText } from '../../src/lib/decode-text.ts';

const clean = (body: string, file = 'content/articles/a.txt') => cleanBoilerplate(createArticle(file, body, 'utf-8'));
const seed = (name: string) => clean(normalizeText(readFileSync(path.resolve(import.meta.dirname, '../../content/articles', name), 'utf-8')));

describe('classifyLine', () => {
  it('takes a long line of code or markup for junk, and a long sentence with brackets for prose', () => {
    const script = Array.from({ length: 40 }, () => 'window.dataLayer.push({"id": ad_slot}); var x = f(e);').join(' ');
    expect(classifyLine(script)).toBe('junk');
    const prose =
      'Russia’s deputy defence minister (Yunus-bek Yevkurov) met the commander of the Libyan National Army (LNA) in Benghazi on Tuesday, ' +
      'the third such visit (after August and September 2023) in as many months, the army’s media office said in a statement.';
    expect(prose.length).toBeGreaterThan(200);
    expect(classifyLine(prose)).toBe('prose');
  });

  it('tells the kinds of line apart', () => {
    expect(classifyLine('||||||||')).toBe('junk');
    expect(classifyLine('Related Articles')).toBe('marker');
    expect(classifyLine('Lire aussi : Moscou et Tripoli signent un accord')).toBe('marker');
    expect(classifyLine('Читайте также')).toBe('marker');
    expect(classifyLine('Facebook Twitter WhatsApp Telegram Share via Email Print')).toBe('chrome');
    expect(classifyLine('We use cookies to ensure that we give you the best experience on our website. If you continue we will assume that you agree.')).toBe('chrome');
    expect(classifyLine('Updated: 2012-08-22 16:33')).toBe('meta');
    expect(classifyLine('Publié le 13/01/2020 à 21:47 - Modifié le 13/01/2020 à 22:31')).toBe('meta');
    expect(classifyLine('(Xinhua)')).toBe('meta');
    expect(classifyLine('By KAREEM SAFI, Associated Press Writer')).toBe('byline');
    expect(classifyLine('Reporting by Omar Fathi in Benghazi; Writing by Daniel Mourad; Editing by Helen Carr')).toBe('byline');
    expect(classifyLine('Photo : Abdullah DOMA / AFP')).toBe('caption');
    expect(classifyLine('Khalifa Haftar at a parade in Benghazi in May 2018. Photograph: Abdullah Doma/AFP/Getty Images')).toBe('caption');
    expect(classifyLine('Министр иностранных дел России Сергей Лавров. Архивное фото')).toBe('caption');
    expect(classifyLine('AfricaEuropeWar')).toBe('nav');
    expect(classifyLine('World | Africa | Middle East')).toBe('nav');
    expect(classifyLine('Russia was willing to continue military contracts with Libya, Dzirkaln said.')).toBe('prose');
    expect(classifyLine('How did Russian MiG-29s end up at al-Jufra?')).toBe('short');
  });

  it('keeps prose that merely mentions a network or a date', () => {
    expect(classifyLine('Zakharova wrote on Telegram and Twitter that Moscow would respond.')).toBe('prose');
    expect(classifyLine('The contracts signed on 17 April 2008 were worth $2 billion, the agency said.')).toBe('prose');
  });
});

describe('cleanBoilerplate on the seeds', () => {
  it('000: headline above the dateline, related headlines after the body removed', () => {
    const article = seed('000_8790f98fbe18f818.txt');
    expect(article.title).toBe('Russia may resume military cooperation with Libya');
    expect(article.metaLines).toEqual(['Updated: 2012-08-22 16:33', '(Xinhua)']);
    expect(article.text.startsWith('MOSCOW - Russia may soon resume')).toBe(true);
    expect(article.text.endsWith('against the Gaddafi regime.')).toBe(true);
    expect(article.removed).toEqual(expect.arrayContaining([{ text: 'Most Viewed', reason: 'related links' }, { text: 'Obama celebrates young inventors at science fair', reason: 'after the article' }]));
    expect(article.captions).toEqual([]);
  });

  it('001: the caption above the headline is set apart, the tag line removed', () => {
    const article = seed('001_b035ea844ac36d91.txt');
    expect(article.title).toBe('Libya Prompts Russia for Military Defense Cooperation - Russian Contact Group');
    expect(article.metaLines).toEqual(['date 2018-02-20 Register', '20 February 2018']);
    expect(article.captions).toHaveLength(1);
    expect(article.captions[0]).toMatch(/^Marshal Khalifa Haftar, chief of the so-called Libyan National Army.*November 29, 2016$/);
    expect(article.text).not.toContain('November 29, 2016');
    expect(article.removed.at(-1)?.reason).toBe('after the article');
  });

  it('002: no headline line, so the title is the first sentence; repeated paragraphs kept once', () => {
    const article = seed('002_8bf08bbf60da036d.txt');
    expect(article.title).toBe('Une délégation du ministère russe de la Défense est arrivée en Libye, sur invitation du maréchal Khalifa…');
    expect(article.paragraphs).toEqual([]);
    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.removed.map((r) => r.reason)).toEqual(['repeated paragraph', 'repeated paragraph', 'repeated paragraph', 'repeated paragraph']);
  });

  it('003: section menu and end furniture removed, captions set apart, standfirst kept', () => {
    const article = seed('003_d4fe8bf4671f7d50.txt');
    expect(article.title).toBe('Russia Calls for Deeper Military Ties With Libya');
    expect(article.captions).toEqual([
      'Former Libyan General Khalifa Haftar.',
      'Khalifa Haftar, a long-time commander in Libyan armed forces, opposed the authority of UN-recognized government in the oil-rich country. His military campaign is chiefly backed by Russia, Egypt and United Arab Emirates. Photo: AFP',
    ]);
    expect(article.removed).toEqual([
      { text: 'AfricaEuropeWar', reason: 'navigation' },
      { text: 'Related Articles', reason: 'related links' },
      { text: 'Back to top button', reason: 'site furniture' },
    ]);
    expect(article.text.startsWith('Moscow has backed Haftar against the GNA')).toBe(true);
  });

  it('004: tagline and stray word before the headline removed, dateline kept for dating', () => {
    const article = seed('004_a498c142cf5f3b81.txt');
    expect(article.title).toBe('Libyan PM open to security cooperation with Russia');
    expect(article.metaLines).toEqual(['October 25, 2016 at 9:00 pm']);
    expect(article.removed).toEqual([
      { text: 'clear', reason: 'navigation' },
      { text: 'Creating new perspectives since 2009', reason: 'before the headline' },
      { text: 'October 25, 2016 at 9:00 pm', reason: 'date line' },
    ]);
  });
});

describe('cleanBoilerplate rules', () => {
  it('picks the headline that speaks of the lead over a masthead, a deck and a byline', () => {
    const article = clean(
      [
        'The Libya Observer',
        'Russian vessels unload equipment at Tobruk',
        'Cargo driven south under guard toward al-Jufra airbase',
        'Mark Haldane in Tobruk',
        '',
        'Russian naval vessels unloaded armoured vehicles and other equipment at Tobruk on Monday, sources told The Libya Observer.',
        'The cargo was driven south toward al-Jufra airbase under heavy guard, they said.',
      ].join('\n'),
    );
    expect(article.title).toBe('Russian vessels unload equipment at Tobruk');
    expect(article.text.split('\n\n')[0]).toBe('Cargo driven south under guard toward al-Jufra airbase');
    expect(article.removed).toEqual([
      { text: 'The Libya Observer', reason: 'before the headline' },
      { text: 'Mark Haldane in Tobruk', reason: 'byline' },
    ]);
  });

  it('takes a line beside a bare credit for its caption, even with a full stop', () => {
    const article = clean(
      ['Haftar meets Russian envoys in Benghazi', 'Le maréchal Khalifa Haftar à Benghazi, le 14 juin 2019.', 'Photo : Abdullah DOMA / AFP', '', 'Khalifa Haftar received a Russian delegation in Benghazi on Tuesday, his office said in a statement.'].join('\n'),
    );
    expect(article.captions).toEqual(['Le maréchal Khalifa Haftar à Benghazi, le 14 juin 2019.', 'Photo : Abdullah DOMA / AFP']);
    expect(article.text).toBe('Khalifa Haftar received a Russian delegation in Benghazi on Tuesday, his office said in a statement.');
  });

  it('removes a block of related links inside the body up to the next paragraph', () => {
    const article = clean(
      [
        'Moscow and Tripoli sign arms deals',
        'Russia and Libya signed contracts worth 1.3 billion euros on Friday, officials said.',
        'Читайте также',
        'Иран ждет поставок С-300 уже три года',
        'The deals cover small arms and ammunition, according to the exporter.',
      ].join('\n'),
    );
    expect(article.text).toBe('Russia and Libya signed contracts worth 1.3 billion euros on Friday, officials said.\n\nThe deals cover small arms and ammunition, according to the exporter.');
    expect(article.removed.map((r) => r.reason)).toEqual(['related links', 'related links']);
  });

  it('undoes light Markdown in .md files', () => {
    const article = clean('# Haftar visits **Moscow**\n\nKhalifa Haftar arrived in [Moscow](https://example.org) on Monday for talks, TASS reported.', 'content/articles/a.md');
    expect(article.title).toBe('Haftar visits Moscow');
    expect(article.text).toBe('Khalifa Haftar arrived in Moscow on Monday for talks, TASS reported.');
  });
});
