import { defineRule } from '../../model/rule.js';

// The manifest and its file list are agentshelf's own format, so these rules have no outside spec: docs/rules.md.
export const manifestMissing = defineRule({
  id: 'manifest/missing',
  description: 'The folder has no agentshelf.json (or it cannot be read): there is nothing to check the files against.',
  severity: 'error',
});

export const manifestFileChanged = defineRule({
  id: 'manifest/file-changed',
  description: 'A published file no longer has the content the manifest lists (agentshelf-files.tsv): it was edited, or damaged, after publishing.',
  severity: 'error',
  fix: 'Run agentshelf build again to publish the file as the catalog says; edit the catalog or the config, not the outputs.',
});

export const manifestFileMissing = defineRule({
  id: 'manifest/file-missing',
  description: 'A file the manifest lists is not in the published folder.',
  severity: 'error',
  fix: 'Run agentshelf build again; check that the deploy copies every file.',
});

export const manifestFileUnlisted = defineRule({
  id: 'manifest/file-unlisted',
  description: 'A file in the published folder is neither listed by the manifest nor one agentshelf found there and kept (notOurs): it was added after publishing.',
  severity: 'error',
  fix: 'Remove the file, or run agentshelf build again: a file you put in the folder yourself (such as _headers) is kept by every build and recorded in the manifest as not ours.',
});

export const MANIFEST_RULES = [manifestMissing, manifestFileChanged, manifestFileMissing, manifestFileUnlisted] as const;
