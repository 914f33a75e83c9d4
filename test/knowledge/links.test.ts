import { KNOWLEDGE_ENTRIES, parseEntries, textParts } from '../../src/knowledge';
import { SEED_FILES } from '../../src/rubric/rules/sources';

describe('textParts: the addresses in a line of an answer', () => {
  it.each([
    ['no address', 'Not yet: until 2Q.', [{ text: 'Not yet: until 2Q.' }]],
    [
      'an https address in parentheses',
      'Quota groups docs (https://learn.microsoft.com/en-us/azure/quotas/quota-groups): pooling.',
      [
        { text: 'Quota groups docs (' },
        {
          text: 'https://learn.microsoft.com/en-us/azure/quotas/quota-groups',
          href: 'https://learn.microsoft.com/en-us/azure/quotas/quota-groups',
        },
        { text: '): pooling.' },
      ],
    ],
    [
      'an address without a scheme, before a full stop',
      'The offer is at aka.ms/ASfP.',
      [
        { text: 'The offer is at ' },
        { text: 'aka.ms/ASfP', href: 'https://aka.ms/ASfP' },
        { text: '.' },
      ],
    ],
    [
      'an http address, opened over https',
      'Nominate at http://aka.ms/cednominate',
      [
        { text: 'Nominate at ' },
        { text: 'http://aka.ms/cednominate', href: 'https://aka.ms/cednominate' },
      ],
    ],
    [
      'an e-mail address',
      'Email: PADesk@microsoft.com',
      [{ text: 'Email: ' }, { text: 'PADesk@microsoft.com', href: 'mailto:PADesk@microsoft.com' }],
    ],
    [
      'two addresses',
      'Links: http://aka.ms/a and https://docs.microsoft.com/x',
      [
        { text: 'Links: ' },
        { text: 'http://aka.ms/a', href: 'https://aka.ms/a' },
        { text: ' and ' },
        { text: 'https://docs.microsoft.com/x', href: 'https://docs.microsoft.com/x' },
      ],
    ],
  ])('%s', (_case, line, parts) => {
    expect(textParts(line)).toEqual(parts);
    expect(
      textParts(line)
        .map(({ text }) => text)
        .join(''),
    ).toBe(line);
  });
});

describe('entries link only to known places', () => {
  const source = `${SEED_FILES.partner} › Partner Support FAQ`;
  const entry = (answer: string) => [{ id: 'one', question: 'Where?', answer, source }];

  it.each([
    ['an unknown host', 'See https://example.com/page', 'https://example.com/page'],
    [
      'a host that only ends like a known one',
      'See https://evil-aka.ms/x',
      'https://evil-aka.ms/x',
    ],
    ['an e-mail address elsewhere', 'Write to someone@example.com', 'someone@example.com'],
  ])('rejects %s, naming it', (_case, answer, named) => {
    expect(() => parseEntries(entry(answer))).toThrow(named);
  });

  it('accepts the known hosts, with or without a scheme', () => {
    expect(() =>
      parseEntries(
        entry('See aka.ms/azcapman, https://learn.microsoft.com/x and PADesk@microsoft.com'),
      ),
    ).not.toThrow();
  });

  it('holds for every seed entry (checked when the entries load)', () => {
    const linked = KNOWLEDGE_ENTRIES.filter(({ answer }) =>
      answer.split('\n').some((line) => textParts(line).some((part) => 'href' in part)),
    );
    expect(linked.length).toBeGreaterThan(20);
  });
});
