import type { FurnitureWords } from '../types.ts';

export const furnitureWords: FurnitureWords = {
  sectionMarkers: [
    'related', 'related articles', 'related stories', 'related news', 'related content', 'read more', 'read also',
    'see also', 'more on this', 'more on this story', 'more from', 'more stories', 'most viewed', 'most read', 'most popular', 'trending',
    "editor's picks", 'editors picks', 'top news', "today's top news", 'top stories', 'latest news', 'recommended',
    'you may also like', 'you might also like', 'also read', 'popular', 'further reading', 'tags', 'topics',
  ],
  photoCredits: ['photo', 'photos', 'photograph', 'picture', 'image', 'credit', 'file photo', 'photo credit', 'illustration', 'video'],
  bylines: ['by', 'reporting by', 'editing by', 'writing by', 'additional reporting by', 'compiled by', 'written by', 'author', 'posted by'],
  chrome: [
    'cookie', 'cookies', 'subscribe', 'subscription', 'newsletter', 'sign up', 'sign in', 'log in', 'share this', 'share on',
    'all rights reserved', 'copyright', 'back to top', 'advertisement', 'sponsored', 'follow us', 'click here',
    'privacy policy', 'terms of use', 'comments', 'print this', 'email this', 'facebook', 'twitter', 'whatsapp',
    'telegram', 'linkedin', 'reddit', 'pinterest', 'vkontakte', 'accept', 'javascript', 'share', 'share via', 'email',
    'e-mail', 'print', 'save', 'listen', 'min read', 'minute read', 'minutes read', 'reading time', 'article history',
    'licensing rights', 'purchase licensing rights', 'like this', 'reply', 'leave a comment', 'loading', 'views',
  ],
  notices: [
    'cookie', 'cookies', 'subscribe', 'newsletter', 'sign up', 'all rights reserved', 'contributed to this report',
    'contributed reporting', 'terms of use', 'privacy policy', 'sign in', 'log in', 'join the discussion', 'create an account',
    'our standards', 'editorial standards',
  ],
};
