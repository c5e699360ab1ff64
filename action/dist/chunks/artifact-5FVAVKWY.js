import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  ArtifactNotFoundError,
  DefaultArtifactClient,
  FilesNotFoundError,
  GHESNotSupportedError,
  InvalidResponseError,
  NetworkError,
  UsageError,
  artifact_default
} from "./chunk-6LCQWWK6.js";
import "./chunk-6B6VVI2U.js";
import "./chunk-YD2WF3QP.js";
import "./chunk-QQQIHB3L.js";
import "./chunk-7GVGU76M.js";
import "./chunk-PVM5IJ4R.js";
import "./chunk-NKL2BIGE.js";
import "./chunk-FMRLRFVJ.js";
export {
  ArtifactNotFoundError,
  DefaultArtifactClient,
  FilesNotFoundError,
  GHESNotSupportedError,
  InvalidResponseError,
  NetworkError,
  UsageError,
  artifact_default as default
};
