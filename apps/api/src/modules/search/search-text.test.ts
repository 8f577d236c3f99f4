import { describe, expect, it } from 'vitest';
import { containsPattern, findMarks, normaliseText, queryTerms, snippetOf } from './search-text';

describe('normaliseText', () => {
  it('folds full-width ASCII and upper case, keeping the length', () => {
    const s = 'ＡＢＣ１２３（粉尘）Ab\u3000x';
    const n = normaliseText(s);
    expect(n).toBe('abc123(粉尘)ab x');
    expect(n.length).toBe(s.length);
  });
  it('leaves Chinese text alone', () => {
    expect(normaliseText('粉尘涉爆')).toBe('粉尘涉爆');
  });
});

describe('queryTerms', () => {
  it('splits on white space, normalises and drops duplicates', () => {
    expect(queryTerms('  粉尘　除尘  粉尘 ')).toEqual(['粉尘', '除尘']);
    expect(queryTerms('9161 ABC')).toEqual(['9161', 'abc']);
    expect(queryTerms('   ')).toEqual([]);
  });
  it('keeps at most five terms', () => {
    expect(queryTerms('a b c d e f g')).toHaveLength(5);
  });
});

describe('containsPattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('findMarks and snippetOf', () => {
  it('marks every occurrence, merging overlaps', () => {
    expect(findMarks('粉尘爆炸与粉尘清理', ['粉尘'])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(findMarks('abcd', ['abc', 'bcd'])).toEqual([[0, 4]]);
    expect(findMarks('ＡＢＣ', ['abc'])).toEqual([[0, 3]]);
  });
  it('cuts a window around the first match with ellipses and shifted marks', () => {
    const text = '甲'.repeat(200) + '粉尘' + '乙'.repeat(200);
    const { snippet, marks } = snippetOf(text, ['粉尘'], 40);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    const [a, b] = marks[0]!;
    expect(snippet.slice(a, b)).toBe('粉尘');
  });
  it('returns short texts whole, with line breaks flattened', () => {
    expect(snippetOf('第一款\n第二款粉尘', ['粉尘'])).toEqual({ snippet: '第一款 第二款粉尘', marks: [[7, 9]] });
  });
});
