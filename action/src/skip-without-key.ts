import type { ActionIo } from './action-io.ts';
import { InputError } from './inputs/input-error.ts';
import type { ActionInputs } from './inputs/inputs.ts';

/**
 * No api-key outside a dry run: a fork's pull request (which gets no secrets) is skipped with
 * a warning (true); anywhere else the empty input is an error naming it. A dry run without a
 * key goes on (false), with a notice that says so and what a real run needs.
 */
export function skipWithoutKey(
  i: Pick<ActionInputs, 'apiKey' | 'dryRun'>,
  event: { fromFork?: boolean },
  io: ActionIo,
): boolean {
  if (i.apiKey) return false;
  if (i.dryRun) {
    io.notice(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'No api-key: this dry run validates and prices the videos without one, and sends nothing. A real run (dry-run: false) needs your EvoLink key as a secret, e.g. api-key: ${{ secrets.EVOLINK_API_KEY }}, and makes the videos listed here for about the credits shown.',
    );
    return false;
  }
  if (event.fromFork) {
    io.warning(
      'No api-key: pull requests from forks get no secrets, so Clipwright skipped generating videos.',
    );
    return true;
  }
  throw new InputError(
    'api-key',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    'is empty: pass your EvoLink key as a secret, e.g. api-key: ${{ secrets.EVOLINK_API_KEY }} (no key is needed with dry-run: true, which validates and prices only)',
  );
}
