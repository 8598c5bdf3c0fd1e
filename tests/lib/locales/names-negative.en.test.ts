// English text that must yield no provisional actor: sentence-initial function words, months
// and weekdays, places, bylines, credits, furniture and unnamed sources. Read against an empty
// registry, so that no alias hides a false positive.
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../src/lib/actor-index.ts';
import { findActors } from '../../../src/lib/find-actors.ts';
import { articleFromText } from '../../helpers/article.ts';

const context = { actors: buildActorIndex([]) };

describe('findActors finds no actor in (en)', () => {
  it.each([
    'However, Moscow said on Monday that talks would resume.',
    'On Monday the ministry said it would respond.',
    'In February, Libya signed the deal. In August Cairo said so.',
    'Tripoli said yes. Benghazi told the envoy no. Washington warned against it. Abu Dhabi denied it.',
    'By John Smith',
    'By Colonel John Smith',
    'Reporting by Ahmed Elumami; Editing by John Smith',
    'Photo: AFP',
    'Photo: Reuters/Ahmed Jadallah',
    'Related Articles',
    'Back to top button',
    'Most Viewed',
    "Editor's Picks",
    "Today's Top News",
    'Relief reaches isolated village\nFunerals begin for Boston bombing victims\nXi meets US top military officer',
    'Officials said the deal was signed. Analysts told reporters otherwise. Sources said nothing.',
    'The Libyans said nothing. The Kremlin said it was ready.',
    'It was a major Russian deal, and the official Libyan position said as much.',
    '"We are here," he said. Monday said nothing. Meanwhile Russia waited.',
    'But Salem said no.',
    'Prime Minister said the Deputy Defence Minister would come.',
    'January, February and March passed; on Tuesday and Wednesday nothing happened.',
    'The Moscow Times reported the story.',
    'The aircraft carrier Admiral Kuznetsov sailed past; Haftar went aboard the Admiral Kuznetsov.',
    'The Russian frigate Admiral Grigorovich and the landing ship Ivan Gren docked.',
    'According to Human Rights Watch, the strikes went on. According to Africa Intelligence, so did the flights.',
    'Sidi Barrani, an analyst said, is calm.',
    'Wadi Dinar, a major port, reopened.',
  ])('%j', (text) => {
    expect(findActors(articleFromText(text, { language: 'en' }), context).provisionalActors).toEqual([]);
  });
});
