/** What `clipwright init` can write, each a file of the user's repository. */
export type StarterPart = 'prompt' | 'gitignore' | 'workflow';

export const starterParts: readonly StarterPart[] = ['prompt', 'gitignore', 'workflow'];

/** Where each part goes, relative to the root. */
export const starterPaths: Record<StarterPart, string> = {
  prompt: 'prompts/first-video.md',
  gitignore: '.gitignore',
  workflow: '.github/workflows/clipwright.yml',
};

export const starterPrompt = `---
model: sora-2-pro-preview
duration: 4
aspect_ratio: "16:9"
quality: 720p
---
A paper boat drifts across a rain puddle at dusk; soft reflections, a slow push-in.
`;

/** The lines `.gitignore` needs: the videos and the cache and journal. */
export const gitignoreLines = ['out/', '.clipwright/'];

// The workflow prices and validates every pull request without a key (a dry run), and makes
// the videos on a push to the default branch. It uses no {{ version }}: a push has no tag.
// The `uses:` pin follows the README's advice; `@v1` moves with each v1.y.z release.
export const starterWorkflow = `name: clipwright
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  videos:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: clipwright/clipwright/action@v1
        with:
          # A pull request is validated and priced only; a push to main makes the videos.
          dry-run: \${{ github.event_name == 'pull_request' }}
          api-key: \${{ github.event_name == 'push' && secrets.EVOLINK_API_KEY || '' }}
          changed-only: true
          max-credits: 100
          upload: artifact
`;
