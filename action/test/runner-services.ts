import { startSimulator } from '@clipwright/simulator';
import { startAzurite } from './azurite.ts';
import { startGitHubStandIn } from './github-stand-in.ts';
import { runtimeToken, startResultsStandIn } from './results-stand-in.ts';

/**
 * What a runner talks to, all local and real: the EvoLink simulator (accepting `apiKey`),
 * Azurite with the results-service stand-in behind @actions/artifact, and the GitHub REST
 * stand-in. `close()` stops them all.
 */
export async function startRunnerServices(options: {
  apiKey: string;
  /** Backend ids in the runtime token. */
  run: string;
  job: string;
  github: Parameters<typeof startGitHubStandIn>[0];
}) {
  const container = 'actions-results';
  const token = runtimeToken(options.run, options.job);
  const sim = await startSimulator({ port: 0, timeScale: 1000, apiKeys: [options.apiKey] });
  const azurite = await startAzurite();
  await azurite.service.createContainer(container);
  const results = await startResultsStandIn({
    runtimeToken: token,
    runBackendId: options.run,
    jobBackendId: options.job,
    container,
    signedUploadUrl: azurite.signedUploadUrl,
  });
  const gh = await startGitHubStandIn(options.github);
  return {
    sim,
    azurite,
    results,
    gh,
    token,
    container,
    async close() {
      await gh.close();
      await results.close();
      await azurite.close();
      await sim.close();
    },
  };
}
