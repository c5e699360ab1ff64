/**
 * What can be wrong with a delivered video, on purpose: `short` (half the asked duration, at
 * least 1 s), `wrong-aspect` (landscape for portrait and back; 16:9 for square), `silent` (no
 * audio track even when sound was asked), `black` (every frame black), `frozen` (one picture
 * for the whole clip).
 */
export const videoFaults = ['short', 'wrong-aspect', 'silent', 'black', 'frozen'];
/**
 * The video fault a prompt asks for with the directive `sim:video=<fault>`
 * (`sim:video=black`), if any: one shot of a storyboard can be made bad by its prompt alone.
 */
export function videoFaultDirective(prompt) {
  const m = /\bsim:video=([a-z-]+)/.exec(prompt);
  const kind = m?.[1];
  return videoFaults.includes(kind ?? '') ? kind : undefined;
}
//# sourceMappingURL=video-faults.js.map
