import { describe, expect, it } from 'vitest';
import { headerCells } from './header-cells.js';

describe('headerCells', () => {
  it.each([
    ['plain', 'Handle,Title,Variant SKU\nrow,1,2', ',', ['Handle', 'Title', 'Variant SKU']],
    ['a BOM and CRLF', '\ufeffID,Type\r\n1,simple', ',', ['ID', 'Type']],
    ['quoted cells with commas and doubled quotes', '"Name, short","Say ""hi""",SKU', ',', ['Name, short', 'Say "hi"', 'SKU']],
    ['spaces around names', ' id , title \n', ',', ['id', 'title']],
    ['tabs', 'id\ttitle\t"price"\nx', '\t', ['id', 'title', 'price']],
    ['a comma inside a tab-separated header', 'id\ttitle, long\n', '\t', ['id', 'title, long']],
    ['no line break at all', 'id,title', ',', ['id', 'title']],
    ['a blank line, a tab and a BOM before the header (a real WooCommerce export)', '\n\t\ufeffID,Тип\n40,simple', ',', ['ID', 'Тип']],
  ] as const)('splits %s', (_name, sample, delimiter, expected) => {
    expect(headerCells(sample, delimiter)).toEqual(expected);
  });
});
