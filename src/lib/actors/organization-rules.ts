// Each language's rules for organisation names: head nouns, where the head stands, connectors, modifier endings.
import { buildPhraseTrie, type PhraseTrie } from '../actor-index.ts';
import { locales, localeFor } from '../locales/index.ts';
import type { Locale } from '../locales/types.ts';
import type { ProvisionalType } from './reading.ts';
import { foldLine } from '../word-patterns.ts';
import { keysOf } from './word-lists.ts';

/** The rules for organisation names in one language. */
export interface OrganizationRules {
  heads: PhraseTrie<ProvisionalType>;
  headPosition: 'first' | 'last';
  connectors: Set<string>;
  modifierEndings: readonly string[];
  notModifierEndings: readonly string[];
}

/** One language's organisation rules, from its name words. */
function organizationRules(locale: Locale): OrganizationRules {
  const { names } = locale;
  return {
    heads: buildPhraseTrie([
      ...names.organizationHeads.map((head) => [head, 'organization'] as const),
      ...names.armedGroupHeads.map((head) => [head, 'armed-group'] as const),
    ]),
    headPosition: names.headPosition,
    connectors: keysOf(names.connectors),
    modifierEndings: names.modifierEndings.map(foldLine),
    notModifierEndings: names.notModifierEndings.map(foldLine),
  };
}

const ORGANIZATION_RULES = new Map(locales.map((locale) => [locale.code, organizationRules(locale)]));

/** The organisation rules of an article's language; `localeFor` falls back to English for a language it does not read. */
export function organizationRulesFor(language: string): OrganizationRules {
  const locale = localeFor(language);
  // Every locale's rules are built above; the fallback only satisfies the type.
  return ORGANIZATION_RULES.get(locale.code) ?? organizationRules(locale);
}
