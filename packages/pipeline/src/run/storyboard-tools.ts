import { type ProgramRunner, requireMediaTools } from '../media/index.ts';
import { type JobResult, jobResult } from '../model/job-result.ts';
import type { Plan } from '../model/plan.ts';
import type { Problem } from '../model/problem.ts';
import { storyboardResult } from './assemble-storyboards.ts';

/**
 * Before anything is paid for: a plan with storyboards needs ffmpeg and ffprobe with what the
 * assembly uses (`drawtext`, `xfade`, libx264, ...). Without them, every storyboard and its
 * shots fail at once, naming what to install, and no shot is created (the other videos run).
 */
export async function storyboardToolsGate(
  plan: Plan,
  run?: ProgramRunner,
): Promise<{ plan: Plan; refused: JobResult[] }> {
  const boards = plan.storyboards ?? [];
  if (boards.length === 0) return { plan, refused: [] };
  try {
    await requireMediaTools(['storyboard'], run);
    return { plan, refused: [] };
  } catch (error) {
    // Any failure to run them (not only a MediaError) leaves the storyboards unpaid.
    const why = error instanceof Error ? error.message : String(error);
    const message = `storyboards need ffmpeg and ffprobe: ${why}`;
    const fail = { code: 'media_tools_missing', message };
    const shots = new Set(boards.flatMap((b) => b.shots));
    const refused = [
      ...plan.jobs
        .filter((j) => shots.has(j.name))
        .map((j) => jobResult(j, { status: 'failed', error: fail })),
      ...boards.map((b) => storyboardResult(b, { status: 'failed', error: fail })),
    ];
    const { storyboards: _, ...rest } = plan;
    return { plan: { ...rest, jobs: plan.jobs.filter((j) => !shots.has(j.name)) }, refused };
  }
}

/**
 * For `validate` and `plan`: one warning per storyboard, at its file, when ffmpeg and ffprobe
 * are not ready for it on this machine (a run would fail its shots before paying for any).
 * None when the plan has no storyboard or the tools are there. Four short program runs.
 */
export async function mediaToolWarnings(plan: Plan, run?: ProgramRunner): Promise<Problem[]> {
  const boards = plan.storyboards ?? [];
  if (boards.length === 0) return [];
  try {
    await requireMediaTools(['storyboard'], run);
    return [];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return boards.map((b) => ({
      file: b.source.file,
      line: b.source.line,
      column: 1,
      field: 'storyboard',
      message: `${b.output} cannot be assembled on this machine: ${why}`,
      fix: 'install ffmpeg (with libx264 and drawtext) where the videos are generated; a run fails the storyboard before paying for its shots',
    }));
  }
}
