import type { AcpLinkType } from './feed-types.js';

type AttributeLabel = 'color' | 'size' | 'material' | 'pattern' | 'gender' | 'ageGroup';

interface Labels {
  /** `VariantOption.name` of the model's named attributes; the name is required, so every language has them. */
  options: Record<AttributeLabel, string>;
  /** `Link.title` of the seller's policy links. */
  links: Record<AcpLinkType, string>;
}

/**
 * Buyer-facing labels the feed needs and the catalog does not give, in the shop's language. Languages not
 * listed fall back to English option names (`VariantOption.name` is required) and to no link title
 * (`Link.title` is optional, and no label beats a label in the wrong language).
 */
const LABELS: Readonly<Record<string, Labels>> = {
  en: {
    options: { color: 'Color', size: 'Size', material: 'Material', pattern: 'Pattern', gender: 'Gender', ageGroup: 'Age group' },
    links: { privacy_policy: 'Privacy Policy', terms_of_service: 'Terms of Service', refund_policy: 'Refund Policy', shipping_policy: 'Shipping Policy' },
  },
  ja: {
    options: { color: 'カラー', size: 'サイズ', material: '素材', pattern: '柄', gender: '性別', ageGroup: '対象年齢' },
    links: { privacy_policy: 'プライバシーポリシー', terms_of_service: '利用規約', refund_policy: '返品・返金ポリシー', shipping_policy: '配送ポリシー' },
  },
};

const FALLBACK = LABELS.en!;

/** The primary subtag of a BCP 47 tag, lower-cased: "en-US" → "en". */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

export function optionLabels(language: string): Labels['options'] {
  return (LABELS[primaryLanguage(language)] ?? FALLBACK).options;
}

export function linkTitles(language: string): Labels['links'] | undefined {
  return LABELS[primaryLanguage(language)]?.links;
}
