import type { TemplateContext } from '../model/plan-options.ts';

/**
 * The template context of a release: `{{ version }}` is the tag without a leading `v`, but
 * only when a digit follows (`v1.2.0` → `1.2.0`; `version-2` and `vNext` stay as they are).
 * A `version` given explicitly wins.
 */
export function releaseContext(context: TemplateContext = {}): TemplateContext {
  if (!context.tag || context.version !== undefined) return context;
  return { ...context, version: context.tag.replace(/^v(?=\d)/, '') };
}
