import { defineRule } from '../../../../model/rule.js';

export const gmcAttributeNotImported = defineRule({
  id: 'gmc/attribute-not-imported',
  description: 'The feed carries an attribute the canonical model has no field for; it is not imported. Reported once per feed and attribute.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/7052112',
});
