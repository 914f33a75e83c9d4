import { cardFunctionNames, CARD_SAMPLES, previewSamples } from '../../src/cards/preview/samples';

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

  it('include a facts form with the problems parseFacts reported', () => {
    const form = previewSamples().find((sample) => sample.name === 'factsForm-problems');
    const text = JSON.stringify(form?.build());
    expect(text).toContain('For the sales stage, give pre-sales or post-sales');
    expect(text).toContain('For the number of subscriptions, give a whole number');
  });
});
