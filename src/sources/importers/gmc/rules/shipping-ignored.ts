import { defineRule } from '../../../../model/rule.js';

export const gmcShippingIgnored = defineRule({
  id: 'gmc/shipping-ignored',
  description: 'The feed carries shipping attributes; they are not imported, because shipping comes from the shop configuration. Reported once per feed.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324484',
  fix: 'Nothing to do: state shipping rates in the config\'s "shipping" list (country, price, currency, handlingDays, transitDays).',
  example: {
    input: '<g:shipping><g:country>US</g:country><g:price>4.95 USD</g:price></g:shipping>',
    finding: 'The feed has shipping attributes; they are not imported: shipping comes from the shop configuration.',
  },
});
