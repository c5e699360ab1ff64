/**
 * What can be wrong with a delivered video, on purpose: `short` (half the asked duration, at
 * least 1 s), `wrong-aspect` (landscape for portrait and back; 16:9 for square), `silent` (no
 * audio track even when sound was asked), `black` (every frame black), `frozen` (one picture
 * for the whole clip).
 */
export declare const videoFaults: readonly ['short', 'wrong-aspect', 'silent', 'black', 'frozen'];
export type VideoFault = (typeof videoFaults)[number];
/**
 * The video fault a prompt asks for with the directive `sim:video=<fault>`
 * (`sim:video=black`), if any: one shot of a storyboard can be made bad by its prompt alone.
 */
export declare function videoFaultDirective(prompt: string): VideoFault | undefined;
//# sourceMappingURL=video-faults.d.ts.map
