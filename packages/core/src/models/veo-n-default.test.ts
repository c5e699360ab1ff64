import { findParams } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
import { applyDefaults } from './apply-defaults.ts';
import { estimatePrice } from './estimate-credits.ts';

// The vendor documents Veo 3.1's `n` default: "Number of videos, default 1" (the field's
// description in EvoLinkAI/evolink-mcp packages/core/src/data/model-params.generated.ts at
// 48a8fe9a44948a4534866a691ccccd52fb9d55b9, made from docs.evolink.ai's OpenAPI files; read
// 2026-12-07). An unset `n` is one video, so it is priced as one, not at the dearest n: 4.
describe('Veo 3.1: an unset n is the documented default, 1', () => {
  it.each(['veo-3.1-fast-generate-preview', 'veo-3.1-generate-preview'])(
    '%s carries the default and its quote',
    (model) => {
      const params = findParams(model);
      expect(params?.fields.n?.default).toBe(1);
      expect(params?.prose_rules.find((r) => r.field === 'n')).toMatchObject({
        default: 1,
        quote: 'Number of videos, default 1',
      });
    },
  );

  it('prices veo-3.1-fast-generate-preview without n as n: 1, and n: 4 as four videos', () => {
    const base = { model: 'veo-3.1-fast-generate-preview', prompt: 'p' };
    const unset = estimatePrice(applyDefaults(base));
    const one = estimatePrice(applyDefaults({ ...base, n: 1 }));
    const four = estimatePrice(applyDefaults({ ...base, n: 4 }));
    expect(unset.high).toBe(one.high);
    expect(unset.dearest?.n).toBeUndefined();
    expect(four.high).toBeCloseTo(one.high * 4, 2);
  });

  it('keeps the request (and its hash) as it was: n is not filled in', () => {
    expect(
      applyDefaults({ model: 'veo-3.1-fast-generate-preview', prompt: 'p' }).n,
    ).toBeUndefined();
  });
});
