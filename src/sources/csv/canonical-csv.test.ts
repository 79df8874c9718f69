import { describe, expect, it } from 'vitest';
import { cut, fromChunks } from '../../test-support/chunks.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceItem } from '../source-item.js';
import { CANONICAL_COLUMNS, readCell, type CellType } from './canonical-columns.js';
import { readCanonicalCsv } from './canonical-csv.js';

const FILE = 'catalog.csv';



async function read(text: string | readonly string[], delimiter?: ',' | '\t'): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  const chunks = typeof text === 'string' ? [text] : text;
  for await (const item of readCanonicalCsv(fromChunks(chunks), FILE, delimiter ? { delimiter } : {})) out.push(item);
  return out;
}

/** Orders summary lines by their line number (stable for equal lines). */
const byLine = (a: string, b: string): number => parseInt(a, 10) - parseInt(b, 10);

const records = (items: SourceItem[]) => items.filter((item) => item.type === 'record');

/** `line:id` for a record, `line:ruleId` for an unreadable item; the record's own diagnostics are listed after it. */
const summary = (items: SourceItem[]): string[] =>
  items.flatMap((item) =>
    item.type === 'record'
      ? [`${item.origin.line}:${(item.value as { id?: string }).id}`, ...(item.diagnostics ?? []).map((d) => `  ${d.origin?.line}:${d.ruleId}${d.pointer ?? ''}`)]
      : [`${item.diagnostic.origin?.line}:${item.diagnostic.ruleId}`],
  );

const REALISTIC = [
  'id,variantId,title,description,brand,currency,images,sku,color,size,price,stockQuantity,weight,options',
  'TENT-1,TENT-1-GRN,Trail Tent,"<p>Light, roomy and ""storm-proof"".</p>',
  '<ul><li>2 persons</li><li>2,1 kg</li></ul>",Acme,EUR,https://example.com/tent-1.jpg | https://example.com/tent-2.jpg,SKU-G,green,2P,199.00,5,2.1 kg,',
  'TENT-1,TENT-1-RED,,,,,,SKU-R,red,2P,199.00,3,2.1 kg,',
  'TENT-1,TENT-1-BLU,Trail Tent,,Acme,,,SKU-B,blue,3P,209.00,0,2.6 kg,',
  'MUG-7,,Enamel Mug,"Holds 350 ml, keeps it hot",Acme,EUR,https://example.com/mug.jpg,MUG-SKU,,,12.50,40,0.3 kg,',
  'BANK-3,BANK-3-US,Power Bank,,Volt,USD,,PB-US,,,39.90,,,Capacity=10000 mAh; Plug=US',
  '',
].join('\n');

const REALISTIC_PRODUCTS = [
  {
    id: 'TENT-1',
    title: 'Trail Tent',
    description: '<p>Light, roomy and "storm-proof".</p>\n<ul><li>2 persons</li><li>2,1 kg</li></ul>',
    brand: 'Acme',
    currency: 'EUR',
    images: ['https://example.com/tent-1.jpg', 'https://example.com/tent-2.jpg'],
    variants: [
      { id: 'TENT-1-GRN', sku: 'SKU-G', color: 'green', size: '2P', price: '199.00', stockQuantity: 5, weight: { value: 2.1, unit: 'kg' } },
      { id: 'TENT-1-RED', sku: 'SKU-R', color: 'red', size: '2P', price: '199.00', stockQuantity: 3, weight: { value: 2.1, unit: 'kg' } },
      { id: 'TENT-1-BLU', sku: 'SKU-B', color: 'blue', size: '3P', price: '209.00', stockQuantity: 0, weight: { value: 2.6, unit: 'kg' } },
    ],
  },
  {
    id: 'MUG-7',
    title: 'Enamel Mug',
    description: 'Holds 350 ml, keeps it hot',
    brand: 'Acme',
    currency: 'EUR',
    images: ['https://example.com/mug.jpg'],
    variants: [{ id: 'MUG-7', sku: 'MUG-SKU', price: '12.50', stockQuantity: 40, weight: { value: 0.3, unit: 'kg' } }],
  },
  {
    id: 'BANK-3',
    title: 'Power Bank',
    brand: 'Volt',
    currency: 'USD',
    variants: [{ id: 'BANK-3-US', sku: 'PB-US', price: '39.90', options: { Capacity: '10000 mAh', Plug: 'US' } }],
  },
];

describe('readCanonicalCsv', () => {
  it('reads a realistic catalog: one row per variant, product columns from the first row', async () => {
    expect(await read(REALISTIC)).toEqual([
      { type: 'record', value: REALISTIC_PRODUCTS[0], origin: { file: FILE, line: 2 } },
      { type: 'record', value: REALISTIC_PRODUCTS[1], origin: { file: FILE, line: 6 } },
      { type: 'record', value: REALISTIC_PRODUCTS[2], origin: { file: FILE, line: 7 } },
    ]);
  });

  it.each([1, 2, 3, 7, 64])('reads the realistic catalog the same in %i-character chunks', async (size) => {
    expect(await read(cut(REALISTIC, size))).toEqual(await read(REALISTIC));
  });

  it('reads the realistic catalog with CRLF line ends and a byte order mark', async () => {
    const crlf = `\ufeff${REALISTIC.replace(/\n/g, '\r\n')}`;
    const items = await read(crlf);
    // The quoted description keeps its own line end as written.
    const expected = REALISTIC_PRODUCTS.map((p, i) => (i === 0 ? { ...p, description: p.description!.replace('\n', '\r\n') } : p));
    expect(records(items).map((item) => item.value)).toEqual(expected);
    expect(summary(items)).toEqual(['2:TENT-1', '6:MUG-7', '7:BANK-3']);
    expect(summary(await read(cut(crlf, 1)))).toEqual(['2:TENT-1', '6:MUG-7', '7:BANK-3']);
  });

  it('reads TSV with { delimiter: "\\t" }', async () => {
    const tsv = ['id\tvariantId\ttitle\tprice\tdimensions', 'A1\tA1-S\tTent, 2 person\t10.00\t30 x 20 x 10 cm', 'A1\tA1-M\t\t12.00\t', 'B2\t\t"Mug\t""big"""\t5\t', ''].join('\n');
    const expected = [
      {
        type: 'record',
        value: {
          id: 'A1',
          title: 'Tent, 2 person',
          variants: [
            { id: 'A1-S', price: '10.00', dimensions: { length: 30, width: 20, height: 10, unit: 'cm' } },
            { id: 'A1-M', price: '12.00' },
          ],
        },
        origin: { file: FILE, line: 2 },
      },
      { type: 'record', value: { id: 'B2', title: 'Mug\t"big"', variants: [{ id: 'B2', price: '5' }] }, origin: { file: FILE, line: 4 } },
    ];
    expect(await read(tsv, '\t')).toEqual(expected);
    expect(await read(cut(tsv, 1), '\t')).toEqual(expected);
  });

  it('keeps the first row of a product when a later row disagrees, with a warning pointing at the column', async () => {
    const csv = ['id,variantId,title,brand,price', 'T1,T1-A,Tent,Acme,10', 'T1,T1-B,Tent,Acme,11', 'T1,T1-C,Tent XL,Acme,12', 'T2,T2-A,Mug,Acme,5', ''].join('\n');
    const items = await read(csv);
    expect(summary(items)).toEqual(['2:T1', '  4:input/csv-product-field-conflict/title', '5:T2']);
    const [tent] = records(items);
    expect(tent?.value).toMatchObject({ id: 'T1', title: 'Tent', variants: [{ id: 'T1-A' }, { id: 'T1-B' }, { id: 'T1-C' }] });
    expect(tent?.diagnostics?.[0]).toMatchObject({
      ruleId: 'input/csv-product-field-conflict',
      severity: 'warning',
      pointer: '/title',
      productId: 'T1',
      variantId: 'T1-C',
      origin: { file: FILE, line: 4 },
      actual: 'Tent XL',
      expected: 'Tent',
    });
  });

  it('compares product cells by value: a list written with other spacing is no conflict', async () => {
    const csv = ['id,variantId,images', 'T1,A,a.jpg|b.jpg', 'T1,B, a.jpg | b.jpg ', 'T1,C,a.jpg|c.jpg', ''].join('\n');
    expect(summary(await read(csv))).toEqual(['2:T1', '  4:input/csv-product-field-conflict/images']);
  });

  it('reports an unknown header column and ignores it', async () => {
    const items = await read('id,colour,title,\nT1,green,Tent,\n');
    expect(summary(items)).toEqual(['1:input/csv-unknown-column', '2:T1']);
    expect(items[0]).toMatchObject({ type: 'unreadable', diagnostic: { ruleId: 'input/csv-unknown-column', severity: 'warning', actual: 'colour', origin: { file: FILE, line: 1 } } });
    expect(items[1]).toMatchObject({ type: 'record', value: { id: 'T1', title: 'Tent', variants: [{ id: 'T1' }] } });
    expect((items[1] as { value: Record<string, unknown> }).value).not.toHaveProperty('colour');
  });

  it.each([
    ['a header without id', 'title,price\nTent,10\nMug,5\n'],
    ['a header where id is only a variant column name', 'variantId,title\nA,Tent\n'],
  ])('reports %s as not-a-catalog and nothing else', async (_name, csv) => {
    const items = await read(csv);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'unreadable', diagnostic: { ruleId: 'input/not-a-catalog', severity: 'error', origin: { file: FILE, line: 1 } } });
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\n\r\n\n'],
  ])('reports %s as not-a-catalog', async (_name, csv) => {
    expect(summary(await read(csv))).toEqual(['undefined:input/not-a-catalog']);
  });

  it('reads a header with no rows as an empty catalog', async () => {
    expect(await read('id,title\n')).toEqual([]);
  });

  it('skips a row with the wrong number of fields and reads the others', async () => {
    const csv = ['id,variantId,price', 'T1,A,10', 'T2,B,11,extra', 'T3,C', 'T4,D,13', ''].join('\n');
    const items = await read(csv);
    // Which comes first, a finished product or a broken row met while it was pending, is checked on its own below.
    expect(summary(items).sort(byLine)).toEqual(['2:T1', '3:input/malformed-csv', '4:input/malformed-csv', '5:T4']);
    expect(items.find((item) => item.type === 'unreadable')).toMatchObject({
      diagnostic: { ruleId: 'input/malformed-csv', severity: 'error', origin: { file: FILE, line: 3 }, actual: 4, expected: 3 },
    });
    expect(records(items).map((r) => r.value)).toEqual([
      { id: 'T1', variants: [{ id: 'A', price: '10' }] },
      { id: 'T4', variants: [{ id: 'D', price: '13' }] },
    ]);
  });

  it('skips a short row in the middle of a product and keeps the product whole', async () => {
    const csv = ['id,variantId,price', 'T1,A,10', 'T1,B', 'T1,C,12', ''].join('\n');
    const items = await read(csv);
    expect(summary(items).sort(byLine)).toEqual(['2:T1', '3:input/malformed-csv']);
    expect(records(items)[0]?.value).toEqual({ id: 'T1', variants: [{ id: 'A', price: '10' }, { id: 'C', price: '12' }] });
  });

  it('reports broken quoting mid-file with its line and reads the next rows', async () => {
    const csv = [
      'id,variantId,description,price',
      'T1,A,"two',
      'lines",10',
      'T2,B,"closed"oops,11',
      'T3,C,"fine, really",12',
      'T4,D,"never closed,13',
      'T5,E,plain,14',
      '',
    ].join('\n');
    const expected = ['2:T1', '4:input/malformed-csv', '5:T3', '6:input/malformed-csv', '7:T5'];
    expect(summary(await read(csv)).sort(byLine)).toEqual(expected);
    expect(summary(await read(cut(csv, 1))).sort(byLine)).toEqual(expected);
    expect(records(await read(csv)).map((r) => r.value)).toEqual([
      { id: 'T1', description: 'two\nlines', variants: [{ id: 'A', price: '10' }] },
      { id: 'T3', description: 'fine, really', variants: [{ id: 'C', price: '12' }] },
      { id: 'T5', description: 'plain', variants: [{ id: 'E', price: '14' }] },
    ]);
  });

  it('yields items in input order: a broken row after a pending product comes after that product', async () => {
    // SourceReader contract (source-item.ts): every reader yields source items in input order.
    const csv = ['id,variantId,description,price', 'T1,A,ok,10', 'T2,B,"closed"oops,11', 'T3,C,ok,12', 'T3,D,ok,13,extra', 'T4,E,ok,14', ''].join('\n');
    expect(summary(await read(csv))).toEqual(['2:T1', '3:input/malformed-csv', '4:T3', '5:input/malformed-csv', '6:T4']);
  });

  it('reports cells it cannot read with a pointer to the property and leaves them out', async () => {
    const csv = [
      'id,variantId,isDigital,stockQuantity,weight,price',
      'T1,A,maybe,4,heavy,10',
      'T1,B,,many,1 kg,11',
      'T2,,yes,2,,5',
      '',
    ].join('\n');
    const items = await read(csv);
    expect(summary(items)).toEqual([
      '2:T1',
      '  2:input/csv-bad-cell/isDigital',
      '  2:input/csv-bad-cell/variants/0/weight',
      '  3:input/csv-bad-cell/variants/1/stockQuantity',
      '4:T2',
    ]);
    const [tent, other] = records(items);
    expect(tent?.value).toEqual({
      id: 'T1',
      variants: [
        { id: 'A', stockQuantity: 4, price: '10' },
        { id: 'B', weight: { value: 1, unit: 'kg' }, price: '11' },
      ],
    });
    expect(other?.value).toEqual({ id: 'T2', isDigital: true, variants: [{ id: 'T2', stockQuantity: 2, price: '5' }] });
    expect(other?.diagnostics).toBeUndefined();
    const badStock = tent?.diagnostics?.find((d: Diagnostic) => d.pointer === '/variants/1/stockQuantity');
    expect(badStock).toMatchObject({ ruleId: 'input/csv-bad-cell', severity: 'error', productId: 'T1', variantId: 'B', actual: 'many', origin: { file: FILE, line: 3 } });
  });

  it('points at the right variant index when the bad cell is on a later row of a simple-looking product', async () => {
    const csv = 'id,stockQuantity\nT1,1\nT1,2\nT1,3.5\n';
    const items = await read(csv);
    expect(summary(items)).toEqual(['2:T1', '  4:input/csv-bad-cell/variants/2/stockQuantity']);
    expect(records(items)[0]?.value).toEqual({ id: 'T1', variants: [{ id: 'T1', stockQuantity: 1 }, { id: 'T1', stockQuantity: 2 }, { id: 'T1' }] });
  });

  it('reports a unit pricing whose base measure has no unit', async () => {
    const items = await read('id,unitPricing\nT1,340 g / 100\n');
    expect(summary(items)).toEqual(['2:T1', '  2:input/csv-bad-cell/variants/0/unitPricing']);
  });

  it('starts a new product when the id changes, even if the id comes back later', async () => {
    const csv = 'id,variantId\nA,A1\nA,A2\nB,B1\nA,A3\n';
    expect(summary(await read(csv))).toEqual(['2:A', '4:B', '5:A']);
  });

  it('trims cells and skips empty ones', async () => {
    const items = await read('id , variantId ,title,price\n  T1 ,  T1-A , Tent  ,   \n');
    expect(records(items).map((r) => r.value)).toEqual([{ id: 'T1', title: 'Tent', variants: [{ id: 'T1-A' }] }]);
  });

  it('strips a byte order mark even when an empty chunk comes first', async () => {
    expect(summary(await read(['', '\ufeffid,title\nT1,Tent\n']))).toEqual(['2:T1']);
  });
});

describe('readCell', () => {
  const FAIL = Symbol('fail');
  const cases: Array<[CellType, string, unknown]> = [
    ['text', 'Trail Tent, 2 persons', 'Trail Tent, 2 persons'],
    ['text', '=1+1', '=1+1'],
    ['decimal', '199.00', '199.00'],
    ['decimal', '0.1', '0.1'],
    ['integer', '42', 42],
    ['integer', '0', 0],
    ['integer', '-3', -3],
    ['integer', '007', 7],
    ['integer', '3.5', FAIL],
    ['integer', '1e3', FAIL],
    ['integer', '+3', FAIL],
    ['integer', 'many', FAIL],
    ['integer', '1 000', FAIL],
    ['boolean', 'true', true],
    ['boolean', 'TRUE', true],
    ['boolean', 'yes', true],
    ['boolean', 'Yes', true],
    ['boolean', '1', true],
    ['boolean', 'false', false],
    ['boolean', 'False', false],
    ['boolean', 'no', false],
    ['boolean', 'NO', false],
    ['boolean', '0', false],
    ['boolean', 'maybe', FAIL],
    ['boolean', 'y', FAIL],
    ['boolean', '2', FAIL],
    ['list', 'a | b|c', ['a', 'b', 'c']],
    ['list', 'one', ['one']],
    ['list', 'a||b|', ['a', 'b']],
    ['list', 'https://x/a.jpg?w=1|https://x/b.jpg', ['https://x/a.jpg?w=1', 'https://x/b.jpg']],
    ['weight', '1.2 kg', { value: 1.2, unit: 'kg' }],
    ['weight', '1.2kg', { value: 1.2, unit: 'kg' }],
    ['weight', '500 G', { value: 500, unit: 'g' }],
    ['weight', '3 lb', { value: 3, unit: 'lb' }],
    ['weight', 'heavy', FAIL],
    ['weight', '1.2', FAIL],
    ['weight', 'kg 1.2', FAIL],
    ['weight', '1,2 kg', FAIL],
    ['weight', '-1 kg', FAIL],
    ['weight', '1.2 kg extra', FAIL],
    ['dimensions', '30 x 20 x 10 cm', { length: 30, width: 20, height: 10, unit: 'cm' }],
    ['dimensions', '30×20×10cm', { length: 30, width: 20, height: 10, unit: 'cm' }],
    ['dimensions', '30.5X20X10.25 IN', { length: 30.5, width: 20, height: 10.25, unit: 'in' }],
    ['dimensions', '30 x 20 cm', FAIL],
    ['dimensions', '30 x 20 x 10', FAIL],
    ['dimensions', '30*20*10 cm', FAIL],
    ['dimensions', 'big', FAIL],
    ['unit-pricing', '340 g / 100 g', { measure: { value: 340, unit: 'g' }, baseMeasure: { value: 100, unit: 'g' } }],
    ['unit-pricing', '1.5L/1l', { measure: { value: 1.5, unit: 'l' }, baseMeasure: { value: 1, unit: 'l' } }],
    ['unit-pricing', '340 g', FAIL],
    ['unit-pricing', '340 g / 100 g / 1 kg', FAIL],
    ['unit-pricing', '340 g / 100 g / nonsense', FAIL],
    ['unit-pricing', '340 g /', FAIL],
    ['unit-pricing', 'g / 100 g', FAIL],
    ['options', 'Capacity=10000 mAh; Plug=US', { Capacity: '10000 mAh', Plug: 'US' }],
    ['options', 'Color=Blue', { Color: 'Blue' }],
    ['options', ' Size = M ;', { Size: 'M' }],
    ['options', 'Formula=a=b', { Formula: 'a=b' }],
    ['options', 'Capacity', FAIL],
    ['options', '=US', FAIL],
    ['options', 'Plug=US;=EU', FAIL],
    ['options', 'Plug=US; =EU', FAIL],
    ['options', 'Plug=US;  = EU', FAIL],
  ];

  it.each(cases)('%s %j', (type, raw, expected) => {
    const result = readCell(type, raw);
    if (expected === FAIL) {
      expect(result.ok).toBe(false);
      expect(result).toHaveProperty('expected');
    } else {
      expect(result).toEqual({ ok: true, value: expected });
    }
  });

  it('has a valid and an invalid case for every cell type used by a canonical column', () => {
    const used = new Set(Object.values(CANONICAL_COLUMNS).map((c) => c.type));
    const tested = new Set(cases.map(([type]) => type));
    for (const type of used) expect(tested).toContain(type);
  });
});
