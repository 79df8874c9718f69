import { defineRule } from '../../../../model/rule.js';

export const gmcAttributeNotImported = defineRule({
  id: 'gmc/attribute-not-imported',
  description: 'The feed carries an attribute the canonical model has no field for; it is not imported. Reported once per feed and attribute.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/7052112',
  fix: 'Nothing to do: the canonical model has no field for the attribute. To quiet the note, set "rules": {"gmc/attribute-not-imported": "off"} in the config.',
  example: {
    input: '<g:custom_label_0>summer-sale</g:custom_label_0>',
    finding: 'The attribute "custom_label_0" has no canonical field and is not imported.',
  },
});
