import { describe, expect, it } from 'vitest';
import { cut, fromChunks } from '../test-support/chunks.js';
import { readNdjson } from './ndjson.js';
import type { SourceItem } from './source-item.js';

const FILE = 'catalog.ndjson';



/** A small seeded generator (mulberry32), so a failing random chunking can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cutRandomly(text: string, seed: number, maxSize = 9): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const size = 1 + Math.floor(next() * maxSize);
    out.push(text.slice(i, i + size));
    i += size;
  }
  return out;
}

async function read(chunks: readonly string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readNdjson(fromChunks(chunks), FILE)) out.push(item);
  return out;
}

/** `line:value` for a record, `line:ruleId` for an unreadable line. */
const summary = (items: SourceItem[]): string[] =>
  items.map((item) =>
    item.type === 'record' ? `${item.origin.line}:${JSON.stringify(item.value)}` : `${item.diagnostic.origin?.line}:${item.diagnostic.ruleId}`,
  );

/** Every way of cutting the text that a test checks: whole, 1 code unit at a time, fixed sizes and seeded random sizes. */
function chunkings(text: string): Array<[string, string[]]> {
  return [
    ['whole', [text]],
    ['1-char', cut(text, 1)],
    ['2-char', cut(text, 2)],
    ['3-char', cut(text, 3)],
    ['7-char', cut(text, 7)],
    ...[1, 2, 3, 4, 5].map((seed): [string, string[]] => [`random seed ${seed}`, cutRandomly(text, seed)]),
    ['random large', cutRandomly(text, 99, 64)],
  ];
}

describe('readNdjson', () => {
  const cases: Array<[string, string, string[]]> = [
    ['LF line ends', '{"id":"a"}\n{"id":"b"}\n', ['1:{"id":"a"}', '2:{"id":"b"}']],
    ['CRLF line ends', '{"id":"a"}\r\n{"id":"b"}\r\n', ['1:{"id":"a"}', '2:{"id":"b"}']],
    ['mixed LF and CRLF', '{"id":"a"}\r\n{"id":"b"}\n{"id":"c"}\r\n', ['1:{"id":"a"}', '2:{"id":"b"}', '3:{"id":"c"}']],
    ['byte order mark before the first record', '\ufeff{"id":"a"}\n{"id":"b"}\n', ['1:{"id":"a"}', '2:{"id":"b"}']],
    ['byte order mark with CRLF', '\ufeff{"id":"a"}\r\n', ['1:{"id":"a"}']],
    [
      'blank and whitespace-only lines are skipped but counted',
      '\n{"id":"a"}\n\n   \n\t\r\n{"id":"b"}\n\n',
      ['2:{"id":"a"}', '6:{"id":"b"}'],
    ],
    ['last line without a newline', '{"id":"a"}\n{"id":"b"}', ['1:{"id":"a"}', '2:{"id":"b"}']],
    ['last line without a newline after CRLF lines', '{"id":"a"}\r\n{"id":"b"}', ['1:{"id":"a"}', '2:{"id":"b"}']],
    ['a single record without a newline', '{"id":"a"}', ['1:{"id":"a"}']],
    [
      'a broken line in the middle is reported and later lines are read',
      '{"id":"a"}\n{"id":"b" "title":"x"}\n{"id":"c"}\n',
      ['1:{"id":"a"}', '2:input/malformed-json', '3:{"id":"c"}'],
    ],
    [
      'several broken lines keep their own line numbers',
      '{"id":"a"}\r\n{broken\r\n\r\n{"id":"c"}\r\n[1,\r\n{"id":"e"}\r\n',
      ['1:{"id":"a"}', '2:input/malformed-json', '4:{"id":"c"}', '5:input/malformed-json', '6:{"id":"e"}'],
    ],
    ['a broken last line without a newline', '{"id":"a"}\n{"id":', ['1:{"id":"a"}', '2:input/malformed-json']],
    ['a record spread over two lines is two broken lines', '{"id":\n"a"}\n', ['1:input/malformed-json', '2:input/malformed-json']],
    ['leading and trailing spaces around a record', '   {"id":"a"}  \t\n', ['1:{"id":"a"}']],
    [
      'values that are not objects are records too (validation rejects them)',
      '1\n"text"\nnull\n[1,2]\ntrue\n',
      ['1:1', '2:"text"', '3:null', '4:[1,2]', '5:true'],
    ],
    ['an escaped newline inside a string is not a line end', '{"d":"a\\nb\\r\\nc"}\n', ['1:{"d":"a\\nb\\r\\nc"}']],
    ['a lone carriage return is not a line end', '{"id":"a"}\r{"id":"b"}\n{"id":"c"}\n', ['1:input/malformed-json', '2:{"id":"c"}']],
    [
      'emoji and CJK text',
      '{"title":"テント 🏕️ 帐篷","emoji":"👩🏽‍🚀🇫🇷"}\n{"title":"한국어 😀"}\n',
      ['1:{"title":"テント 🏕️ 帐篷","emoji":"👩🏽‍🚀🇫🇷"}', '2:{"title":"한국어 😀"}'],
    ],
    ['empty input', '', []],
    ['only blank lines', '\n\r\n  \n', []],
    ['only a byte order mark', '\ufeff', []],
  ];

  describe.each(cases)('%s', (_name, text, expected) => {
    it.each(chunkings(text))('chunked %s', async (_how, chunks) => {
      expect(chunks.join('')).toBe(text);
      expect(summary(await read(chunks))).toEqual(expected);
    });
  });

  it('stamps every record with the file and its line', async () => {
    const items = await read(['{"id":"a"}\n\n{"id":"b"}']);
    expect(items).toEqual([
      { type: 'record', value: { id: 'a' }, origin: { file: FILE, line: 1 } },
      { type: 'record', value: { id: 'b' }, origin: { file: FILE, line: 3 } },
    ]);
  });

  it('reports a broken line as an error diagnostic with its origin and an excerpt', async () => {
    const items = await read(['{"id":"a"}\r\n{"id":"b",}\r\n{"id":"c"}\r\n']);
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({
      type: 'unreadable',
      diagnostic: { ruleId: 'input/malformed-json', severity: 'error', kind: 'problem', origin: { file: FILE, line: 2 }, actual: '{"id":"b",}' },
    });
  });

  it('keeps only a short excerpt of a very long broken line', async () => {
    const broken = `{"id":"a","description":"${'x'.repeat(10_000)}"`;
    const [item] = await read([`${broken}\n`]);
    expect(item?.type).toBe('unreadable');
    const actual = item?.type === 'unreadable' ? item.diagnostic.actual : undefined;
    expect(typeof actual).toBe('string');
    expect((actual as string).length).toBeLessThan(200);
    expect(broken.startsWith((actual as string).replace(/…$/, ''))).toBe(true);
  });

  it('reads a very long line across many chunks', async () => {
    const description = 'Ünïcödé 测试 🏕️ '.repeat(40_000); // about 600,000 code units
    const text = `{"id":"a"}\n${JSON.stringify({ id: 'long', description })}\n{"id":"c"}`;
    for (const size of [4096, 65_536, 1 << 20]) {
      expect(await read(cut(text, size))).toEqual([
        { type: 'record', value: { id: 'a' }, origin: { file: FILE, line: 1 } },
        { type: 'record', value: { id: 'long', description }, origin: { file: FILE, line: 2 } },
        { type: 'record', value: { id: 'c' }, origin: { file: FILE, line: 3 } },
      ]);
    }
  });

  it('joins multibyte text split inside a surrogate pair or a combining sequence', async () => {
    const value = { title: '🏕️ キャンプ用テント 露营帐篷 🇯🇵', note: 'é = e\u0301' };
    const line = JSON.stringify(value);
    // Split right inside the first emoji's surrogate pair, and inside the flag.
    const firstEmoji = line.indexOf('🏕');
    const flag = line.indexOf('🇯🇵');
    const chunks = [line.slice(0, firstEmoji + 1), line.slice(firstEmoji + 1, flag + 1), line.slice(flag + 1, flag + 3), line.slice(flag + 3), '\n'];
    expect(chunks.join('')).toBe(`${line}\n`);
    expect(await read(chunks)).toEqual([{ type: 'record', value, origin: { file: FILE, line: 1 } }]);
  });

  it('treats a byte order mark as the start of the input even when it arrives alone', async () => {
    expect(summary(await read(['\ufeff', '{"id":"a"}\n']))).toEqual(['1:{"id":"a"}']);
  });

  it('strips the byte order mark even when an empty chunk comes first', async () => {
    // An async source may yield an empty string before the first text; the BOM is still the start of the input.
    expect(summary(await read(['', '\ufeff{"id":"a"}\n']))).toEqual(['1:{"id":"a"}']);
  });

  it('does not treat a byte order mark after the start as whitespace', async () => {
    expect(summary(await read(['{"id":"a"}\n\ufeff{"id":"b"}\n']))).toEqual(['1:{"id":"a"}', '2:input/malformed-json']);
  });

  it('says so when a later line starts with a byte order mark, which JSON.parse shows as an invisible token', async () => {
    const [, item] = await read(['{"id":"a"}\n\ufeff{"id":"b"}\n']);
    expect(item?.type === 'unreadable' && item.diagnostic.message).toMatch(/starts with a byte order mark \(U\+FEFF\)/);
  });

  it('yields the same items however the text is cut (seeded random chunkings of a mixed file)', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (i % 13 === 5) lines.push('{"broken": ');
      else if (i % 11 === 3) lines.push('');
      else lines.push(JSON.stringify({ id: `p${i}`, title: `テント ${i} 🏕️`, tags: ['a,b', '{x}', '"q"'] }));
    }
    const text = `\ufeff${lines.join('\r\n')}`;
    const expected = summary(await read([text]));
    expect(expected.filter((s) => s.endsWith('input/malformed-json'))).toHaveLength(5);
    for (let seed = 1; seed <= 25; seed++) {
      expect(summary(await read(cutRandomly(text, seed, 1 + (seed % 17) * 3)))).toEqual(expected);
    }
  });
});
