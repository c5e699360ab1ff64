/** The API refused the key: 401, or 403 on every model of the plan. The run stopped creating. */
export interface KeyRefusal {
  status: 401 | 403;
  /** The API's words. */
  message: string;
}
