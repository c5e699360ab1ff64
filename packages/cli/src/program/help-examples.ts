/** Examples shown at the end of each command's `--help`. */
export const helpExamples: Record<string, string[]> = {
  program: [
    'clipwright init                                   # a starter prompt, .gitignore lines, a workflow',
    'clipwright demo                                   # try it all on a local simulator, no key',
    'clipwright validate && clipwright plan            # free: problems, then jobs and credits',
    'clipwright generate --max-credits 100',
  ],
  generate: [
    'clipwright generate                               # every prompt file, videos in ./out',
    'clipwright generate "videos/*.md" --max-credits 100',
    'clipwright generate --tag v1.2.0 --yes            # {{ version }} is 1.2.0; no question',
    'clipwright generate --confirm-above 200           # ask only above 200 credits (on a terminal)',
  ],
  plan: [
    'clipwright plan                                   # jobs and estimated credits, no API call',
    'clipwright plan --tag v1.2.0 --json',
  ],
  diff: [
    'clipwright diff                                   # this branch against the default branch',
    'clipwright diff --base v1.1.0 --max-credits-delta 50',
  ],
  validate: ['clipwright validate', 'clipwright validate "prompts/**/*.md" --json'],
  doctor: ['clipwright doctor', 'EVOLINK_BASE_URL=http://127.0.0.1:8787 clipwright doctor'],
  status: ['clipwright status task-unified-1763700000-abcd1234 --wait'],
  download: ['clipwright download task-unified-1763700000-abcd1234 clip.mp4'],
  models: ['clipwright models', 'clipwright models --json'],
  simulator: ['clipwright simulator --port 8787 --time-scale 50'],
  init: [
    'clipwright init                                   # asks on a terminal; all three elsewhere',
    'clipwright init --prompt --gitignore              # only these two',
  ],
  demo: ['clipwright demo', 'clipwright demo --out /tmp/demo'],
  completion: [
    'eval "$(clipwright completion bash)"              # in ~/.bashrc',
    'eval "$(clipwright completion zsh)"               # in ~/.zshrc, after compinit',
    'clipwright completion fish > ~/.config/fish/completions/clipwright.fish',
  ],
};

/** The examples block of `command`'s help, or '' when it has none. */
export function examplesText(command: string): string {
  const lines = helpExamples[command];
  return lines ? `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n` : '';
}
