import { models as registry } from '@clipwright/core';
import {
  ageInDays,
  type LiveCatalog,
  modelLifecycle as lifecycleOf,
  snapshotCatalog,
} from '@clipwright/core/internal';
import { formatPriceSource, formatUsd } from '@clipwright/pipeline/report';
import { baseUrlOf, type CliContext } from '../cli-context.ts';
import { exitCodes } from '../exit-codes.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { createStyle } from '../report/style.ts';

export interface ModelsFlags {
  json?: boolean;
  /** Ask the vendor's catalog endpoints (health is only known then). */
  live?: boolean;
  baseUrl?: string;
}

/**
 * `clipwright models`: each model with its lifecycle (from the vendor's catalog), published
 * price (credits and USD), health (with `--live`), parameters, allowed values and defaults;
 * first, where prices come from and how old they are.
 */
export async function models(flags: ModelsFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const catalog = await catalogOf(flags, ctx);
  for (const notice of catalog.notices) io.stderr.write(`notice: ${notice}\n`);
  const now = ctx.deps.clock?.now() ?? Date.now();
  // By id, then alias, then case-insensitive id (as the snapshot's `findModel`).
  const find = (name: string) =>
    catalog.models.find((m) => m.model_id === name) ??
    catalog.models.find((m) => m.aliases.includes(name)) ??
    catalog.models.find((m) => m.model_id.toLowerCase() === name.toLowerCase());
  const idOf = (name: string) => find(name)?.model_id ?? name;
  if (flags.json) {
    writeJsonLine(io.stdout, {
      prices: {
        ...catalog.priceSource,
        ageDays: ageInDays(catalog.priceSource.fetchedAt, now) ?? null,
      },
      catalogPricing: catalog.catalogPricing,
      models: registry.map((m) => ({
        name: m.name,
        ...lifecycleOf(m.name, find),
        price: priceOf(idOf(m.name), catalog),
        health: catalog.health.get(idOf(m.name)) ?? null,
        description: m.description,
        ...(m.source && { source: m.source }),
        parameters: m.parameters,
      })),
    });
    return exitCodes.ok;
  }
  const s = createStyle(io.stdout, io.env);
  const blocks = registry.map((m) => {
    const rows = Object.entries(m.parameters).map(([field, p]) => {
      const values = p.values ? p.values.map(show).join(' | ') : '';
      const fallback = p.default === undefined ? '' : `default ${show(p.default)}`;
      return `  ${field.padEnd(18)} ${[values, fallback].filter(Boolean).join(', ').padEnd(30)} ${s.dim(p.description)}`;
    });
    const source = m.source ? [`  ${s.dim(`source: ${m.source}`)}`] : [];
    const life = lifecycleOf(m.name, find);
    const status = [
      life.lifecycle,
      ...(life.deprecates_at ? [`until ${life.deprecates_at}`] : []),
      ...(life.successor ? [`successor ${life.successor}`] : []),
    ].join(', ');
    const health = catalog.health.get(idOf(m.name));
    const facts = [
      `[${status}]`,
      priceLine(priceOf(idOf(m.name), catalog)),
      ...(health
        ? [`health: ${health.status}${health.unavailable ? ' (skipped in fallback chains)' : ''}`]
        : []),
    ].join('  ');
    return [`${s.bold(m.name)}  ${facts}`, `  ${m.description}`, ...rows, ...source].join('\n');
  });
  io.stdout.write(
    `${sourceLine(catalog, now)}\n${flags.live ? catalogPricingLines(catalog) : `${s.dim('Health: only with --live.')}\n`}\n${blocks.join('\n\n')}\n`,
  );
  return exitCodes.ok;
}

/** The live catalog with `--live` (no copies kept: a listing writes nothing), else the snapshot. */
function catalogOf(flags: ModelsFlags, ctx: CliContext): Promise<LiveCatalog> {
  if (!flags.live) return Promise.resolve(snapshotCatalog());
  const baseUrl = baseUrlOf(ctx, flags);
  return ctx.deps.loadCatalog({
    ...(baseUrl && { baseUrl }),
    ...(ctx.deps.clock && { clock: ctx.deps.clock }),
  });
}

/** `Prices: ...` with the kind of source (live, cached, snapshot) and its age. */
function sourceLine(catalog: LiveCatalog, now: number): string {
  return formatPriceSource(catalog.priceSource, now);
}

/**
 * The catalog pricing endpoint as a price source: how many of its entries are laid beside the
 * price list's rates, and each one that is not, with why (its unit, role or currency has no
 * reading as a video's price: see core's `catalogPriceSkus`).
 */
function catalogPricingLines(catalog: LiveCatalog): string {
  const { kind, entries } = catalog.catalogPricing;
  const from = kind === 'live' ? 'read now' : kind === 'cache' ? 'cached copy' : 'not read';
  const used = entries.filter((e) => e.used).length;
  const head = `Catalog pricing (/v1/catalog/pricing, ${from}): ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} for video models, ${used} used beside the price list (the dearest rate wins)`;
  const unused = entries
    .filter((e) => !e.used)
    .map((e) => `  not used: ${e.model_id} ${e.sku_id} ${e.price}: ${e.reason}`);
  return `${[head, ...unused].join('\n')}\n`;
}

interface ModelPriceView {
  status: 'priced' | 'unpriced';
  /** Lowest and highest credits per second over every priced setting. */
  creditsPerSecond?: { min: number; max: number };
  /** Credits per request, for models billed per call. */
  creditsPerCall?: { min: number; max: number };
  reason?: string;
}

function priceOf(name: string, catalog: LiveCatalog): ModelPriceView {
  const price = catalog.pricing.models[name];
  if (!price) return { status: 'unpriced', reason: 'not in the price list' };
  if (price.status !== 'priced') return { status: 'unpriced', reason: price.reason };
  const perSecond = dearestPerSetting(price.rates, (r) => r.credits_per_second);
  const perCall = dearestPerSetting(price.rates, (r) => r.credits_per_call);
  return {
    status: 'priced',
    ...(perSecond && { creditsPerSecond: perSecond }),
    ...(perCall && { creditsPerCall: perCall }),
  };
}

type Rate = { when: Record<string, unknown> };

/**
 * The range over the model's settings of the rate an estimate uses: where sources lay several
 * rates side by side for one setting (the same `when`), the dearest, as estimates take it.
 */
function dearestPerSetting<R extends Rate>(
  rates: readonly R[],
  value: (rate: R) => number | null | undefined,
): { min: number; max: number } | undefined {
  const bySetting = new Map<string, number>();
  for (const rate of rates) {
    const v = value(rate);
    if (v === null || v === undefined) continue;
    const key = JSON.stringify(Object.entries(rate.when).sort(([a], [b]) => a.localeCompare(b)));
    bySetting.set(key, Math.max(v, bySetting.get(key) ?? v));
  }
  const values = [...bySetting.values()];
  return values.length > 0 ? { min: Math.min(...values), max: Math.max(...values) } : undefined;
}

function priceLine(price: ModelPriceView): string {
  if (price.status === 'unpriced') return 'no published price';
  const show = (r: { min: number; max: number }, unit: string) => {
    const credits = r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
    const usd =
      r.min === r.max
        ? formatUsd(r.min)
        : `${formatUsd(r.min).replace(' USD', '')}-${formatUsd(r.max)}`;
    return `${credits} credits${unit} (${usd}${unit})`;
  };
  if (price.creditsPerCall && !price.creditsPerSecond) return show(price.creditsPerCall, '/video');
  return price.creditsPerSecond ? show(price.creditsPerSecond, '/s') : 'no published price';
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
