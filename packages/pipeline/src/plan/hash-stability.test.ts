import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from './load-plan.ts';

// Upgrading never pays again: a request that did not change keeps its content hash, so its
// cached video is reused. The expected hashes below were computed by the release before the
// model rules came from the vendor's catalog (commit dfd070e) and committed before any rule
// changed; a change here means every user's matching videos would be generated (and paid) again.
// The first case named no model then: `sora-2-beta-max` was the default model. Named, the same
// request keeps its hash (a prompt that names no model now gets `DEFAULT_MODEL`, and `plan` says
// which cached videos that makes new: default-model-change.test.ts).
const cases: { front: string; hash: string }[] = [
  {
    front: 'model: sora-2-beta-max',
    hash: 'c0c4fc3c951ee5ee07db385600e55f5b153fc091407d4d14945d3e1f34898623',
  },
  {
    front: 'model: sora-2-beta-max\nduration: 15',
    hash: '9e4d76b17a16592ed5f6dfbfe97291b8603e13d0bcfd08668d0cdce26a7eadab',
  },
  {
    front: 'model: sora-2-pro-preview\nduration: 8\nquality: 1080p',
    hash: '54da54e54344499f1e4cac311663807849b4a8238c6d59bc370a86d6919e18cb',
  },
  {
    front: 'model: sora-2-pro-preview\naspect_ratio: "9:16"',
    hash: 'be572d20ee3776242d2b9e52e5d91a9ba5d04fbdaf5582bf2672803c3ee0aae5',
  },
  {
    front: 'model: sora-2\nduration: 10\nremove_watermark: false',
    hash: '9ccc012ad34a25b67826c263dd9947e0f6473a0921849efb39b963431a684b64',
  },
  {
    front: 'model: sora-2-pro\nduration: 25',
    hash: 'dfb9dd2aea44ecf38c8975f06570192fef0be9c20820c8bdc2265effdbccc7fe',
  },
  {
    front: 'model: sora-2-preview\nduration: 4\naspect_ratio: 1280x720',
    hash: '2b1a64302ab329b07f4aa1e373ffa48c76260f1495d26145b245697dab6eeae2',
  },
  {
    front: 'model: veo-3.1-fast-generate-preview',
    hash: '6f8e80df34c2ade37c2ade5794667939a60a1c2f39b915f3169537381006f45f',
  },
  {
    front: 'model: kling-v3-text-to-video\nduration: 10',
    hash: 'c7d2990a97b445f5363940be1ebbcb0367c0cb9eda4ac5c0b4b3732e988d82f9',
  },
  {
    front: 'model: seedance-1.5-pro\nquality: 1080p',
    hash: '82cc2e294f46fba4492d8db9d27800bfb013328cf12a7a8989402c44b0e39f9e',
  },
  {
    front: 'model: MiniMax-Hailuo-2.3\nquality: 1080p',
    hash: 'f4267f2a9c1c63b7812ba725035eabeb2427434457e9c257eb39b904d1e0a47f',
  },
  {
    front: 'model: wan2.5-text-to-video\nduration: 5',
    hash: 'affba9add4a5abfc7ac69015a8adb8f77cbac6ed60020f82ad2ad1595eac00cc',
  },
  {
    front: 'model: wan2.6-text-to-video\nduration: 5',
    hash: 'fcaa9804f96f694fd4739c0cecb2a8a9e7010b81593389550ba9eea0bffb4ecb',
  },
  {
    front: 'model: seedance-2.0-text-to-video',
    hash: '39962dd2307de5040775a80d670194153ba1d7673e010853de8cc09df91771e4',
  },
];

describe('content hashes stay the same across upgrades', () => {
  it.each(cases)('$front', async ({ front, hash }) => {
    const root = await writeRepo({
      'prompts/clip.md': `---\n${front}\n---\nA lighthouse at dusk, waves below.\n`,
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs[0]?.hash).toBe(hash);
  });
});
