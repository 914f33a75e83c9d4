import { fillPlaceholders, placeholderNames } from '../../tools/appPackage/placeholders';

describe('fillPlaceholders', () => {
  it('replaces every placeholder, including repeated ones', () => {
    const result = fillPlaceholders('{"id":"{{Id}}","bot":"{{Id}}","v":"{{Version}}"}', {
      Id: 'abc',
      Version: '1.0.0',
    });
    expect(result).toEqual({ ok: true, text: '{"id":"abc","bot":"abc","v":"1.0.0"}' });
  });

  it('escapes values for the JSON string they sit in', () => {
    const result = fillPlaceholders('{"name":"{{Name}}"}', { Name: 'Contoso "Field" \\ Tools' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(JSON.parse(result.text)).toEqual({ name: 'Contoso "Field" \\ Tools' });
  });

  it('never expands placeholders that appear inside a value', () => {
    const result = fillPlaceholders('{"a":"{{A}}","b":"{{B}}"}', { A: '{{B}}', B: 'b' });
    expect(result).toEqual({ ok: true, text: '{"a":"{{B}}","b":"b"}' });
  });

  it('leaves Adaptive Card template expressions alone', () => {
    const result = fillPlaceholders('{"text":"${owner} for {{Name}}"}', { Name: 'Contoso' });
    expect(result).toEqual({ ok: true, text: '{"text":"${owner} for Contoso"}' });
  });

  const ID = { Id: 'abc' };
  it.each([
    [
      'a placeholder without a value',
      '{"id":"{{Id}}","x":"{{Other}}"}',
      ID,
      'placeholder {{Other}} has no value',
    ],
    ['a placeholder with spaces', '{"id":"{{ Id }}"}', ID, 'placeholder {{ Id }} is malformed'],
    ['an empty placeholder', '{"id":"{{}}{{Id}}"}', ID, 'placeholder {{}} is malformed'],
    ['an unclosed placeholder', '{"id":"{{Id}}","x":"{{Id"}', ID, 'unmatched "{{" or "}}"'],
    ['a stray closing pair', '{"id":"{{Id}}","x":"Id}}"}', ID, 'unmatched "{{" or "}}"'],
    [
      'a value the template never uses',
      '{"x":"{{Id}}"}',
      { ...ID, Extra: 'x' },
      'value Extra is never used',
    ],
  ])('refuses %s', (_label, template, values, message) => {
    const result = fillPlaceholders(template, values);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringContaining(message));
  });

  it('reports every problem at once', () => {
    const result = fillPlaceholders('{"a":"{{A}}","b":"{{B}}"}', { C: 'c' });
    expect(result.ok ? [] : result.errors).toEqual([
      'placeholder {{A}} has no value',
      'placeholder {{B}} has no value',
      'value C is never used by the template',
    ]);
  });
});

describe('placeholderNames', () => {
  it('lists each name once, in order of first use', () => {
    expect(placeholderNames('{{B}} {{A}} {{B}} ${c}')).toEqual(['B', 'A']);
  });
});
