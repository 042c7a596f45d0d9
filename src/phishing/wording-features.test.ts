import { describe, expect, it } from 'vitest';
import { wordingFeatures, wordingProbability } from './wording-features.js';

describe('the wording features', () => {
  it('reads words and neighbouring pairs, lower-case, without links, addresses, domains or numbers', () => {
    const features = wordingFeatures(
      'Verify NOW',
      'Open https://evil.example/login or write to help@evil.example, paypal.com, within 24 hours.',
    );
    expect(features).toContain('verify');
    expect(features).toContain('verify now');
    expect(features).toContain('within hours');
    for (const gone of ['https', 'evil', 'example', 'help', 'paypal', 'com', '24']) {
      expect(features).not.toContain(gone);
    }
  });

  it("reads a long word's inflections alike by its first six letters, and a short word only as itself", () => {
    const stems = (text: string) => [...wordingFeatures('', text)].filter((f) => f.endsWith('~'));
    expect(stems('Zertifikat')).toEqual(['zertif~']);
    expect(stems('Zertifikate')).toEqual(['zertif~']);
    expect(stems('weryfikacji konta')).toEqual(['weryfi~']);
    expect(stems('please verify')).toEqual([]);
  });

  it('reads scripts written without spaces as pairs of characters', () => {
    expect(wordingFeatures('', 'アカウント確認')).toContain('確認');
  });

  it('turns a model into a probability', () => {
    const model = { bias: -1, weights: { verify: 3 } };
    expect(wordingProbability(model, ['verify'])).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(wordingProbability(model, ['hello'])).toBeCloseTo(1 / (1 + Math.exp(1)));
  });
});
