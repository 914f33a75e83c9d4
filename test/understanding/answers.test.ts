import type { FactPath } from '../../src/rubric';
import { understandAnswer } from '../../src/understanding';
import { describeAnswerProblem } from '../../src/words/understanding';

describe('understandAnswer: typed answers to one question', () => {
  it.each<[FactPath, string, unknown]>([
    // counts, via the number recognizer
    ['quotaGroupVcpus', 'about 600 vCPUs', 600],
    ['quotaGroupVcpus', '~1,200', 1200],
    ['quotaGroupVcpus', '0', 0],
    ['quotaGroupVcpus', 'none', 0],
    ['subscriptions', '3', 3],
    ['subscriptions', 'one', 1],
    ['subscriptions', 'just 1 subscription', 1],
    ['subscriptions', '3, I said 3', 3],
    ['regions', 'two regions', 2],
    ['regions', 'Two', 2],
    ['vmSkus', 'a dozen', 12],
    ['vmSkus', 'fourteen SKUs', 14],
    ['vmSkus', 'zero', 0],
    ['vmSkus', '10', 10],
    // money
    ['monthlySpendUsd', '$60K a month', 60_000],
    ['monthlySpendUsd', '60k', 60_000],
    ['monthlySpendUsd', '$60,000/month', 60_000],
    ['monthlySpendUsd', '60 thousand dollars', 60_000],
    ['monthlySpendUsd', 'USD 60k', 60_000],
    ['monthlySpendUsd', '$1.2M per month', 1_200_000],
    ['monthlySpendUsd', '50000.50', 50_000.5],
    ['monthlySpendUsd', '$0', 0],
    // hours
    ['partner.expectedHours', '40', 40],
    ['partner.expectedHours', 'about 40 hours', 40],
    ['partner.expectedHours', '12.5 hours', 12.5],
    // yes and no: the recognizer and the words it misses
    ['supportContract', 'yes', true],
    ['supportContract', 'yes please', true],
    ['supportContract', 'Yep!', true],
    ['supportContract', 'they have Unified', true],
    ['supportContract', 'Premier', true],
    ['supportContract', 'no', false],
    ['supportContract', 'nope', false],
    ['supportContract', 'not really', false],
    ['supportContract', 'nah', false],
    ['supportContract', "I don't think so", false],
    ['supportContract', 'nope, no contract', false],
    ['gpuOrRestricted', 'no GPU', false],
    ['gpuOrRestricted', 'not GPU', false],
    ['gpuOrRestricted', 'CPU only', false],
    ['gpuOrRestricted', 'sure', true],
    ['processCoordination', 'correct', true],
    ['processCoordination', 'of course not', false],
    ['partner.customerOnEA', 'no EA', false],
    ['partner.partnerCenterAccess', 'TRUE', true],
    ['partner.customerOpportunity', 'absolutely', true],
    // one of
    ['salesStage', 'post sales', 'postsales'],
    ['salesStage', 'after the sale', 'postsales'],
    ['salesStage', 'post-sales', 'postsales'],
    ['salesStage', 'Pre-Sales', 'presales'],
    ['salesStage', 'presales', 'presales'],
    ['phase', 'access & quota', 'access-quota'],
    ['phase', 'Govern and ship', 'govern-ship'],
    ['phase', 'reserve', 'reserve'],
    ['maturity', 'cloud is in use', 'in-use'],
    ['maturity', 'affine', 'affine'],
    ['partner.need', 'go-to-market', 'go-to-market'],
    ['partner.need', 'break/fix', 'break-fix'],
    ['partner.need', 'a security vulnerability', 'security-vulnerability'],
    ['partner.plan', 'ASfP', 'asfp'],
    ['partner.plan', 'premier support for partners', 'psfp'],
    ['partner.plan', 'neither', 'none'],
    ['partner.requester', 'the end customer', 'end-customer'],
    ['partner.requester', 'Partner', 'partner'],
    // sets
    ['designReview', 'forecast and architecture', ['forecast', 'architecture']],
    ['designReview', 'architecture, forecast', ['forecast', 'architecture']],
    ['designReview', 'quota strategy', ['quotaStrategy']],
    ['designReview', 'none', []],
    ['designReview', 'no', []],
    ['designReview', 'all three', ['forecast', 'architecture', 'quotaStrategy']],
    // text, literally
    ['account', '  Contoso Ltd  ', 'Contoso Ltd'],
    ['account', 'Skip Hop Inc', 'Skip Hop Inc'],
    ['account', '${constructor} **Fabrikam**', '${constructor} **Fabrikam**'],
    ['account', 'x'.repeat(100), 'x'.repeat(100)],
  ])('%s ← %j means %j', (fact, text, value) => {
    expect(understandAnswer(fact, text)).toEqual({ ok: true, value });
  });

  it.each<[FactPath, string]>([
    ['partner.expectedHours', 'skip'],
    ['partner.expectedHours', 'not sure'],
    ['partner.expectedHours', "I don't know"],
    ['account', 'skip'],
    ['account', 'None'],
    ['phase', 'not sure'],
    ['phase', 'no idea'],
    ['maturity', 'Skip this question please'],
    ['maturity', 'dunno'],
  ])('%s ← %j is declined: absence means something', (fact, text) => {
    expect(understandAnswer(fact, text)).toEqual({ ok: true, declined: true });
  });

  it.each<[FactPath, string, string[]]>([
    // counts: fractions, negatives, two numbers, no number
    [
      'subscriptions',
      '1.5',
      [
        '"1.5" isn\'t a whole number',
        'I need a whole number of subscriptions, 1 or more — for example 3.',
      ],
    ],
    ['subscriptions', '-2', ['less than 1', 'whole number of subscriptions, 1 or more']],
    ['subscriptions', '0', ['less than 1', 'subscriptions']],
    ['regions', 'none', ['less than 1', 'whole number of regions, 1 or more']],
    ['regions', '3 or 4', ['more than one number ("3" and "4")', 'regions']],
    ['regions', 'several', ['couldn\'t find a number in "several"', 'regions, 1 or more']],
    ['vmSkus', 'half', ['"half" isn\'t a whole number', 'distinct VM SKUs, 0 or more']],
    ['quotaGroupVcpus', 'minus 5', ['less than 0', 'vCPUs in the largest quota group']],
    ['quotaGroupVcpus', '1e400', ['larger than I can take', 'vCPUs']],
    ['quotaGroupVcpus', '99999999999999999999999', ['larger than I can take']],
    ['subscriptions', 'skip', ["can't be skipped", 'A rough figure is fine', 'subscriptions']],
    ['vmSkus', 'not sure', ["can't be skipped", 'VM SKUs']],
    // money: other currencies and periods are not converted
    [
      'monthlySpendUsd',
      '€50k',
      ['in Euro, not US dollars', 'capacity spend per month in US dollars'],
    ],
    ['monthlySpendUsd', '$720k a year', ['per year, not per month', 'US dollars']],
    ['monthlySpendUsd', '15k weekly', ['per week, not per month']],
    ['monthlySpendUsd', '$60k-$70k', ['more than one number', '$60K a month']],
    ['monthlySpendUsd', 'a lot', ["couldn't find a number", 'capacity spend per month']],
    ['monthlySpendUsd', '-100', ['less than 0']],
    ['monthlySpendUsd', '2 trillion', ['more than 1,000,000,000,000']],
    // hours
    [
      'partner.expectedHours',
      '2 weeks',
      ['in weeks, not hours', "say 'skip' if it's a short engagement"],
    ],
    ['partner.expectedHours', '20000', ['more than 10,000', 'expected number of hours']],
    // yes and no
    [
      'supportContract',
      'yes and no',
      [
        'both yes and no',
        'I need a yes or no: Does the customer have a Microsoft support contract (Unified or Premier)?',
      ],
    ],
    ['supportContract', 'banana', ['"banana" means yes or no', 'support contract']],
    ['supportContract', 'skip', ["can't be skipped", 'support contract']],
    ['gpuOrRestricted', 'not sure', ["can't be skipped", 'GPU or restricted SKUs']],
    ['gpuOrRestricted', 'maybe', ["doesn't sound certain", 'GPU or restricted SKUs']],
    ['gpuOrRestricted', 'probably yes', ["doesn't sound certain"]],
    ['processCoordination', 'yes, no', ['both yes and no', 'capacity process coordinated']],
    ['partner.customerOnEA', '', ["didn't get an answer", 'Enterprise Agreement']],
    // one of
    [
      'salesStage',
      'during',
      ['didn\'t recognise "during"', 'sales stage: Pre-sales or Post-sales'],
    ],
    ['salesStage', 'pre-sales or post-sales', ['more than one (Pre-sales and Post-sales)']],
    ['salesStage', 'not post-sales', ["rather than which it isn't", 'Pre-sales or Post-sales']],
    ['salesStage', 'not sure', ["can't be skipped", 'sales stage']],
    [
      'phase',
      'lunch',
      ['capacity journey phase: Forecast, Access & quota, Reserve or Govern & ship'],
    ],
    ['partner.plan', 'no ASfP', ["rather than which it isn't", 'ASfP, PSfP or Neither']],
    ['partner.need', 'money', ['what the partner needs: Break-fix']],
    ['partner.requester', 'skip', ["can't be skipped", 'who is asking']],
    // sets
    [
      'designReview',
      'pizza',
      [
        'didn\'t recognise "pizza"',
        'one or more of forecast validation, architecture change, complex quota strategy — or none',
      ],
    ],
    ['designReview', 'none, forecast', ['both none and some', 'design reviews']],
    ['designReview', 'no forecast', ["rather than which it isn't"]],
    ['designReview', 'skip', ["can't be skipped", 'design reviews']],
    // text and length
    ['account', 'x'.repeat(101), ['too long (101 characters; at most 100)', 'account name']],
    ['account', '   ', ["didn't get an answer", 'account name']],
    ['regions', '3 '.repeat(150), ['too long (299 characters; at most 200)', 'regions']],
  ])('%s ← %j is rejected: %j', (fact, text, fragments) => {
    const result = understandAnswer(fact, text);
    expect(result.ok).toBe(false);
    const message = 'problem' in result ? describeAnswerProblem(fact, result.problem) : '';
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});
