import { asksForAssessment, type Command, recognizeCommand } from '../../src/understanding';

describe('recognizeCommand: commands and their natural phrasings', () => {
  it.each<[string, Command, string]>([
    ['assess', 'assess', ''],
    ['Assess Contoso: 3 subscriptions, GPU', 'assess', 'Contoso: 3 subscriptions, GPU'],
    ['new assessment', 'assess', ''],
    ['can you assess this account', 'assess', 'this account'],
    ['partner', 'partner', ''],
    ['Partner: needs break-fix, ASfP', 'partner', 'needs break-fix, ASfP'],
    ['help', 'help', ''],
    ['HELP?', 'help', ''],
    ['/help', 'help', ''],
    ['what can you do?', 'help', ''],
    ['help please', 'help', ''],
    ['cancel', 'cancel', ''],
    ['Quit', 'cancel', ''],
    ['stop!', 'cancel', ''],
    ['never mind', 'cancel', ''],
    ['please cancel', 'cancel', ''],
    ['start over', 'startOver', ''],
    ['Start Over!!!', 'startOver', ''],
    ['restart.', 'startOver', ''],
    ["let's start over", 'startOver', ''],
    ['start again please', 'startOver', ''],
    ['back', 'back', ''],
    ['go back', 'back', ''],
    ['Go back, please', 'back', ''],
    ['previous question', 'back', ''],
    ['skip', 'skip', ''],
    ['skip this question', 'skip', ''],
    ['Skip it.', 'skip', ''],
    ['handoff', 'handoff', ''],
    [
      'handoff Contoso, 3 subscriptions, 2 regions',
      'handoff',
      'Contoso, 3 subscriptions, 2 regions',
    ],
    ['Hand-off: Contoso', 'handoff', 'Contoso'],
    ['hand off Fabrikam — GPU', 'handoff', 'Fabrikam — GPU'],
    ['create a handoff for Contoso', 'handoff', 'for Contoso'],
    ['my handoffs', 'myHandoffs', ''],
    ['show my handoffs', 'myHandoffs', ''],
    ['Show my hand-offs please', 'myHandoffs', ''],
    ['list my handoffs', 'myHandoffs', ''],
  ])('%j is %s with rest %j', (text, command, rest) => {
    expect(recognizeCommand(text)).toEqual({ command, rest });
  });

  it.each([
    '',
    '   ',
    'how do I track a consumption motion in MSX?',
    'stop the VM before resizing it',
    'help me understand quota groups',
    'go back to the forecast phase',
    'skip the GPU part, it is CPU only',
    'who should own this?',
    '3 subscriptions, 2 regions',
    'restarting the VM did not help',
    'handoffs are hard',
    'x'.repeat(5000),
  ])('%j is no command', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });
});

describe('asksForAssessment: a request for advice versus a question for the FAQ', () => {
  it.each([
    "who should own this customer's capacity conversation?",
    'can you assess this account',
    'which persona should handle capacity for Contoso',
    'Who owns the capacity conversation for Fabrikam?',
    'Should a CSA or CSAM own this?',
    'who do I hand this customer off to?',
    'who should lead capacity planning for this account?',
    'Please evaluate this customer for a capacity handoff',
    'Who is the right owner for Contoso capacity governance?',
    'Which role should take this engagement?',
    'who takes the capacity conversation with Northwind: SE, CSAM or CSA?',
    "who should I engage for this customer's GPU capacity?",
    'I need a handoff recommendation for Contoso',
    'assess: 3 subscriptions, 2 regions, GPU',
    'WHO SHOULD HANDLE THIS???',
    'which team should run this deal',
    'could you recommend an owner for Fabrikam',
    'what persona owns capacity for a customer with 3 subscriptions?',
  ])('%j asks for an assessment', (text) => {
    expect(asksForAssessment(text)).toBe(true);
  });

  it.each([
    'how do I track a consumption motion in MSX?',
    'what is a quota group?',
    'how do I request a quota increase?',
    'where are the azcapman guides?',
    'what does a CSAM do?',
    'who is the CSAM for Contoso?',
    "how do I assess a customer's cloud maturity?",
    'what are capacity reservations?',
    'when should I use the Partner Architecture Desk?',
    'how does TPD work?',
    "what's the difference between ASfP and PSfP?",
    'explain the capacity journey phases',
    'how do CSAMs engage in consumption motions?',
    'where do I file a break-fix ticket for a partner?',
    'who approves quota increases?',
    'who owns the azcapman documentation?',
    'what is the Azure Optimization Workshop?',
    'can you share the monitoring and alerting guide?',
    'thanks!',
    '',
  ])('%j is a question for the FAQ', (text) => {
    expect(asksForAssessment(text)).toBe(false);
  });
});

describe('recognizeCommand: small typos of commands', () => {
  it.each<[string, Command, string]>([
    ['asess', 'assess', ''],
    // "asses" is a word; "assses" is not
    ['assses Fabrikam, post-sales, 3 subs', 'assess', 'Fabrikam, post-sales, 3 subs'],
    ['Asess Contoso: GPU', 'assess', 'Contoso: GPU'],
    ['assesment', 'assess', ''],
    ['hlep', 'help', ''],
    ['hepl', 'help', ''],
    ['strat over', 'startOver', ''],
    ['start ovr', 'startOver', ''],
    ['restrat', 'startOver', ''],
    ['cancle', 'cancel', ''],
    ['please cancle', 'cancel', ''],
    ['cacnel', 'cancel', ''],
    ['my handofs', 'myHandoffs', ''],
    ['show my handfofs', 'myHandoffs', ''],
    ['handof Contoso', 'handoff', 'Contoso'],
    ['partnr: break-fix', 'partner', 'break-fix'],
    ['evalute', 'assess', ''],
    ['bakc', 'back', ''],
    ['go bak', 'back', ''],
    ['skpi', 'skip', ''],
    ['quti', 'cancel', ''],
    ['exti', 'cancel', ''],
  ])('%j is %s with rest %j, typed with a typo', (text, command, rest) => {
    expect(recognizeCommand(text)).toEqual({ command, rest, typo: true });
  });

  it.each([
    // English words one letter from a command word
    'access',
    'asset',
    'asses',
    'assets',
    'held',
    'hell',
    'helm',
    'helps',
    'yelp',
    'about',
    'aborts',
    'advice',
    'rest',
    'resent',
    'preset',
    'quite',
    'quiet',
    'quiz',
    'exist',
    'edit',
    'step',
    'shop',
    'top',
    'past',
    'skin',
    'skim',
    'slip',
    'bank',
    'black',
    'menus',
    'undue',
    'partners',
    'cancels',
    'precious',
    'star over',
    // the bot's own words
    'pas',
    'reserve',
    // a help desk inside a question, an assessment of something
    'help desk number?',
    'how do I reach the help desk?',
    'where is the assessment of cloud maturity?',
    // short words change too much with one edit
    'hep',
    'hlp',
    'bac',
    'qit',
    // two typos are no longer the command
    'hlepp',
    'strat ovr',
    'acess',
  ])('%j is no command', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });

  it('keeps "assessment of …" as it was: the command, with the rest', () => {
    expect(recognizeCommand('assessment of Contoso')).toEqual({
      command: 'assess',
      rest: 'of Contoso',
    });
  });
});
