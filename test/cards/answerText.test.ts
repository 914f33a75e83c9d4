import { answerParagraphs, linkLabel, markdownInert } from '../../src/cards/answerText';

describe('linkLabel: the words of a link', () => {
  it.each([
    ['https://aka.ms/azcapman', 'aka.ms/azcapman'],
    ['https://www.microsoft.com/en-us/msrc', 'microsoft.com/en-us/msrc'],
    ['https://msrc.microsoft.com/', 'msrc.microsoft.com'],
    [
      'https://learn.microsoft.com/en-us/azure/quotas/quota-groups',
      'learn.microsoft.com/…/quota-groups',
    ],
    [
      'https://learn.microsoft.com/en-us/cli/azure/quota?view=azure-cli-latest',
      'learn.microsoft.com/…/quota',
    ],
    [
      'https://learn.microsoft.com/en-us/azure/x/application-design#scale-unit-architecture',
      'learn.microsoft.com/…/application-design',
    ],
    ['mailto:PADesk@microsoft.com', 'PADesk@microsoft.com'],
  ])('%s → %s', (href, label) => {
    expect(linkLabel(href)).toBe(label);
  });
});

describe('markdownInert', () => {
  it.each([
    ['plain words, colons and parentheses', 'Quota groups docs (', true],
    ['an underscore inside a word', 'aka.ms/CMAzure_Feedback', true],
    ['a bullet the card draws', '• Support: ', true],
    ['an asterisk', 'Proactive Accelerators (*)', false],
    ['an underscore at a word edge', 'an _emphasis_', false],
    ['brackets', 'see [this]', false],
    ['a backtick', 'run `az`', false],
    ['a pipe', 'a | b', false],
    ['angle brackets', '<b>', false],
  ])('%s: %s', (_case, text, inert) => {
    expect(markdownInert(text)).toBe(inert);
  });

  it.each(['- item', '1. first', '2) second', '# heading', '> quote'])(
    'a line starting "%s" is not inert at the start of a line',
    (text) => {
      expect(markdownInert(text, { atLineStart: true })).toBe(false);
      expect(markdownInert(`• ${text}`, { atLineStart: true })).toBe(!/[#>]/.test(text));
    },
  );
});

describe('answerParagraphs', () => {
  it('turns bullets into "• " lines and addresses into links', () => {
    expect(answerParagraphs('Offers:\n- ASfP: aka.ms/ASfP\n- none')).toEqual([
      { text: 'Offers:' },
      { text: '• ASfP: aka.ms/ASfP', markdown: '• ASfP: [aka.ms/ASfP](https://aka.ms/ASfP)' },
      { text: '• none' },
    ]);
  });

  it('leaves a line with links as plain text when its words would read as markdown', () => {
    expect(answerParagraphs('See *this*: aka.ms/x')).toEqual([{ text: 'See *this*: aka.ms/x' }]);
  });
});
