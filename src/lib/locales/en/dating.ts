import type { DatingWords } from '../types.ts';

// "Ex-" and "then-" are read as the words "ex" and "then": the hyphen only joins them to the office.
export const datingWords: DatingWords = {
  formerMarkers: ['former', 'ex', 'late', 'ousted', 'deposed', 'toppled', 'slain', 'erstwhile', 'onetime', 'one-time'],
  thenMarkers: ['then'],
  designateMarkers: ['designate', 'elect', 'incoming'],
  subordinateMarkers: ['deputy', 'vice', 'assistant'],
  officeFillers: ['the', 'of', 's', 'for', 'to', 'in'],
  // Not "had" alone: "had talks with" tells the day's news.
  pastTenseWords: ['was', 'were', 'had been', 'used to'],
  sinceWords: ['since', 'ever since'],
  durationAnchors: ['since', 'ever since', 'after', 'following'],
  durations: {
    'almost a decade': [8, 10],
    'nearly a decade': [8, 10],
    'close to a decade': [8, 10],
    'almost ten years': [8, 10],
    'nearly ten years': [8, 10],
    'a decade': [9, 11],
    'ten years': [9, 11],
    'more than a decade': [10, 15],
    'over a decade': [10, 15],
    'more than ten years': [10, 15],
    'almost two decades': [17, 20],
    'nearly two decades': [17, 20],
    'two decades': [19, 21],
    'more than two decades': [20, 25],
  },
};
