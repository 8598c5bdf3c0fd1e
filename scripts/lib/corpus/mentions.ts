// How an article names the parties of a happening: a person under one of their registry spellings
// in the article's script, with an office name the registry gives for the office held that day; a
// body under one of the phrasebook's forms.
import type { Cast } from './cast.ts';
import type { Phrasebook, Side } from './phrasebook.ts';
import type { Random } from './random.ts';
import type { Mention, Party } from './types.ts';

/** Office names that would misname a man or a woman ("cheffe", "présidente" for a man). */
const FEMININE_OFFICE = /^(?:cheffe|présidente|envoyée|conseillère|spokeswoman)\b/u;
const MASCULINE_OFFICE = /^(?:spokesman)\b/u;

/** The person or body of `party`, named in the phrasebook's language. */
export function mentionOf(party: Party, side: Side, pb: Phrasebook, cast: Cast, random: Random): Mention {
  const body = pb.bodies[party.actor];
  if (body) return { full: random.pick(body.full), short: random.pick(body.short), person: false, agreement: body.agreement };
  const female = cast.female(party.actor);
  const actor = cast.actor(party.actor);
  const full = random.pick(cast.fullNames(party.actor, pb.language).length > 0 ? cast.fullNames(party.actor, pb.language) : [actor.name]);
  const short = random.pick(cast.shortNames(party.actor, pb.language).length > 0 ? cast.shortNames(party.actor, pb.language) : [full]);
  const described = pb.described[party.actor];
  const offices = party.office === null ? [] : cast.officeNames(party.actor, party.office, pb.language).filter((name) => !(female ? MASCULINE_OFFICE : FEMININE_OFFICE).test(name));
  const named = offices.length > 0 ? pb.titled(random.pick(offices), full, side) : described ? described(full) : full;
  return { full: named, short, person: true, agreement: female ? 'f' : 'm' };
}
