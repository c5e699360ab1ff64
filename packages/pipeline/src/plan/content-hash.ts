import { createHash } from 'node:crypto';
import type { VideoRequest } from '@clipwright/core';
import canonicalize from 'canonicalize';

/** sha256 (hex) of the request's RFC 8785 canonical JSON, without delivery-only fields. */
export function contentHash(request: VideoRequest): string {
  const { callback_url: _ignored, ...content } = request;
  return createHash('sha256')
    .update(canonicalize(content) ?? '')
    .digest('hex');
}
