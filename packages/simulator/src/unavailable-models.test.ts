import { describe, expect, it } from 'vitest';
import { create, sim } from '../test/test-helpers.ts';

describe('unavailable models (to exercise fallbacks)', () => {
  it.each([
    ['access', 403, 'model_access_denied'],
    ['not_found', 404, 'model_not_found'],
    ['deprecated', 400, 'model_deprecated'],
  ] as const)(
    'option %s: a free refusal, other models unaffected',
    async (reason, status, code) => {
      const s = await sim({ unavailableModels: { 'sora-2': reason } });
      const refused = await create(s, { model: 'sora-2', prompt: 'a kite' });
      expect(refused.status).toBe(status);
      expect(refused.body.error).toMatchObject({ code, param: 'model' });
      expect(s.stats().creates).toBe(0);
      const fallback = await create(s, { model: 'seedance-1.5-pro', prompt: 'a kite' });
      expect(fallback.status).toBe(200);
      expect(s.stats().creates).toBe(1);
    },
  );

  it('directive sim:unavailable=<model> refuses only that model, so a fallback gets the same prompt', async () => {
    const s = await sim();
    const prompt = 'a kite sim:unavailable=sora-2';
    expect((await create(s, { model: 'sora-2', prompt })).status).toBe(403);
    expect((await create(s, { model: 'sora-2-beta-max', prompt })).status).toBe(200);
    expect(s.stats().creates).toBe(1);
  });
});
