import { formatMarkdown } from '../../tools/cardsPreview/markdown';

describe('the preview markdown step', () => {
  it('turns **bold** and http(s) links into tags', () => {
    expect(formatMarkdown('**Next:** see [the guide](https://example.com/a?b=1&c=2)')).toBe(
      '<strong>Next:</strong> see <a href="https://example.com/a?b=1&amp;c=2" target="_blank" ' +
        'rel="noopener noreferrer">the guide</a>',
    );
  });

  it('keeps HTML, other link schemes and quotes as text', () => {
    expect(formatMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(formatMarkdown('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
    expect(formatMarkdown('[x](https://e.com/"onmouseover="alert(1))')).not.toContain(
      '"onmouseover',
    );
  });

  it('keeps line breaks', () => {
    expect(formatMarkdown('one\ntwo')).toBe('one<br>two');
  });
});
