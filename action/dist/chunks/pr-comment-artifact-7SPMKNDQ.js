import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  commentArtifactName,
  commentArtifactSchema,
  downloadCommentArtifact,
  maxCommentArtifactBytes,
  uploadCommentArtifact
} from "./chunk-7UEWLLUI.js";
import "./chunk-KWYNFDR5.js";
import "./chunk-FMRLRFVJ.js";
export {
  commentArtifactName,
  commentArtifactSchema,
  downloadCommentArtifact,
  maxCommentArtifactBytes,
  uploadCommentArtifact
};
