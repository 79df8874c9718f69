import { defineRule } from '../../model/rule.js';

export const linkClientError = defineRule({
  id: 'links/client-error',
  description: 'A product or image URL answers 4xx (not found, gone, forbidden): shoppers and crawlers cannot open it.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6098155',
  fix: "Correct the URL in the catalog (the product's url or images; for URLs built from defaults.productUrl, the template), or restore the page or image in the shop.",
  example: {
    input: '"url": "https://shop.example/products/tee-old" (the page was deleted from the shop)',
    finding: 'The product page https://shop.example/products/tee-old answers 404.',
  },
});

export const linkServerError = defineRule({
  id: 'links/server-error',
  description: 'A product or image URL answers 5xx even after retries.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6098155',
  fix: 'Fix the error on the server that hosts the URL (its logs name the cause). Results are reused for links.cacheHours; delete links.json in the sources.cacheDir folder to check again at once.',
  example: {
    input: '"images": ["https://shop.example/images/tee-1.jpg"] (the image server fails)',
    finding: 'The image https://shop.example/images/tee-1.jpg answers 503.',
  },
});

export const linkUnreachable = defineRule({
  id: 'links/unreachable',
  description: 'A product or image URL could not be reached (DNS, refused connection, timeout).',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6098155',
  fix: "Correct the host name in the URL (the catalog's url or images, shop.url or defaults.productUrl), or make the server answer. For a slow server, raise links.timeoutMs or pass --timeout to agentshelf check-links.",
  example: {
    input: '"images": ["https://old-cdn.example/tee-1.jpg"] (a host name that no longer exists)',
    finding: 'The image https://old-cdn.example/tee-1.jpg could not be reached: HEAD https://old-cdn.example/tee-1.jpg failed: getaddrinfo ENOTFOUND old-cdn.example (ENOTFOUND) (after up to 2 retries).',
  },
});

export const linkRedirectChain = defineRule({
  id: 'links/redirect-chain',
  description: 'A URL redirects more than once, or to another host; feeds and markup should name the final URL.',
  severity: 'warning',
  url: 'https://developers.google.com/search/docs/crawling-indexing/301-redirects',
  fix: "Put the final URL in the catalog (the product's url or images), or correct shop.url or defaults.productUrl when the URLs are built from them.",
  example: {
    input: '"url": "http://shop.example/products/tee-1" (the shop redirects to https, then to www)',
    finding: 'The product page http://shop.example/products/tee-1 redirects 2 time(s): https://shop.example/products/tee-1 → https://www.shop.example/products/tee-1.',
  },
});

export const linkContentType = defineRule({
  id: 'links/content-type',
  description: 'A product URL does not serve HTML, or an image URL does not serve an image (https://support.google.com/merchants/answer/6324350).',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324350',
  fix: 'Point each image URL at the image file itself and each product url at its HTML page. If the URL is right, make the server send a matching Content-Type header.',
  example: {
    input: '"images": ["https://shop.example/products/tee-1"] (a page, not an image file)',
    finding: 'The image https://shop.example/products/tee-1 is served as text/html.',
  },
});

export const linkNotChecked = defineRule({
  id: 'links/not-checked',
  description: 'More distinct URLs than links.maxUrls: the rest were not checked this run.',
  severity: 'info',
  fix: 'Raise links.maxUrls in the config to check every URL in one run.',
  example: {
    input: 'The config sets "links": { "maxUrls": 100000 } and the outputs name 120000 distinct product and image URLs.',
    finding: '20000 URL(s) beyond links.maxUrls (100000) were not checked.',
  },
});

export const LINK_RULES = [linkClientError, linkServerError, linkUnreachable, linkRedirectChain, linkContentType, linkNotChecked] as const;
