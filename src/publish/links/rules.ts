import { defineRule } from '../../model/rule.js';

export const linkClientError = defineRule({
  id: 'links/client-error',
  description: 'A product or image URL answers 4xx (not found, gone, forbidden): shoppers and crawlers cannot open it.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6098155',
});

export const linkServerError = defineRule({
  id: 'links/server-error',
  description: 'A product or image URL answers 5xx even after retries.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6098155',
});

export const linkUnreachable = defineRule({
  id: 'links/unreachable',
  description: 'A product or image URL could not be reached (DNS, refused connection, timeout).',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6098155',
});

export const linkRedirectChain = defineRule({
  id: 'links/redirect-chain',
  description: 'A URL redirects more than once, or to another host; feeds and markup should name the final URL.',
  severity: 'warning',
  url: 'https://developers.google.com/search/docs/crawling-indexing/301-redirects',
});

export const linkContentType = defineRule({
  id: 'links/content-type',
  description: 'A product URL does not serve HTML, or an image URL does not serve an image (https://support.google.com/merchants/answer/6324350).',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324350',
});

export const linkNotChecked = defineRule({
  id: 'links/not-checked',
  description: 'More distinct URLs than links.maxUrls: the rest were not checked this run.',
  severity: 'info',
});

export const LINK_RULES = [linkClientError, linkServerError, linkUnreachable, linkRedirectChain, linkContentType, linkNotChecked] as const;
