import { codePointLength, truncateAtWord } from '../model/text.js';

/** What a cut is reported with: the message and the lengths, for the channel's rule. */
export interface TextCut {
  message: string;
  actual: number;
  expected: number;
}

/**
 * A text attribute cut to a channel's limit at a word boundary (counted in code points, as the feed specs count
 * characters), and the finding that says so; the same for every channel, so each words it the same way.
 */
export function limitText(value: string, field: string, max: number, channel: string, onCut: (cut: TextCut) => void): string {
  const length = codePointLength(value);
  if (length <= max) return value;
  onCut({ message: `${field} has ${length} characters; ${channel} allows ${max}, so it was cut at a word boundary.`, actual: length, expected: max });
  return truncateAtWord(value, max).value;
}
