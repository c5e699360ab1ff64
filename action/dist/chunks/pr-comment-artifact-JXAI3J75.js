import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  commentArtifactName,
  commentArtifactSchema,
  downloadCommentArtifact,
  maxCommentArtifactBytes,
  uploadCommentArtifact
} from "./chunk-QIMV7LVV.js";
import "./chunk-ZAPL4TST.js";
import "./chunk-FMRLRFVJ.js";
export {
  commentArtifactName,
  commentArtifactSchema,
  downloadCommentArtifact,
  maxCommentArtifactBytes,
  uploadCommentArtifact
};
