import { defineRule } from '../../../../model/rule.js';

export const gmcShippingIgnored = defineRule({
  id: 'gmc/shipping-ignored',
  description: 'The feed carries shipping attributes; they are not imported, because shipping comes from the shop configuration. Reported once per feed.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324484',
});
