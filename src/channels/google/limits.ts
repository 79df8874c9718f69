/**
 * Google Merchant Center attribute limits, in characters, from the product data specification
 * (https://support.google.com/merchants/answer/7052112) and each attribute's page.
 */
export const GOOGLE_LIMITS = {
  /** https://support.google.com/merchants/answer/6324405 */
  id: 50,
  /** https://support.google.com/merchants/answer/6324507 */
  itemGroupId: 50,
  /** https://support.google.com/merchants/answer/6324415 */
  title: 150,
  /** https://support.google.com/merchants/answer/6324468 */
  description: 5000,
  /** https://support.google.com/merchants/answer/6324416 (link) and 6324350 (image_link) */
  link: 2000,
  /** https://support.google.com/merchants/answer/6324370 */
  additionalImages: 10,
  /** https://support.google.com/merchants/answer/6324351 */
  brand: 70,
  /** https://support.google.com/merchants/answer/6324482 */
  mpn: 70,
  /** https://support.google.com/merchants/answer/6324406 */
  productType: 750,
  /** https://support.google.com/merchants/answer/6324410 */
  material: 200,
  /** https://support.google.com/merchants/answer/6324487: up to 100 in all */
  color: 100,
  /** https://support.google.com/merchants/answer/6324492 */
  size: 100,
  /** https://support.google.com/merchants/answer/6324483 */
  pattern: 100,
} as const;

/** Apparel & Accessories (id 166) needs color, gender and age_group: https://support.google.com/merchants/answer/6324487 */
export const APPAREL_CATEGORY_ID = 166;
export const APPAREL_PATH_PREFIX = 'Apparel & Accessories';
