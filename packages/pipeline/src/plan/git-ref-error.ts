import { ClipwrightError } from '@clipwright/core';

/** A ref that does not name a commit in this repository. */
export class GitRefError extends ClipwrightError {
  override name = 'GitRefError';
  override readonly code = 'git_ref_not_found';
  readonly ref: string;
  constructor(ref: string) {
    super(
      `${ref} is not a commit in this repository (fetch it first, e.g. git fetch origin ${ref})`,
    );
    this.ref = ref;
  }
}
