import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { formatPriceSource } from './format-credits.ts';
import { formatPlanTable, planToJson } from './format-plan.ts';

const now = () => Date.parse('2026-11-21T10:00:00Z');

/** Four videos: one all defaults, one with nothing priced, two priced at a dearest value. */
async function assumptionsPlan() {
  const root = await writeRepo({
    'prompts/promo.md': 'A kite over a beach.\n',
    'prompts/exact.md':
      '---\nmodel: sora-2-pro-preview\nduration: 8\nquality: 720p\n---\nA red car.\n',
    'prompts/open.md': '---\nmodel: sora-2-pro-preview\n---\nA blue car.\n',
    'prompts/half.md': '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA green car.\n',
  });
  return loadPlan({ root, now, defaults: { aspect_ratio: '9:16' } });
}

describe('the plan shows the defaults used and the dearest-value estimates', () => {
  it('records on each job what no file or caller set', async () => {
    const plan = await assumptionsPlan();
    const job = (name: string) => plan.jobs.find((j) => j.name === name);
    // The caller's aspect ratio is set, not a default; the model and its defaults are.
    expect(job('promo')?.defaults).toEqual({
      model: 'kling-v3-text-to-video',
      duration: 5,
    });
    expect(job('promo')?.pricedAtDearest).toBeUndefined();
    expect(job('exact')?.defaults).toBeUndefined();
    expect(job('exact')?.pricedAtDearest).toBeUndefined();
    expect(job('open')?.pricedAtDearest).toEqual({ duration: 12, quality: '1080p' });
    expect(job('half')?.pricedAtDearest).toEqual({ quality: '1080p' });
    // Nothing assumed is sent: the request keeps the unset fields unset.
    expect(job('open')?.request.duration).toBeUndefined();
  });

  it('marks defaults with * and dearest values with ^ in the table, and lists them', async () => {
    const table = formatPlanTable(await assumptionsPlan());
    const row = (name: string) => table.split('\n').find((l) => l.startsWith(`${name} `)) ?? '';
    // The vendor's published prices: kling-v3-text-to-video 5.4 credits/s at its documented
    // defaults (720p, sound off); sora-2-pro-preview 17.28 credits/s at 720p, 28.80576 at
    // 1080p. An unset price field makes a range.
    expect(row('promo')).toMatch(/kling-v3-text-to-video\* +5s\* +9:16 +27\.00 /);
    expect(row('open')).toMatch(/12s\^ +9:16 +1080p\^ +69\.12-345\.67\^/);
    expect(row('half')).toMatch(/ 4s +9:16 +1080p\^ +69\.12-115\.22\^/);
    expect(row('exact')).not.toMatch(/[*^]/);
    expect(table).toContain('promo: model kling-v3-text-to-video, duration 5');
    expect(table).toMatch(/Priced at the dearest value \(\^[^\n]*upper bound/);
    expect(table).toContain('  half: quality 1080p\n  open: duration 12, quality 1080p');
  });

  it('gives both in the JSON of every job, empty when there are none', async () => {
    const json = planToJson(await assumptionsPlan()) as {
      jobs: { name: string; defaults: object; pricedAtDearest: object }[];
    };
    const byName = Object.fromEntries(json.jobs.map((j) => [j.name, j]));
    expect(byName.open?.pricedAtDearest).toEqual({ duration: 12, quality: '1080p' });
    expect(byName.open?.defaults).toEqual({});
    expect(byName.promo?.defaults).toMatchObject({ duration: 5 });
    expect(byName.exact).toMatchObject({ defaults: {}, pricedAtDearest: {} });
  });

  it('prints no legend when nothing was assumed', async () => {
    const root = await writeRepo({
      'a.prompt.md':
        '---\nmodel: sora-2-beta-max\nduration: 10\nremove_watermark: false\n---\nA.\n',
    });
    const table = formatPlanTable(await loadPlan({ root, now }));
    expect(table).not.toMatch(/Defaults used|dearest/);
  });
});

describe('the plan prices from the published list', () => {
  it('shows sora-2-pro-preview 12 s at 1080p at 345.67 credits, with USD and where prices come from', async () => {
    const root = await writeRepo({
      'prompts/hd.md': '---\nmodel: sora-2-pro-preview\nduration: 12\nquality: 1080p\n---\nA.\n',
      'prompts/open.md': '---\nmodel: sora-2-pro-preview\nduration: 12\n---\nB.\n',
    });
    const plan = await loadPlan({ root, now });
    const table = formatPlanTable(plan);
    const row = (name: string) => table.split('\n').find((l) => l.startsWith(`${name} `)) ?? '';
    expect(row('hd')).toMatch(/ 345\.67 /);
    expect(row('open')).toMatch(/ 207\.36-345\.67\^/);
    expect(plan.jobs.find((j) => j.name === 'open')).toMatchObject({
      credits: 345.67,
      creditsLow: 207.36,
    });
    // 68 credits = 1 USD: 691.34 credits = 10.17 USD.
    expect(table).toContain('2 videos, 691.34 credits estimated (10.17 USD, at the high end)');
    expect(table).toMatch(
      /Prices: EvoLink's published prices \(committed snapshot\) of \d{4}-\d\d-\d\d; 68 credits = 1 USD\./,
    );
    const json = planToJson(plan) as {
      prices: { retrieved: string };
      jobs: { creditsLow?: number }[];
    };
    expect(json.prices.retrieved).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('marks a video no published price covers with ? and says why', async () => {
    const root = await writeRepo({
      'prompts/k.md': '---\nmodel: sora-2\nduration: 10\n---\nA.\n',
    });
    const plan = await loadPlan({ root, now });
    expect(plan.jobs[0]?.unpriced).toMatch(/sora-2 has no published price/);
    const table = formatPlanTable(plan);
    expect(table).toMatch(/k .* \d+\.\d\d\?/);
    expect(table).toMatch(
      /No published price \(\?: a guess[^\n]*\n {2}k: sora-2 has no published price/,
    );
  });
});

describe('formatPriceSource', () => {
  it('names the snapshot and its age, or the live price list and the floor under it', () => {
    const day = Date.parse('2026-12-10T12:00:00Z');
    expect(formatPriceSource(undefined, day)).toMatch(
      /^Prices: EvoLink's published prices \(committed snapshot\) of \d{4}-\d{2}-\d{2} \((today|\d+ days? old)\); 68 credits = 1 USD\.$/,
    );
    const live = {
      kind: 'live',
      fetchedAt: '2026-12-10T11:00:00.000Z',
      snapshotDate: '2026-12-07',
    } as const;
    expect(formatPriceSource(live, day)).toBe(
      "Prices: EvoLink's price list (read 2026-12-10 11:00 UTC (today)), never below the committed snapshot of 2026-12-07; 68 credits = 1 USD.",
    );
    expect(
      formatPriceSource({ ...live, kind: 'cache', fetchedAt: '2026-12-09T11:00:00.000Z' }, day),
    ).toMatch(/\(cached copy read 2026-12-09 11:00 UTC \(1 day old\)\)/);
  });
});
