import { defineRule } from '../../model/rule.js';

// The manifest and its file list are agentshelf's own format, so these rules have no outside spec: their pages are in docs/rules/.
export const manifestMissing = defineRule({
  id: 'manifest/missing',
  description: 'The folder has no agentshelf.json (or it cannot be read): there is nothing to check the files against.',
  severity: 'error',
  fix: 'Point --out at the folder agentshelf build published, and deploy agentshelf.json and agentshelf-files.tsv with the other files; if they are gone, run agentshelf build again.',
  example: {
    input: 'agentshelf verify --out /srv/shop/public, where the deploy left out agentshelf.json.',
    finding: "agentshelf.json cannot be read: ENOENT: no such file or directory, open '/srv/shop/public/agentshelf.json'",
  },
});

export const manifestFileChanged = defineRule({
  id: 'manifest/file-changed',
  description: 'A published file no longer has the content the manifest lists (agentshelf-files.tsv): it was edited, or damaged, after publishing.',
  severity: 'error',
  fix: 'Run agentshelf build again to publish the file as the catalog says; edit the catalog or the config, not the outputs.',
  example: {
    input: 'feeds/google/products.xml was edited by hand after agentshelf build published it.',
    finding: 'feeds/google/products.xml differs from the published file (48213 bytes now, 48190 published).',
  },
});

export const manifestFileMissing = defineRule({
  id: 'manifest/file-missing',
  description: 'A file the manifest lists is not in the published folder.',
  severity: 'error',
  fix: 'Run agentshelf build again; check that the deploy copies every file.',
  example: {
    input: 'The deploy left out feeds/meta/products.xml, which agentshelf-files.tsv lists.',
    finding: 'feeds/meta/products.xml is listed in the manifest but not in the folder.',
  },
});

export const manifestFileUnlisted = defineRule({
  id: 'manifest/file-unlisted',
  description: 'A file in the published folder is neither listed by the manifest nor one agentshelf found there and kept (notOurs): it was added after publishing.',
  severity: 'error',
  fix: 'Remove the file, or run agentshelf build again: a file you put in the folder yourself (such as _headers) is kept by every build and recorded in the manifest as not ours.',
  example: {
    input: 'feeds/google/old-products.xml was copied into the published folder after the build.',
    finding: 'feeds/google/old-products.xml is in the folder but not in the manifest.',
  },
});

export const MANIFEST_RULES = [manifestMissing, manifestFileChanged, manifestFileMissing, manifestFileUnlisted] as const;
