import type { PlanInput } from '@clipwright/pipeline';
import type { ActionInputs } from './inputs.ts';

/**
 * The inputs that choose and shape the videos (`prompts`, `manifest`, the defaults, `vars`),
 * as the pipeline's caller input: the run and the pull request's cost diff add their own
 * context to it and turn it into `PlanOptions` with the pipeline's `toPlanOptions`.
 */
export function planInput(i: ActionInputs, root: string): PlanInput {
  return {
    root,
    ...(i.prompts && { prompts: i.prompts }),
    ...(i.manifest && { manifest: i.manifest }),
    defaults: i.defaults,
    vars: i.vars,
    missingTagFix:
      'set the `release-tag` input (e.g. `release-tag: v1.2.0`), or run on a release or a tag push; on push and pull_request events there is no tag, so leave {{ version }} out or add a `version=...` line to the `vars` input',
  };
}
