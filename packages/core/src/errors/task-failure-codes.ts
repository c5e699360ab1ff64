/**
 * Task failure codes documented by EvoLink (`error.code` of a failed task). `retryable`
 * says whether a NEW task with the same input may succeed; the first five and
 * `resource_not_found` need the input changed.
 */
export const taskFailureCodes: Record<string, { retryable: boolean; description: string }> = {
  content_policy_violation: {
    retryable: false,
    description: 'The prompt or image was rejected by content moderation; change the input.',
  },
  invalid_parameters: {
    retryable: false,
    description: 'The request parameters were rejected; fix them.',
  },
  image_processing_error: {
    retryable: false,
    description: 'The input image could not be processed; use another image.',
  },
  image_dimension_mismatch: {
    retryable: false,
    description: 'The input image does not match the requested aspect ratio.',
  },
  request_cancelled: { retryable: false, description: 'The task was cancelled.' },
  generation_failed_no_content: {
    retryable: true,
    description: 'The model produced no content; a new task may succeed.',
  },
  service_error: { retryable: true, description: 'A service error; a new task may succeed.' },
  generation_timeout: {
    retryable: true,
    description: 'Generation timed out; a new task may succeed.',
  },
  resource_exhausted: {
    retryable: true,
    description: 'Capacity was exhausted; retry later.',
  },
  quota_exceeded: { retryable: true, description: 'An upstream quota was exceeded; retry later.' },
  service_unavailable: {
    retryable: true,
    description: 'The service was unavailable; retry later.',
  },
  // Not retryable, as in both vendor clients (@evolinkai/evolink-media, EvoLinkAI/evolink-mcp).
  resource_not_found: {
    retryable: false,
    description: 'A resource the task needs (usually the input image) was not found; check it.',
  },
  unknown_error: { retryable: true, description: 'An unknown error; a new task may succeed.' },
};
