import { runPost } from './post/run-post.ts';

await runPost();
