import { cardFunctionNames, CARD_SAMPLES, previewSamples } from '../../tools/cardsPreview/samples';

describe('card preview samples', () => {
  it('cover every card the index exports, with unique file names', () => {
    const samples = previewSamples();
    expect(new Set(samples.map((sample) => sample.cardFunction))).toEqual(
      new Set(cardFunctionNames()),
    );
    expect(cardFunctionNames()).toEqual(expect.arrayContaining(['welcomeCard', 'resultCard']));
    for (const sample of samples) expect(sample.build().type).toBe('AdaptiveCard');
  });

  it('name the card that has no sample yet', () => {
    const { handoffCard: _missing, ...rest } = CARD_SAMPLES;
    expect(() => previewSamples(rest)).toThrow(/no preview sample for handoffCard/);
  });

  it('include a facts form with the problems a rejected submit reports, in words', () => {
    const form = previewSamples().find((sample) => sample.name === 'factsForm-problems');
    const text = JSON.stringify(form?.build());
    expect(text).toContain('Subscriptions: 0 is less than 1.');
    expect(text).toContain('Distinct VM SKUs: 12.5 is not a whole number.');
  });
});
