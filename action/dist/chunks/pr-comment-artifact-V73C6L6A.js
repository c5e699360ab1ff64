import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  commentArtifactName,
  commentArtifactSchema,
  downloadCommentArtifact,
  maxCommentArtifactBytes,
  uploadCommentArtifact
} from "./chunk-GFFQQNNE.js";
import "./chunk-6W6PGNU5.js";
import "./chunk-FMRLRFVJ.js";
export {
  commentArtifactName,
  commentArtifactSchema,
  downloadCommentArtifact,
  maxCommentArtifactBytes,
  uploadCommentArtifact
};
