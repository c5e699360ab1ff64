import type { SessionResult } from '@clipwright/pipeline';
import { failingOutcomes } from '@clipwright/pipeline/internal';
import { formatBalance } from '@clipwright/pipeline/report';
import type { ActionIo } from '../action-io.ts';
import type { ActionInputs } from '../inputs/inputs.ts';
import type { UploadVideosResult } from '../upload/upload-videos.ts';
import { renderJobSummary } from './job-summary.ts';
import { setRunOutputs } from './set-outputs.ts';

/** The step's summary, its outputs, and its failure (one `::error`) from a session's result. */
export async function reportRun(
  io: ActionIo,
  session: SessionResult,
  inputs: Pick<ActionInputs, 'failOn' | 'upload'>,
  outDir: string,
  uploads: UploadVideosResult,
): Promise<void> {
  const delivered = session.counts.completed + session.counts.cached;
  const nothing = !session.dryRun && delivered === 0 && inputs.upload !== 'none';
  await io.writeSummary(
    renderJobSummary({
      results: session.results,
      counts: session.counts,
      credits: session.credits,
      problems: session.plan.problems,
      links: uploads.links,
      dryRun: session.dryRun,
      ...(session.dryRun && { jobs: session.plan.jobs }),
      ...(session.plan.priceSource && { prices: session.plan.priceSource }),
      notes: [...(nothing ? ['No video to upload.'] : []), ...uploads.errors],
    }),
  );
  setRunOutputs(io, session, outDir, uploads);
  const reason = failureOf(session, inputs.failOn, uploads.errors);
  if (reason) io.setFailed(reason);
}

/** Why the step fails, or `undefined`: a refused key always; otherwise the `fail-on` outcomes. */
export function failureOf(
  session: SessionResult,
  failOn: ActionInputs['failOn'],
  uploadErrors: string[] = [],
): string | undefined {
  if (session.refusal)
    return `EvoLink refused the api-key input (${session.refusal.status}: ${session.refusal.message}); no further video was sent. Check the secret passed as api-key (e.g. EVOLINK_API_KEY)${session.refusal.status === 403 ? ' and the models it may use' : ''}.`;
  if (session.verdict === 'insufficient-balance' && session.balance)
    return `Clipwright did not start, nothing was sent: ${formatBalance(session.balance)}`;
  const failing = failingOutcomes(session.counts, failOn);
  // Manifest-wide problems (a bad `defaults`) make no invalid video, yet fail on `invalid`.
  const problemsOnly =
    failOn.includes('invalid') && session.counts.invalid === 0 && session.plan.problems.length > 0;
  const reasons = [
    ...uploadErrors,
    ...(failing.length
      ? [
          `videos ${failing.map((f) => `${f.outcome}: ${f.count}`).join(', ')} (fail-on: ${failOn.join(',')})`,
        ]
      : []),
    ...(problemsOnly
      ? [`${session.plan.problems.length} problems in prompt files (see the annotations)`]
      : []),
  ];
  return reasons.length > 0 ? `Clipwright: ${reasons.join('; ')}` : undefined;
}
