// An actor's aliases sorted by writing system, each group tagged with a language where the script
// alone makes it plain (Cyrillic here is Russian: the corpus reads no other Cyrillic language).
// Latin-script aliases are left untagged: "Choïgou" is French, "Shoigu" English, and nothing short
// of a dictionary tells which.

/** The scripts aliases are grouped under, in display order, with the language each implies. */
const SCRIPTS = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u, lang: null },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u, lang: 'ru' },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u, lang: 'ar' },
] as const;

/** Aliases written in one script. `lang` is null when the script does not tell the language. */
export interface AliasGroup {
  script: string;
  lang: string | null;
  aliases: string[];
}

/** The script an alias is mostly written in: the one with the most letters, or "Other". */
function scriptOf(alias: string): (typeof SCRIPTS)[number] | null {
  let best: (typeof SCRIPTS)[number] | null = null;
  let bestCount = 0;
  for (const script of SCRIPTS) {
    const count = [...alias].filter((character) => script.pattern.test(character)).length;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/** `aliases` grouped by script, in `SCRIPTS` order then "Other", each keeping the aliases' order. */
export function aliasScripts(aliases: readonly string[]): AliasGroup[] {
  const groups = new Map<string, AliasGroup>();
  for (const alias of aliases) {
    const script = scriptOf(alias);
    const key = script?.name ?? 'Other';
    const group = groups.get(key) ?? { script: key, lang: script?.lang ?? null, aliases: [] };
    groups.set(key, { ...group, aliases: [...group.aliases, alias] });
  }
  const order: string[] = [...SCRIPTS.map((script) => script.name), 'Other'];
  return [...groups.values()].sort((a, b) => order.indexOf(a.script) - order.indexOf(b.script));
}
