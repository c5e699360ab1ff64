import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-6W6PGNU5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-FMRLRFVJ.js";

// ../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path14) {
      const ctrl = callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visit_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path14);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path14 = Object.freeze(path14.concat(node));
          const ck = visit_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path14);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path14) {
      const ctrl = await callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visitAsync_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path14);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path14 = Object.freeze(path14.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path14);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path14) {
      if (typeof visitor === "function")
        return visitor(key, node, path14);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path14);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path14);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path14);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path14);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path14);
      return void 0;
    }
    function replaceNode(key, path14, node) {
      const parent = path14[path14.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path14, value) {
      let v = value;
      for (let i = path14.length - 1; i >= 0; --i) {
        const k = path14[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path14) => path14 == null || typeof path14 === "object" && !!path14[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path14, value) {
        if (isEmptyPath(path14))
          this.add(value);
        else {
          const [key, ...rest] = path14;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path14, keepScalar) {
        const [key, ...rest] = path14;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        const [key, ...rest] = path14;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s2 = "";
          for (let i = 0; i < buf.length; ++i)
            s2 += String.fromCharCode(buf[i]);
          str = btoa(s2);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas2 = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas2.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas2.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path14, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path14, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path14) {
        if (Collection.isEmptyPath(path14)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path14) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path14, keepScalar) {
        if (Collection.isEmptyPath(path14))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path14, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path14) {
        if (Collection.isEmptyPath(path14))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path14) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        if (Collection.isEmptyPath(path14)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path14), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path14, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s2 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s2}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path14) => {
      let item = cst;
      for (const [field, index] of path14) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path14) => {
      const parent = visit.itemAtPath(cst, path14.slice(0, -1));
      const field = path14[path14.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path14, item, visitor) {
      let ctrl = visitor(item, path14);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path14.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path14);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path14) : ctrl;
    }
    exports.visit = visit;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s2 = this.peek(3);
          if ((s2 === "---" || s2 === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s2 === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s2 = this.buffer.slice(this.pos, i);
        if (s2) {
          yield s2;
          this.pos += s2.length;
          return s2.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// ../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// ../packages/pipeline/src/output/folder-cache.ts
import { lstatSync, readFileSync } from "node:fs";
import { rm as rm2 } from "node:fs/promises";
import path6 from "node:path";

// ../packages/pipeline/src/output/hash-file.ts
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import * as fsp from "node:fs/promises";
var spareBlocks = [];
var BLOCK_BYTES = 256 * 1024;
async function hashFile(file) {
  const hash = createHash("sha256");
  const block = spareBlocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK_BYTES);
  try {
    const small = hashSmallFile(file, hash, block);
    if (small !== void 0) return { sha256: hash.digest("hex"), bytes: small };
    const handle = await fsp.open(file, READ_FLAGS);
    let bytes = 0;
    try {
      for (; ; ) {
        const { bytesRead } = await handle.read(block, 0, block.length, null);
        if (bytesRead === 0) break;
        hash.update(block.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return { sha256: hash.digest("hex"), bytes };
  } finally {
    spareBlocks.push(block);
  }
}
var READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
function hashSmallFile(file, hash, block) {
  const fd = openSync(file, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`${file} is not a regular file, so it is not read`);
    if (info.size >= block.length) return void 0;
    let bytes = 0;
    for (; ; ) {
      const bytesRead = readSync(fd, block, 0, block.length, null);
      if (bytesRead === 0) return bytes;
      hash.update(block.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}

// ../packages/pipeline/src/output/place-file.ts
import path4 from "node:path";

// ../packages/core/src/client/create-client.ts
import { randomUUID as cryptoRandomUUID } from "node:crypto";

// ../packages/core/src/download/download-file.ts
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

// ../packages/core/src/errors/clipwright-error.ts
var ClipwrightError = class extends Error {
  name = "ClipwrightError";
  /** A stable snake_case identifier of the kind of error, e.g. `validation_error`. */
  code;
  /**
   * @param options.cause The error this one wraps (standard `ErrorOptions`).
   * @param options.code This error's `code`. @default 'clipwright_error'
   */
  constructor(message, options) {
    super(message, options);
    this.code = options?.code ?? "clipwright_error";
  }
};

// ../packages/core/src/errors/disk-error.ts
var diskErrorCodes = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the file system is read-only"
};
var DiskError = class extends ClipwrightError {
  name = "DiskError";
  code = "disk_error";
  errno;
  /** The file being written. */
  path;
  constructor(errno, path14, options = {}) {
    super(
      `cannot write ${path14}: ${diskErrorCodes[errno] ?? errno} (${errno}); free some space or choose another folder, then run again`,
      options
    );
    this.errno = errno;
    this.path = path14;
  }
};
function asDiskError(error, path14) {
  if (error instanceof DiskError) return error;
  const errno = error?.code;
  return typeof errno === "string" && errno in diskErrorCodes ? new DiskError(errno, path14, { cause: error }) : void 0;
}

// ../packages/core/src/errors/request-errors.ts
var ConnectionError = class extends ClipwrightError {
  name = "ConnectionError";
  code = "connection_error";
  /**
   * `false` when the request never reached a server (refused, DNS): a create then made
   * nothing; `true` when it may have (a reset after sending): its outcome is unknown.
   */
  sent;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.sent = options.sent ?? true;
  }
};
var TimeoutError = class extends ClipwrightError {
  name = "TimeoutError";
  code = "timeout_error";
  /** `false` for a connect timeout (nothing sent); `true` otherwise (see `ConnectionError.sent`). */
  sent;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.sent = options.sent ?? true;
  }
};
var AbortError = class extends ClipwrightError {
  name = "AbortError";
  code = "abort_error";
};
var UnexpectedResponseError = class extends ClipwrightError {
  name = "UnexpectedResponseError";
  code = "unexpected_response_error";
  status;
  requestId;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.requestId = options.requestId;
  }
};

// ../packages/core/src/errors/validation-error.ts
var ValidationError = class extends ClipwrightError {
  name = "ValidationError";
  code = "validation_error";
  issues;
  constructor(issues) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("\n"));
    this.issues = issues;
  }
};

// ../packages/core/src/errors/api-error.ts
var quotaCodes = {
  insufficient_quota: "balance",
  insufficient_user_quota: "balance",
  quota_not_enough: "balance",
  account_balance_insufficient: "balance",
  insufficient_token_quota: "key",
  key_quota_exhausted: "key",
  token_daily_quota_exceeded: "daily",
  key_daily_quota_exhausted: "daily"
};
var PAID_OUTCOME_UNKNOWN = "paid_outcome_unknown";
var IDEMPOTENCY_CONFLICT = "idempotency_conflict";
var retryableStatuses = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var ApiError = class extends ClipwrightError {
  name = "ApiError";
  code = "api_error";
  status;
  /** The body's `error.code`: a string in newer API pages, a number in older ones. */
  apiCode;
  type;
  param;
  requestId;
  retryable;
  retryAfterMs;
  /** The API's `fallback_suggestion`, shown as the fix. */
  fallbackSuggestion;
  /**
   * True when a paid create may have created (and charged) a task although it failed:
   * `paid_outcome_unknown`, and any 5xx. Callers keep the credits reserved and the key.
   */
  outcomeUnknown;
  constructor(init) {
    const message = init.message.replace(/\s*\(request id: [^)]*\)\s*$/, "");
    super(
      `${init.status}${init.code !== void 0 ? ` ${init.code}` : ""}: ${message}` + (init.requestId ? ` (request id ${init.requestId})` : "") + (init.fallbackSuggestion ? `
fix: ${init.fallbackSuggestion}` : "")
    );
    this.status = init.status;
    this.apiCode = init.code;
    this.type = init.type;
    this.param = init.param;
    this.requestId = init.requestId;
    this.outcomeUnknown = init.code === PAID_OUTCOME_UNKNOWN || init.status >= 500;
    this.retryable = init.retryable ?? (retryableStatuses.has(init.status) || init.code === PAID_OUTCOME_UNKNOWN);
    this.retryAfterMs = init.retryAfterMs;
    this.fallbackSuggestion = init.fallbackSuggestion;
  }
};
var BadRequestError = class extends ApiError {
  name = "BadRequestError";
  code = "bad_request_error";
};
var AuthenticationError = class extends ApiError {
  name = "AuthenticationError";
  code = "authentication_error";
};
var InsufficientQuotaError = class extends ApiError {
  name = "InsufficientQuotaError";
  code = "insufficient_quota_error";
  /** `balance` (top up), `key` (raise the key's limit) or `daily` (passes at midnight). */
  quota;
  constructor(init) {
    super(init);
    this.quota = quotaCodes[String(init.code ?? "").toLowerCase()] ?? "balance";
  }
};
var PermissionDeniedError = class extends ApiError {
  name = "PermissionDeniedError";
  code = "permission_denied_error";
};
var NotFoundError = class extends ApiError {
  name = "NotFoundError";
  code = "not_found_error";
};
var RequestTooLargeError = class extends ApiError {
  name = "RequestTooLargeError";
  code = "request_too_large_error";
};
var RateLimitError = class extends ApiError {
  name = "RateLimitError";
  code = "rate_limit_error";
};
var InternalServerError = class extends ApiError {
  name = "InternalServerError";
  code = "internal_server_error";
};
var classByStatus = {
  400: BadRequestError,
  401: AuthenticationError,
  402: InsufficientQuotaError,
  403: PermissionDeniedError,
  404: NotFoundError,
  413: RequestTooLargeError,
  429: RateLimitError
};
function apiErrorFromStatus(init) {
  const ErrorClass = classByStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(init);
}

// ../packages/core/src/policies/retry-policy.ts
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
function retryDelay(attempt, policy = {}, retryAfterMs) {
  const maxRetryAfter = policy.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (retryAfterMs !== void 0 && retryAfterMs >= 0) return Math.min(retryAfterMs, maxRetryAfter);
  const base = policy.baseDelayMs ?? 500;
  const cap = policy.maxDelayMs ?? 3e4;
  const random = policy.random ?? Math.random;
  return random() * Math.min(cap, base * 2 ** attempt);
}
function parseRetryAfter(value, now) {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === void 0 || text.trim() === "") return void 0;
  if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]{3}/i.test(text)) return void 0;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
var POLL_MAX_RETRY_AFTER_MS = 3e4;

// ../packages/core/src/internal/clock-sleep.ts
async function sleep(clock, ms, signal, what) {
  if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
    throw error;
  }
}

// ../packages/core/src/policies/learned-pace.ts
var MAX_PROBE = 2;
var GUESS_MAX_PROBE = 16;
var LearnedPace = class {
  #o;
  /** Spacing between request starts (ms); undefined while the class is not paced. */
  #interval;
  /**
   * The current cycle: from its start (a refusal, or the first request through), what got
   * through. Only a cycle that began at a refusal measures the service's rate: one that began
   * at the first request may hold no closed window at all.
   */
  #cycle;
  /** 429s since the last request through: further ones wait `#probe` spacings. */
  #refusing = false;
  #probe = 1;
  /** The spacing was measured from a cycle (not the initial guess): probes stay within 2 of it. */
  #measured = false;
  /** When the last decision was made: 429s of requests sent before it are not counted. */
  #decidedAt = Number.NEGATIVE_INFINITY;
  constructor(options = {}) {
    this.#o = {
      initialIntervalMs: options.initialIntervalMs ?? 1e3,
      keepShare: Math.min(1, Math.max(0, options.keepShare ?? 0.8)),
      extraPerCycle: Math.max(0, options.extraPerCycle ?? 3),
      speedUpFactor: Math.min(1, Math.max(0, options.speedUpFactor ?? 0.9)),
      probeFactor: Math.max(1, options.probeFactor ?? 1.5),
      floorMs: options.floorMs ?? 50,
      ceilingMs: options.ceilingMs ?? 12e4
    };
  }
  /** Spacing before the next request, in ms; undefined while the class is not paced. */
  get intervalMs() {
    return this.#interval === void 0 ? void 0 : this.#interval * this.#probe;
  }
  /** A request sent at `sentAt` got through. */
  accepted(sentAt) {
    this.#cycle ??= { start: sentAt, accepted: 0, fromRefusal: false };
    this.#cycle.accepted += 1;
    this.#refusing = false;
    this.#probe = 1;
    if (this.#interval === void 0) return;
    const next = this.#interval * this.#o.speedUpFactor;
    if (next >= this.#o.floorMs) this.#interval = next;
    else {
      this.#interval = void 0;
      this.#cycle = void 0;
    }
  }
  /** A request sent at `sentAt` was refused (429, no Retry-After) at `now`. */
  refused(sentAt, now) {
    if (sentAt < this.#decidedAt) return;
    const o = this.#o;
    this.#decidedAt = now;
    if (this.#refusing) {
      const cap = this.#measured ? MAX_PROBE : GUESS_MAX_PROBE;
      this.#probe = Math.min(this.#probe * (this.#measured ? o.probeFactor : 2), cap);
      return;
    }
    this.#refusing = true;
    const c = this.#cycle;
    const spread = c && c.accepted > 0 && now > c.start ? now - c.start : void 0;
    this.#measured = spread !== void 0 && c?.fromRefusal === true;
    const next = c && spread !== void 0 ? spread / (c.accepted * o.keepShare + o.extraPerCycle) : this.#interval ?? o.initialIntervalMs;
    this.#interval = Math.min(Math.max(next, o.floorMs), o.ceilingMs);
    this.#cycle = { start: now, accepted: 0, fromRefusal: true };
  }
};

// ../packages/core/src/internal/rate-limit-gate.ts
var RateLimitGate = class {
  #clock;
  #retry;
  #queue = [];
  /** Rate limited: one request at a time, and none before `#blockedUntil`. */
  #limited = false;
  #blockedUntil = 0;
  /** A request sent alone is in flight. */
  #busy = false;
  #last;
  /** Cancels the gate's own sleep when nobody waits any more. */
  #sleep;
  /** The spacing learned from 429s without Retry-After, and the earliest next start. */
  #pace;
  #nextStart = 0;
  constructor(clock, retry) {
    this.#clock = clock;
    this.#retry = retry;
    this.#pace = new LearnedPace(retry.pace);
  }
  /** The learned spacing between requests of this class (ms), while it is paced. */
  get paceMs() {
    return this.#pace.intervalMs;
  }
  /**
   * Waits for this class's turn. Rejects with `AbortError` on abort, and with a
   * `RateLimitError` at once when the gate stays closed past `deadline` (clock time). A
   * request sent again after its 429 (`again`) keeps its place: it goes first, not last.
   */
  enter(signal, deadline, what, again = false) {
    if (signal?.aborted)
      return Promise.reject(new AbortError(`${what} was aborted`, { cause: signal.reason }));
    const now = this.#clock.now();
    if (!this.#limited && !this.#busy && this.#queue.length === 0 && now >= this.#nextStart)
      return Promise.resolve(this.#start(now));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const at = this.#queue.indexOf(waiter);
        if (at >= 0) this.#queue.splice(at, 1);
        reject(new AbortError(`${what} was aborted`, { cause: signal?.reason }));
        this.#pump();
      };
      const waiter = {
        deadline,
        what,
        resolve: (ticket) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(ticket);
        },
        reject: (error) => {
          signal?.removeEventListener("abort", onAbort);
          reject(error);
        }
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (again) this.#queue.unshift(waiter);
      else this.#queue.push(waiter);
      this.#pump();
    });
  }
  /**
   * Reports how a request let through by `enter` ended. A `RateLimitError` closes the class
   * and returns how long (ms) it stays closed: the Retry-After capped at `maxRetryAfterMs`;
   * without one, until the next paced start. Anything else returns undefined.
   */
  leave(ticket, error) {
    if (ticket.holdsTurn) this.#busy = false;
    let delayMs;
    if (error instanceof RateLimitError && error.retryAfterMs === void 0) {
      const now = this.#clock.now();
      this.#pace.refused(ticket.sentAt, now);
      this.#nextStart = Math.max(this.#nextStart, now + this.#spacing());
      this.#last = error;
      delayMs = this.#nextStart - now;
    } else if (error instanceof RateLimitError) {
      delayMs = retryDelay(0, this.#retry, error.retryAfterMs);
      this.#limited = true;
      this.#blockedUntil = Math.max(this.#blockedUntil, this.#clock.now() + delayMs);
      this.#last = error;
    } else if (error === void 0) {
      this.#pace.accepted(ticket.sentAt);
      if (ticket.holdsTurn && this.#queue.length === 0) this.#limited = false;
    }
    this.#pump();
    return delayMs;
  }
  /** Lets the next waiter through when the class is open and nobody is in flight alone. */
  #pump() {
    if (this.#queue.length === 0) {
      this.#sleep?.abort();
      this.#sleep = void 0;
      return;
    }
    if (this.#busy || this.#sleep) return;
    const now = this.#clock.now();
    const openAt = Math.max(this.#blockedUntil, this.#nextStart);
    if (now < openAt) {
      this.#rejectPast(openAt, now);
      if (this.#queue.length === 0) return;
      const sleep2 = new AbortController();
      this.#sleep = sleep2;
      this.#clock.sleep(openAt - now, sleep2.signal).then(
        () => {
          if (this.#sleep === sleep2) this.#sleep = void 0;
          this.#pump();
        },
        () => {
        }
        // cancelled: the queue emptied
      );
      return;
    }
    const next = this.#queue.shift();
    if (!next) return;
    if (this.#limited) {
      this.#busy = true;
      next.resolve({ holdsTurn: true, sentAt: now });
    } else {
      next.resolve(this.#start(now));
      this.#pump();
    }
  }
  /** A request let through at `now`: while paced, the next one starts a spacing later. */
  #start(now) {
    if (this.#pace.intervalMs !== void 0) this.#nextStart = now + this.#spacing();
    return { holdsTurn: false, sentAt: now };
  }
  /** The learned spacing, jittered uniformly by \u00b150 % (its mean is the spacing). */
  #spacing() {
    const random = this.#retry.random ?? Math.random;
    return (this.#pace.intervalMs ?? 0) * (0.5 + random());
  }
  /** Fails, at once, the waiters that would still be waiting past their deadline. */
  #rejectPast(openAt, now) {
    for (const waiter of [...this.#queue]) {
      if (waiter.deadline >= openAt) continue;
      this.#queue.splice(this.#queue.indexOf(waiter), 1);
      const last = this.#last;
      waiter.reject(
        new RateLimitError({
          status: 429,
          message: `${waiter.what} is rate limited for ${Math.ceil((openAt - now) / 1e3)} s more, past its rateLimitMaxWaitMs`,
          code: last?.code,
          type: last?.type,
          requestId: last?.requestId,
          retryAfterMs: openAt - now
        })
      );
    }
  }
};
function gateFor(gates, key, clock, retry) {
  let gate = gates.get(key);
  if (!gate) {
    gate = new RateLimitGate(clock, retry);
    gates.set(key, gate);
  }
  return gate;
}

// ../packages/core/src/internal/with-retries.ts
var OPEN_GATE = {
  enter: (signal, _deadline, what) => signal?.aborted ? Promise.reject(new AbortError(`${what} was aborted`, { cause: signal.reason })) : Promise.resolve({ holdsTurn: false, sentAt: 0 }),
  leave: () => void 0
};
function isRefusal(error) {
  return error instanceof ApiError && (error.status === 429 || error.status === 503);
}
function isRetryable(error) {
  if (error instanceof ApiError) return error.retryable;
  return error instanceof ConnectionError || error instanceof TimeoutError;
}
async function withRetries(http, target, attempt) {
  const { clock } = http;
  const gate = target.paced ? OPEN_GATE : gateFor(http.gates, target.route, clock, http.retry);
  let failures = 0;
  let retries = 0;
  let waitedMs = 0;
  let refused = false;
  for (; ; ) {
    const enteredAt = clock.now();
    const ticket = await gate.enter(
      target.signal,
      enteredAt + http.rateLimitMaxWaitMs - waitedMs,
      target.what,
      refused
    );
    waitedMs += clock.now() - enteredAt;
    let left = false;
    const leave = (error) => {
      if (left) return void 0;
      left = true;
      return gate.leave(ticket, error);
    };
    let delayMs;
    let sleepHere = true;
    try {
      const result = await attempt(() => leave());
      leave();
      return result;
    } catch (error) {
      const closedForMs = leave(error);
      if (error instanceof AbortError || !(error instanceof Error)) throw error;
      if (!target.repeatable || http.maxRetries === 0 || !isRetryable(error)) throw error;
      if (target.paced && isRefusal(error)) throw error;
      if (error instanceof RateLimitError && closedForMs !== void 0) {
        if (!target.retryRateLimit || waitedMs + closedForMs > http.rateLimitMaxWaitMs) throw error;
        delayMs = closedForMs;
        sleepHere = false;
        refused = true;
      } else {
        if (failures >= http.maxRetries) throw error;
        delayMs = retryDelay(
          failures,
          http.retry,
          error.retryAfterMs
        );
        failures += 1;
      }
      retries += 1;
      http.onRetry?.({ request: target.what, attempt: retries, delayMs, error });
      http.logger.warn?.(`${target.logMessage ?? "retrying"} ${target.what}`, {
        attempt: retries,
        delayMs,
        error: error.message,
        ...target.logFields?.()
      });
      if (sleepHere) await sleep(clock, delayMs, target.signal, target.what);
    }
  }
}

// ../packages/core/src/validation/result-link.ts
import { isIP as isIP2 } from "node:net";

// ../packages/core/src/validation/blocked-addresses.ts
import { BlockList, isIP } from "node:net";
var blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  // "this network", includes 0.0.0.0 (unspecified)
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  // benchmarking
  ["224.0.0.0", 4],
  // multicast
  ["240.0.0.0", 4]
  // reserved, includes 255.255.255.255
]) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  // unspecified
  ["::1", 128],
  // loopback
  ["64:ff9b:1::", 48],
  // local-use NAT64
  ["fc00::", 7],
  // unique local
  ["fe80::", 10],
  // link-local
  ["fec0::", 10],
  // old site-local
  ["ff00::", 8]
  // multicast
]) {
  blocked.addSubnet(net, prefix, "ipv6");
}
function isBlockedAddress(address) {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return blocked.check(address, "ipv4");
  if (blocked.check(address, "ipv6")) return true;
  const embedded = embeddedIpv4(address);
  return embedded !== void 0 && blocked.check(embedded, "ipv4");
}
function embeddedIpv4(address) {
  const h = hextets(address);
  if (!h) return void 0;
  const v4 = (hi, lo) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from, to) => h.slice(from, to).every((x) => x === 0);
  const g = (i) => h[i] ?? 0;
  if (zero(0, 6) || zero(0, 4) && h[4] === 65535 && h[5] === 0) return v4(g(6), g(7));
  if (h[0] === 100 && h[1] === 65435 && zero(2, 6)) return v4(g(6), g(7));
  if (h[0] === 8194) return v4(g(1), g(2));
  return void 0;
}
function hextets(address) {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${(a << 8 | b).toString(16)}:${(c << 8 | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (p) => p === "" ? [] : p.split(":").map((x) => Number.parseInt(x, 16));
  const left = part(head);
  const right = tail === void 0 ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || tail === void 0 && missing !== 0) return void 0;
  return [...left, ...new Array(missing).fill(0), ...right];
}
var metadataNames = /* @__PURE__ */ new Set(["metadata", "metadata.goog"]);
function internalHostName(host) {
  if (host === "localhost" || host.endsWith(".localhost")) return "this-machine";
  if (host.endsWith(".local") || host.endsWith(".internal") || metadataNames.has(host))
    return "internal";
  return void 0;
}
function bareHost(url) {
  return url.hostname.replace(/^\[|\]$/g, "").toLowerCase().replace(/\.$/, "");
}

// ../packages/core/src/validation/result-link.ts
function resultLinkProblem(link, rules) {
  if (link.protocol !== "https:" && link.protocol !== "http:") {
    return `it uses ${link.protocol.slice(0, -1)}, not https`;
  }
  if (link.username !== "" || link.password !== "") return "it carries a user name or password";
  if (rules.allowInsecure || link.origin === rules.trustedOrigin) return void 0;
  if (link.protocol !== "https:") return "it uses http, not https";
  const host = bareHost(link);
  if (internalHostName(host)) {
    return `it points at an internal host (${host})`;
  }
  if (isIP2(host) !== 0 && isBlockedAddress(host)) {
    return `it points at a loopback, private, link-local or reserved address (${host})`;
  }
  return void 0;
}

// ../packages/core/src/download/download-attempt.ts
import { stat } from "node:fs/promises";

// ../packages/core/src/errors/task-failure-codes.ts
var taskFailureCodes = {
  content_policy_violation: {
    retryable: false,
    description: "The prompt or image was rejected by content moderation; change the input."
  },
  invalid_parameters: {
    retryable: false,
    description: "The request parameters were rejected; fix them."
  },
  image_processing_error: {
    retryable: false,
    description: "The input image could not be processed; use another image."
  },
  image_dimension_mismatch: {
    retryable: false,
    description: "The input image does not match the requested aspect ratio."
  },
  request_cancelled: { retryable: false, description: "The task was cancelled." },
  generation_failed_no_content: {
    retryable: true,
    description: "The model produced no content; a new task may succeed."
  },
  service_error: { retryable: true, description: "A service error; a new task may succeed." },
  generation_timeout: {
    retryable: true,
    description: "Generation timed out; a new task may succeed."
  },
  resource_exhausted: {
    retryable: true,
    description: "Capacity was exhausted; retry later."
  },
  quota_exceeded: { retryable: true, description: "An upstream quota was exceeded; retry later." },
  service_unavailable: {
    retryable: true,
    description: "The service was unavailable; retry later."
  },
  // Not retryable, as in both vendor clients (@evolinkai/evolink-media, EvoLinkAI/evolink-mcp).
  resource_not_found: {
    retryable: false,
    description: "A resource the task needs (usually the input image) was not found; check it."
  },
  unknown_error: { retryable: true, description: "An unknown error; a new task may succeed." }
};

// ../packages/core/src/errors/task-errors.ts
var WaitTimeoutError = class extends ClipwrightError {
  name = "WaitTimeoutError";
  code = "wait_timeout_error";
  taskId;
  /** The last state seen. */
  task;
  constructor(taskId, timeoutMs, task) {
    super(
      `task ${taskId} did not finish within ${Math.round(timeoutMs / 1e3)} s` + (task ? ` (last status ${task.status}, ${task.progress}%)` : "") + "; it may still complete: query it again later with tasks.wait"
    );
    this.taskId = taskId;
    this.task = task;
  }
};
var TaskFailedError = class extends ClipwrightError {
  name = "TaskFailedError";
  code = "task_failed_error";
  taskId;
  /**
   * The task's failure code, e.g. `content_policy_violation` (`unknown_error` when the API gave
   * none, `request_cancelled` for a cancelled task without one).
   */
  failureCode;
  /** Whether a new task with the same input may succeed (from `taskFailureCodes`). */
  retryable;
  task;
  /** The API's `fallback_suggestion` for this failure, when it gave one: shown as the fix. */
  fallbackSuggestion;
  constructor(task) {
    const failureCode = task.error?.code ?? (task.status === "cancelled" ? "request_cancelled" : "unknown_error");
    const detail = task.error?.message || taskFailureCodes[failureCode]?.description || `task ${task.status}`;
    const suggestion = task.error?.fallback_suggestion || void 0;
    super(
      `task ${task.id} ${task.status}: ${failureCode}: ${detail}` + (task.requestId ? ` (request id ${task.requestId})` : "") + (suggestion ? `
fix: ${suggestion}` : "")
    );
    this.taskId = task.id;
    this.failureCode = failureCode;
    this.fallbackSuggestion = suggestion;
    this.retryable = taskFailureCodes[failureCode]?.retryable ?? true;
    this.task = task;
  }
};
var LinkExpiredError = class extends ClipwrightError {
  name = "LinkExpiredError";
  code = "link_expired_error";
  status;
  constructor(status) {
    super(
      `the video link has expired (HTTP ${status}): EvoLink result links live 24 hours after the task completes; generate the video again to get a new one`
    );
    this.status = status;
  }
};

// ../packages/core/src/internal/undici.ts
var loaded;
function undici() {
  loaded ??= import("./undici-3ETE2WVX.js").then((m) => {
    const exports = m.default;
    return typeof exports?.Agent === "function" ? exports : m;
  });
  return loaded;
}
function isUndiciTimeout(error) {
  const code = error?.code;
  return error instanceof Error && (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT");
}

// ../packages/core/src/internal/errors-from-http.ts
function requestIdOf(headers) {
  const value = headers["x-request-id"] || headers["x-oneapi-request-id"];
  const first = Array.isArray(value) ? value[0] : value;
  return first || void 0;
}
function apiErrorFromResponse(status, text, headers, now) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = void 0;
  }
  const error = body?.error;
  const str = (v) => typeof v === "string" ? v : void 0;
  const code = typeof error?.code === "number" || typeof error?.code === "string" ? error.code : void 0;
  const message = str(error?.message) ?? (text.trim() ? text.trim().slice(0, 200) : `HTTP ${status} with an empty body`);
  return apiErrorFromStatus({
    status,
    message,
    code,
    type: str(error?.type),
    param: str(error?.param),
    requestId: requestIdOf(headers) ?? str(error?.request_id),
    fallbackSuggestion: str(error?.fallback_suggestion),
    retryAfterMs: parseRetryAfter(headers["retry-after"], now)
  });
}
function transportError(error, signal, what) {
  if (signal?.aborted) return new AbortError(`${what} was aborted`, { cause: signal.reason });
  if (error instanceof AbortError || error instanceof TimeoutError || error instanceof ConnectionError) {
    return error;
  }
  if (isUndiciTimeout(error)) {
    return new TimeoutError(`${what} timed out (${error.message})`, {
      cause: error,
      sent: error.code !== "UND_ERR_CONNECT_TIMEOUT"
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = error?.code;
  return new ConnectionError(`${what} failed: ${code ? `${code} ` : ""}${message}`, {
    cause: error,
    sent: !neverSent(error)
  });
}
var NOT_CONNECTED = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL"
]);
function neverSent(error, depth = 0) {
  if (depth > 4 || typeof error !== "object" || error === null) return false;
  const code = error.code;
  if (typeof code === "string" && NOT_CONNECTED.has(code)) return true;
  const inner = error.errors;
  if (Array.isArray(inner) && inner.length > 0) return inner.every((e) => neverSent(e, depth + 1));
  return neverSent(error.cause, depth + 1);
}

// ../packages/core/src/download/file-writer.ts
import { closeSync as closeSync2, openSync as openSync2, writeSync } from "node:fs";
import { Writable } from "node:stream";
var openDownloadFile = (path14, flags) => {
  const fd = openSync2(path14, flags);
  let open3 = true;
  return {
    write(chunk) {
      for (let at = 0; at < chunk.byteLength; ) {
        at += writeSync(fd, chunk, at, chunk.byteLength - at);
      }
    },
    close() {
      if (!open3) return;
      open3 = false;
      closeSync2(fd);
    }
  };
};
function fileSink(file, onWritten) {
  return new Writable({
    // Each chunk is written before its callback, so nothing queues here; a mark above any
    // body chunk keeps write() returning true, so the body never waits for a 'drain'.
    highWaterMark: 1024 * 1024,
    write(chunk, _encoding, done) {
      try {
        file.write(chunk);
      } catch (error) {
        done(error);
        return;
      }
      onWritten(chunk.byteLength);
      done();
    },
    final(done) {
      try {
        file.close();
        done();
      } catch (error) {
        done(error);
      }
    },
    destroy(error, done) {
      try {
        file.close();
      } catch {
      }
      done(error);
    }
  });
}

// ../packages/core/src/download/response-checks.ts
import { open as open2 } from "node:fs/promises";
import { Writable as Writable2 } from "node:stream";
import { StringDecoder } from "node:string_decoder";
var MAX_REDIRECTS = 5;
var redirectStatuses = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var videoTypes = /^(video\/[\w.+-]+|application\/octet-stream|binary\/octet-stream)\s*(;|$)/i;
var ERROR_BODY_CHARS = 64 * 1024;
function isRedirect(statusCode) {
  return redirectStatuses.has(statusCode);
}
function checkBody(what, bytes, total, statusCode, headers) {
  const type = String(headers["content-type"] ?? "application/octet-stream");
  if (!videoTypes.test(type)) {
    throw new UnexpectedResponseError(`${what} sent ${type}, not a video`, {
      status: statusCode
    });
  }
  if (statusCode === 206) {
    const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(headers["content-range"] ?? ""));
    if (!range || Number(range[1]) !== bytes) {
      throw new UnexpectedResponseError(
        `${what} answered a range request with ${headers["content-range"]}`
      );
    }
    return range[3] !== "*" ? Number(range[3]) : total;
  }
  const length = Number(headers["content-length"]);
  return Number.isFinite(length) ? length : void 0;
}
function redirectTarget(what, rules, from, location, hop) {
  if (hop === MAX_REDIRECTS) {
    throw new UnexpectedResponseError(`${what} redirected more than ${MAX_REDIRECTS} times`);
  }
  let next;
  try {
    next = new URL(location, from);
  } catch {
    throw new UnexpectedResponseError(`${what} redirected to an invalid URL`);
  }
  const refused = resultLinkProblem(next, rules);
  if (refused) {
    throw new UnexpectedResponseError(
      `${what} redirected to ${next.origin}${next.pathname}, which is refused: ${refused}`
    );
  }
  return next;
}
async function checkFtyp(path14, what) {
  const file = await open2(path14, "r");
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await file.read(head, 0, 8, 0);
    if (bytesRead < 8 || head.toString("latin1", 4, 8) !== "ftyp") {
      throw new UnexpectedResponseError(`${what} did not send an MP4 video (no ftyp box)`);
    }
  } finally {
    await file.close();
  }
}
function collector(answer) {
  const decoder = new StringDecoder("utf8");
  return new Writable2({
    write(chunk, _encoding, done) {
      if (answer.text.length < ERROR_BODY_CHARS) answer.text += decoder.write(chunk);
      done();
    },
    final(done) {
      answer.text = (answer.text + decoder.end()).slice(0, ERROR_BODY_CHARS);
      done();
    }
  });
}

// ../packages/core/src/download/download-attempt.ts
var HASH_STEP = 1024 * 1024;
var expiredStatuses = /* @__PURE__ */ new Set([403, 404, 410]);
async function attemptDownload(t, release) {
  if (t.signal?.aborted) {
    throw new AbortError(`${t.what} was aborted`, { cause: t.signal.reason });
  }
  let target = t.link;
  for (let hop = 0; ; hop++) {
    const answer = await requestHop(t, target, release);
    if (answer) {
      const { statusCode, headers, text } = answer;
      const location = headers.location;
      if (!isRedirect(statusCode) || typeof location !== "string") {
        if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
        throw apiErrorFromResponse(statusCode, text, headers, t.http.clock.now());
      }
      target = redirectTarget(t.what, t.rules, target, location, hop);
      continue;
    }
    if (t.total !== void 0 && t.bytes > t.total) {
      throw new UnexpectedResponseError(
        `${t.what} sent ${t.bytes} bytes, more than its length ${t.total}`
      );
    }
    return t.total === void 0 || t.bytes === t.total;
  }
}
async function requestHop(t, target, release) {
  const { stream } = await undici();
  const start = t.bytes;
  let answer;
  let writing = false;
  try {
    await stream(
      target,
      {
        method: "GET",
        headers: t.bytes > 0 ? { range: `bytes=${t.bytes}-` } : {},
        dispatcher: await t.http.dispatcher(),
        headersTimeout: t.http.headersTimeoutMs,
        bodyTimeout: t.http.bodyTimeoutMs,
        signal: t.signal
      },
      ({ statusCode, headers }) => {
        if (statusCode !== 200 && statusCode !== 206) {
          answer = { statusCode, headers, text: "" };
          return collector(answer);
        }
        t.total = checkBody(t.what, t.bytes, t.total, statusCode, headers);
        release();
        writing = true;
        return videoSink(t, statusCode);
      }
    );
  } catch (error) {
    if (error instanceof UnexpectedResponseError) throw error;
    throw asDiskError(error, t.temporary) ?? transportError(error, t.signal, t.what);
  } finally {
    if (writing) t.bytes = (await stat(t.temporary).catch(() => void 0))?.size ?? start;
  }
  return answer;
}
function videoSink(t, statusCode) {
  if (statusCode === 200) {
    t.bytes = 0;
    t.hasher.reset();
  }
  let received = t.bytes;
  let told = t.bytes;
  const file = t.openFile(t.temporary, statusCode === 206 ? "a" : "w");
  return fileSink(file, (n) => {
    received += n;
    if (received - told >= HASH_STEP) {
      t.hasher.advance(received);
      told = received;
    }
    t.onProgress?.({ bytes: received, ...t.total !== void 0 && { total: t.total } });
  });
}

// ../packages/core/src/download/file-hasher.ts
import { Worker } from "node:worker_threads";
var workerSource = `
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
const block = Buffer.allocUnsafe(1 << 20);
let hash = createHash('sha256');
let at = 0;
let fd;
function upTo(target) {
  fd ??= fs.openSync(workerData.path, 'r');
  while (at < target) {
    const n = fs.readSync(fd, block, 0, Math.min(block.length, target - at), at);
    if (n === 0) throw new Error('the file holds ' + at + ' of ' + target + ' bytes');
    hash.update(block.subarray(0, n));
    at += n;
  }
}
parentPort.on('message', (m) => {
  try {
    if (m.type === 'reset') { hash = createHash('sha256'); at = 0; }
    else if (m.type === 'advance') upTo(m.bytes);
    else if (m.type === 'digest') {
      upTo(m.bytes);
      if (fd !== undefined) fs.closeSync(fd);
      parentPort.postMessage({ sha256: hash.digest('hex') });
    }
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});
`;
var workerUrl = new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`);
function fileHasher(path14) {
  const worker = new Worker(workerUrl, { execArgv: [], workerData: { path: path14 } });
  let failure;
  let closed = false;
  let settle;
  worker.on("message", (m) => {
    if (m.error !== void 0) failure = new Error(`hashing ${path14}: ${m.error}`);
    if (m.sha256 !== void 0) settle?.resolve(m.sha256);
    else if (failure) settle?.reject(failure);
  });
  worker.on("error", (error) => {
    failure = error;
    settle?.reject(error);
  });
  return {
    advance(bytes) {
      worker.postMessage({ type: "advance", bytes });
    },
    reset() {
      worker.postMessage({ type: "reset" });
    },
    digest(bytes) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        worker.postMessage({ type: "digest", bytes });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker.terminate();
    }
  };
}

// ../packages/core/src/download/download-file.ts
async function downloadFile(http, url, destination, options, effects, rules) {
  const link = checkedLink(url, rules);
  const what = `GET ${link.origin}${link.pathname}`;
  try {
    await mkdir(dirname(destination), { recursive: true });
  } catch (error) {
    throw asDiskError(error, dirname(destination)) ?? error;
  }
  const temporary = `${destination}.${effects.randomUUID().slice(0, 8)}.part`;
  const t = {
    http,
    link,
    rules,
    what,
    temporary,
    hasher: fileHasher(temporary),
    openFile: effects.openFile ?? openDownloadFile,
    signal: options.signal,
    onProgress: options.onProgress,
    bytes: 0,
    total: void 0
  };
  try {
    await withRetries(
      http,
      {
        what,
        route: `GET ${link.origin} (download)`,
        signal: options.signal,
        repeatable: true,
        retryRateLimit: true,
        logMessage: "resuming",
        logFields: () => ({ bytes: t.bytes })
      },
      async (release) => {
        if (await attemptDownload(t, release)) return;
        throw new ConnectionError(`${what} ended after ${t.bytes} of ${t.total} bytes`);
      }
    );
    await checkFtyp(temporary, what);
    const sha256 = await t.hasher.digest(t.bytes);
    await rename(temporary, destination);
    return { path: destination, bytes: t.bytes, sha256 };
  } catch (error) {
    await rm(temporary, { force: true });
    throw asDiskError(error, destination) ?? error;
  } finally {
    await t.hasher.close();
  }
}
function checkedLink(url, rules) {
  let link;
  try {
    link = new URL(url);
  } catch {
    throw new ValidationError([
      { field: "url", message: "must be an absolute https:// URL", received: url }
    ]);
  }
  const problem = resultLinkProblem(link, rules);
  if (problem) {
    throw new ValidationError([
      {
        field: "url",
        message: `the result link is refused: ${problem}`,
        received: `${link.origin}${link.pathname}`,
        fix: "download only the https:// links the API returned"
      }
    ]);
  }
  return link;
}

// ../packages/core/src/internal/http.ts
var MAX_JSON_BODY_BYTES = 1024 * 1024;
function requestJson(http, req) {
  const what = `${req.method} ${req.path}`;
  let sentBefore = false;
  return withRetries(
    http,
    {
      what,
      route: req.route ?? what,
      signal: req.signal,
      repeatable: req.method === "GET" || req.idempotencyKey !== void 0,
      retryRateLimit: req.retryRateLimit !== false,
      paced: req.retryRateLimit === false
    },
    async () => {
      try {
        const res = await attemptJson(http, req, what);
        return { ...res, replayed: res.replayed && !sentBefore };
      } catch (error) {
        if (sentBefore && isUnsent(error)) {
          throw new ConnectionError(
            `${error.message} (an earlier attempt may have reached the server)`,
            {
              cause: error
            }
          );
        }
        if (mayHaveCreated(error)) sentBefore = true;
        throw error;
      }
    }
  );
}
function isUnsent(error) {
  return (error instanceof ConnectionError || error instanceof TimeoutError) && !error.sent;
}
function mayHaveCreated(error) {
  if (isUnsent(error)) return false;
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500 && !error.outcomeUnknown);
}
async function attemptJson(http, req, what) {
  if (req.signal?.aborted)
    throw new AbortError(`${what} was aborted`, { cause: req.signal.reason });
  const headers = {
    authorization: `Bearer ${http.apiKey()}`,
    accept: "application/json"
  };
  if (req.body !== void 0) headers["content-type"] = "application/json";
  if (req.idempotencyKey !== void 0) headers["idempotency-key"] = req.idempotencyKey;
  const {
    status,
    text,
    headers: responseHeaders
  } = await sendForText(http, new URL(req.path, http.baseUrl), {
    method: req.method,
    headers,
    body: req.body === void 0 ? void 0 : JSON.stringify(req.body),
    signal: req.signal,
    what,
    ...req.headersTimeoutMs !== void 0 && { headersTimeoutMs: req.headersTimeoutMs }
  });
  const requestId = requestIdOf(responseHeaders);
  const replayedHeader = responseHeaders["idempotency-replayed"];
  const replayed = typeof replayedHeader === "string" && replayedHeader.toLowerCase() === "true";
  http.logger.debug?.(`${what} -> ${status}`, { requestId, replayed: replayed || void 0 });
  if (status < 200 || status >= 300) {
    throw apiErrorFromResponse(status, text, responseHeaders, http.clock.now());
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UnexpectedResponseError(`${what} returned ${status} with a body that is not JSON`, {
      status,
      requestId,
      cause: error
    });
  }
  return { status, body, requestId, replayed };
}
async function sendForText(http, url, o) {
  try {
    const { request } = await undici();
    const res = await request(url, {
      method: o.method,
      headers: o.headers,
      body: o.body,
      dispatcher: await http.dispatcher(),
      headersTimeout: o.headersTimeoutMs ?? http.headersTimeoutMs,
      bodyTimeout: http.bodyTimeoutMs,
      signal: o.signal
    });
    const text = await readLimited(res.body, MAX_JSON_BODY_BYTES);
    return { status: res.statusCode, text, headers: res.headers };
  } catch (error) {
    if (error instanceof UnexpectedResponseError) throw error;
    throw transportError(error, o.signal, o.what);
  }
}
async function readLimited(body, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      throw new UnexpectedResponseError(
        `the response body is larger than ${limit} bytes: not an API answer`
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// ../packages/core/src/tasks/video-url.ts
function videoUrl(task) {
  if (task.status !== "completed") {
    throw new ClipwrightError(`task ${task.id} has no video yet: its status is ${task.status}`);
  }
  const first = task.results?.find((r) => typeof r === "string" && r.length > 0);
  if (first) return first;
  const data = task.result_data;
  for (const item of Array.isArray(data) ? data : [data]) {
    const url = item?.video_url;
    if (typeof url === "string" && url.length > 0) return url;
  }
  throw new UnexpectedResponseError(
    `task ${task.id} is completed but carries no video link (neither results nor result_data.video_url)`
  );
}

// ../packages/core/src/internal/task-schema.ts
var MAX_TASK_CREDITS = 1e6;
function lenientNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string" || !/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value)) {
    return void 0;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : void 0;
}
var lenient = (read) => external_exports.unknown().optional().transform(read);
var lenientString = lenient((v) => typeof v === "string" ? v : void 0);
var numberOr = (fallback) => lenient((v) => lenientNumber(v) ?? fallback);
function buildTaskSchema(strictCredits) {
  const credits = external_exports.unknown().optional().transform((v, ctx) => {
    if (v === void 0 || v === null) return void 0;
    const n = lenientNumber(v);
    if (n !== void 0 && n >= 0 && n <= MAX_TASK_CREDITS) return n;
    if (strictCredits) {
      ctx.issues.push({
        code: "custom",
        input: v,
        message: `must be a number of credits from 0 to ${MAX_TASK_CREDITS}`
      });
    }
    return void 0;
  });
  const taskError = external_exports.union([
    external_exports.string().transform((message) => ({ code: "unknown_error", message })),
    external_exports.looseObject({
      code: lenient(
        (v) => typeof v === "string" && v !== "" || typeof v === "number" ? String(v) : "unknown_error"
      ),
      message: lenient((v) => typeof v === "string" ? v : ""),
      fallback_suggestion: lenientString
    })
  ]).nullish().catch(void 0).transform((v) => v ?? void 0);
  const optionalObject = (shape) => external_exports.looseObject(shape).nullish().catch(void 0).transform((v) => v ?? void 0);
  return external_exports.looseObject({
    id: external_exports.string().min(1),
    model: lenient((v) => typeof v === "string" ? v : ""),
    object: lenientString,
    status: external_exports.string().min(1),
    progress: numberOr(0),
    created: numberOr(0),
    results: external_exports.array(external_exports.string()).nullish().transform((v) => v ?? void 0),
    error: taskError,
    task_info: optionalObject({
      can_cancel: lenient((v) => typeof v === "boolean" ? v : void 0),
      estimated_time: numberOr(void 0),
      video_duration: numberOr(void 0)
    }),
    usage: external_exports.looseObject({
      billing_rule: lenientString,
      credits_reserved: credits,
      credits_used: credits,
      user_group: lenientString
    }).nullish().transform((v) => v ?? void 0)
  });
}
var schemas = /* @__PURE__ */ new Map();
function parseTask(body, context) {
  const create = context.create ?? context.what.startsWith("POST ");
  const source = create ? withCreateDefaults(body) : body;
  let schema = schemas.get(!create);
  if (!schema) {
    schema = buildTaskSchema(!create);
    schemas.set(!create, schema);
  }
  const result = schema.safeParse(source);
  if (!result.success) {
    const where = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ");
    throw new UnexpectedResponseError(`${context.what} did not look like a task (${where})`, {
      status: context.status,
      requestId: context.requestId,
      cause: result.error
    });
  }
  const task = result.data;
  if (context.requestId !== void 0) task.requestId = context.requestId;
  return task;
}
function withCreateDefaults(body) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const b = body;
  if (typeof b.id !== "string" || b.id === "") return body;
  const validResults = b.results === void 0 || b.results === null || Array.isArray(b.results) && b.results.every((r) => typeof r === "string");
  return {
    ...b,
    status: typeof b.status === "string" && b.status !== "" ? b.status : "pending",
    ...!validResults && { results: void 0 }
  };
}

// ../packages/core/src/internal/wait-for-task.ts
var terminalFailures = /* @__PURE__ */ new Set(["failed", "cancelled"]);
var MAX_HISTORY = 1024;
var MIN_REFUSED_SLEEP_MS = 1e3;
async function waitForTask(start, s2) {
  const startedAt = s2.clock.now();
  const deadline = startedAt + s2.timeoutMs;
  const id = typeof start === "string" ? start : start.id;
  const history = [];
  const waitKey = {};
  let anchorAt = startedAt;
  let fresh = typeof start === "string" ? void 0 : start;
  let last = fresh;
  let attempt = 0;
  let refusals = 0;
  let delay2 = 0;
  let sentAt = startedAt;
  const decide = (task, now) => {
    const d = s2.policy({
      task,
      now,
      elapsedMs: now - startedAt,
      attempt,
      history,
      anchorAt,
      waitKey
    });
    return d >= 0 ? d : 1e3;
  };
  const maxRetryAfter = Math.min(s2.maxSlowDownMs, POLL_MAX_RETRY_AFTER_MS);
  for (; ; ) {
    if (fresh) {
      const answeredAt = s2.clock.now();
      history.push(observation(sentAt, answeredAt, fresh));
      if (history.length > MAX_HISTORY) history.splice(8, 1);
      s2.onProgress?.(fresh);
      if (fresh.status === "completed") {
        videoUrl(fresh);
        return fresh;
      }
      if (terminalFailures.has(fresh.status)) throw new TaskFailedError(fresh);
      delay2 = decide(fresh, answeredAt);
    }
    const left = deadline - s2.clock.now();
    if (left <= 0) throw new WaitTimeoutError(id, s2.timeoutMs, last);
    const slept = Math.min(delay2, left);
    if (slept > 0) await sleep(s2.clock, slept, s2.signal, `waiting for task ${id}`);
    attempt += 1;
    sentAt = s2.clock.now();
    try {
      fresh = await queryBefore(s2, id, deadline, last);
      last = fresh;
      refusals = 0;
    } catch (error) {
      if (!isRefusal2(error)) throw error;
      fresh = void 0;
      if (error.retryAfterMs !== void 0) {
        delay2 = Math.max(MIN_REFUSED_SLEEP_MS, Math.min(error.retryAfterMs, maxRetryAfter));
        anchorAt = s2.clock.now() + delay2;
      } else {
        delay2 = Math.max(MIN_REFUSED_SLEEP_MS, decide(last ?? unseen(id), s2.clock.now()));
      }
      refusals += 1;
      s2.onRetry?.({ request: `GET /v1/tasks/${id}`, attempt: refusals, delayMs: delay2, error });
    }
  }
}
function isRefusal2(error) {
  return error instanceof RateLimitError || error instanceof ApiError && error.status === 503;
}
function unseen(id) {
  return { id, model: "", status: "pending", progress: 0, created: 0 };
}
function observation(sentAt, at, task) {
  const seconds = lenientNumber(task.task_info?.estimated_time);
  const info = task.task_info;
  const place = lenientNumber(task.queue_position ?? info?.queue_position);
  const progress = lenientNumber(task.progress);
  return {
    at,
    ...sentAt < at && { sentAt },
    status: task.status,
    progress: progress ?? 0,
    ...seconds !== void 0 && seconds > 0 && { estimatedMs: seconds * 1e3 },
    ...place !== void 0 && { queuePosition: place }
  };
}
async function queryBefore(s2, id, deadline, last) {
  const atDeadline = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      atDeadline.abort(new Error("the wait deadline passed"));
    },
    Math.max(0, deadline - s2.clock.now())
  );
  timer.unref?.();
  const signal = s2.signal ? AbortSignal.any([s2.signal, atDeadline.signal]) : atDeadline.signal;
  try {
    return await s2.get(id, signal);
  } catch (error) {
    if (timedOut && !s2.signal?.aborted) throw new WaitTimeoutError(id, s2.timeoutMs, last);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// ../packages/catalog/data/catalog.json
var catalog_default = JSON.parse('{\n  "schema": 1,\n  "retrieved": "2026-12-07",\n  "meta": {\n    "schema_version": "1",\n    "catalog_version": "clipwright-snapshot-2026-12-07",\n    "updated_at": "2026-12-07T00:00:00Z",\n    "fresh_until": "2026-12-07T00:00:00Z"\n  },\n  "sources": [\n    {\n      "url": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "note": "the vendor client\'s generated parameter catalog, made from the docs site\'s OpenAPI files (docs commit 5b073dc1); every video model in it is listed here. The live /v1/catalog/models could not be reached from here, so its lifecycle field is unknown: models the docs list are recorded as active, except where a docs page says otherwise."\n    },\n    {\n      "url": "EvoLinkAI/evolink-mcp/packages/core/src/services/catalog-client.ts@464a8720fb09be0ad48affb06bd319d5ac1a4351",\n      "retrieved": "2026-12-07",\n      "note": "the shapes of /v1/catalog/models, /v1/catalog/pricing and /v1/catalog/health (meta envelope, lifecycle preview|active|deprecated|retired, deprecates_at), ETag and a 5-minute cache with a day of stale use"\n    }\n  ],\n  "models": [\n    {\n      "model_id": "doubao-seedance-1.0-pro-fast",\n      "display_name": "doubao-seedance-1.0-pro-fast API",\n      "provider": "seedance1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-1.1-flash-image-to-video",\n      "display_name": "Gemini Omni 1.1 Flash Image-to-Video",\n      "provider": "gemini-omni-1.1-flash",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-1.1-flash-reference-to-video",\n      "display_name": "Gemini Omni 1.1 Flash Reference-to-Video",\n      "provider": "gemini-omni-1.1-flash",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-1.1-flash-text-to-video",\n      "display_name": "Gemini Omni 1.1 Flash Text-to-Video",\n      "provider": "gemini-omni-1.1-flash",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-1.1-flash-video-edit",\n      "display_name": "Gemini Omni 1.1 Flash Video Edit",\n      "provider": "gemini-omni-1.1-flash",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-1.1-flash-video-extend",\n      "display_name": "Gemini Omni 1.1 Flash Video Extend",\n      "provider": "gemini-omni-1.1-flash",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-flash-image-to-video",\n      "display_name": "gemini-omni-flash-image-to-video API",\n      "provider": "gemini-omni-flash-1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-flash-reference-to-video",\n      "display_name": "gemini-omni-flash-reference-to-video API",\n      "provider": "gemini-omni-flash-1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-flash-text-to-video",\n      "display_name": "gemini-omni-flash-text-to-video API",\n      "provider": "gemini-omni-flash-1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "gemini-omni-flash-video-edit",\n      "display_name": "gemini-omni-flash-video-edit API",\n      "provider": "gemini-omni-flash-1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "grok-imagine-image-to-video-beta",\n      "display_name": "grok-imagine-image-to-video Interface",\n      "provider": "grok",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "grok-imagine-text-to-video-beta",\n      "display_name": "grok-imagine-text-to-video Interface",\n      "provider": "grok",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "grok-imagine-video-1.0-i2v",\n      "display_name": "grok-imagine-video-1.0-i2v Interface",\n      "provider": "grok",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "grok-imagine-video-1.0-t2v",\n      "display_name": "grok-imagine-video-1.0-t2v Interface",\n      "provider": "grok",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "grok-imagine-video-1.5-preview",\n      "display_name": "grok-imagine-video-1.5-preview Interface",\n      "provider": "grok",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.0-image-to-video",\n      "display_name": "HappyHorse 1.0 Image-to-Video",\n      "provider": "happyhorse1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.0-reference-to-video",\n      "display_name": "HappyHorse 1.0 Reference-to-Video",\n      "provider": "happyhorse1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.0-text-to-video",\n      "display_name": "HappyHorse 1.0 Text-to-Video",\n      "provider": "happyhorse1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.0-video-edit",\n      "display_name": "HappyHorse 1.0 Video-Edit",\n      "provider": "happyhorse1.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.1-image-to-video",\n      "display_name": "HappyHorse 1.1 Image-to-Video",\n      "provider": "happyhorse1.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.1-reference-to-video",\n      "display_name": "HappyHorse 1.1 Reference-to-Video",\n      "provider": "happyhorse1.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "happyhorse-1.1-text-to-video",\n      "display_name": "HappyHorse 1.1 Text-to-Video",\n      "provider": "happyhorse1.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-custom-element",\n      "display_name": "kling-custom-element API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o1-image-to-video",\n      "display_name": "kling-o1-image-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o1-video-edit",\n      "display_name": "kling-o1-video-edit API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o1-video-edit-fast",\n      "display_name": "kling-o1-video-edit-fast API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o3-image-to-video",\n      "display_name": "kling-o3-image-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o3-reference-to-video",\n      "display_name": "kling-o3-reference-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o3-text-to-video",\n      "display_name": "kling-o3-text-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-o3-video-edit",\n      "display_name": "kling-o3-video-edit API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-v2.6-motion-control",\n      "display_name": "kling-v2.6-motion-control API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-v3-image-to-video",\n      "display_name": "kling-v3-image-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-v3-motion-control",\n      "display_name": "kling-v3-motion-control API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-v3-text-to-video",\n      "display_name": "kling-v3-text-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-v3-turbo-image-to-video",\n      "display_name": "kling-v3-turbo-image-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "kling-v3-turbo-text-to-video",\n      "display_name": "kling-v3-turbo-text-to-video API",\n      "provider": "kling",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-image-to-video",\n      "display_name": "Minimax H3 Image-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-max-image-to-video",\n      "display_name": "Minimax H3 Max Image-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-max-reference-to-video",\n      "display_name": "Minimax H3 Max Reference-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-max-text-to-video",\n      "display_name": "Minimax H3 Max Text-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-max-turbo-image-to-video",\n      "display_name": "Minimax H3 Max Turbo Image-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-max-turbo-text-to-video",\n      "display_name": "Minimax H3 Max Turbo Text-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-reference-to-video",\n      "display_name": "Minimax H3 Reference-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "minimax-h3-text-to-video",\n      "display_name": "Minimax H3 Text-to-Video",\n      "provider": "minimax",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "MiniMax-Hailuo-02",\n      "display_name": "Hailuo 02 API",\n      "provider": "hailuo",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "MiniMax-Hailuo-2.3",\n      "display_name": "Hailuo 2.3 API",\n      "provider": "hailuo",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "MiniMax-Hailuo-2.3-Fast",\n      "display_name": "Hailuo 2.3 Fast API",\n      "provider": "hailuo",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "omnihuman-1.5",\n      "display_name": "OmniHuman-1.5 Digital Human Video Generation",\n      "provider": "omnihuman",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-1.5-pro",\n      "display_name": "seedance-1.5-pro API",\n      "provider": "seedance1.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0",\n      "display_name": "seedance-2.0 API",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "preview",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",\n      "retrieved": "2026-12-07",\n      "evidence": [\n        {\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",\n          "retrieved": "2026-12-07",\n          "quote": "This model is not yet available. API parameters may be adjusted before official release."\n        }\n      ]\n    },\n    {\n      "model_id": "seedance-2.0-fast-image-to-video",\n      "display_name": "Seedance 2.0 Fast Image-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-fast-reference-to-video",\n      "display_name": "Seedance 2.0 Fast Reference-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-fast-text-to-video",\n      "display_name": "Seedance 2.0 Fast Text-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-image-to-video",\n      "display_name": "Seedance 2.0 Image-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-mini-image-to-video",\n      "display_name": "Seedance 2.0 Mini Image-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-mini-reference-to-video",\n      "display_name": "Seedance 2.0 Mini Reference-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-mini-text-to-video",\n      "display_name": "Seedance 2.0 Mini Text-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-reference-to-video",\n      "display_name": "Seedance 2.0 Reference-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.0-text-to-video",\n      "display_name": "Seedance 2.0 Text-to-Video",\n      "provider": "seedance2.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.5-draft-to-video",\n      "display_name": "Seedance 2.5 Draft-to-Video",\n      "provider": "seedance2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.5-image-to-video",\n      "display_name": "Seedance 2.5 Image-to-Video",\n      "provider": "seedance2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.5-reference-to-video",\n      "display_name": "Seedance 2.5 Reference-to-Video",\n      "provider": "seedance2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.5-text-to-video",\n      "display_name": "Seedance 2.5 Text-to-Video",\n      "provider": "seedance2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.5-video-edit",\n      "display_name": "Seedance 2.5 Video Edit",\n      "provider": "seedance2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "seedance-2.5-video-extend",\n      "display_name": "Seedance 2.5 Video Extend",\n      "provider": "seedance2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "sora-2",\n      "display_name": "Sora 2",\n      "provider": "sora2",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": null,\n      "deprecates_at": null,\n      "successor": null,\n      "listed": false,\n      "source": "https://docs.evolink.ai/en/api-manual/video-series/sora2/sora2-video-generate",\n      "retrieved": "2026-12-07",\n      "evidence": [\n        {\n          "url": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n          "retrieved": "2026-12-07",\n          "note": "not listed in the vendor\'s newest catalog we could read: the generated parameter catalog (docs commit 5b073dc1) lists only sora-2-preview and sora-2-pro-preview among Sora models. Not listed is not retired."\n        },\n        {\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "quote": "the vendor\'s 1.2.1 catalog marks `sora-2`, `sora-2-pro` and `sora-2-beta-max` as beta"\n        },\n        {\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "quote": "OpenAI\'s own Sora 2 API announced its shutdown for 2026-09-24; whether EvoLink\'s Sora routes depend on it is not known.",\n          "note": "not a vendor document: no deprecates_at is recorded from it"\n        }\n      ]\n    },\n    {\n      "model_id": "sora-2-beta-max",\n      "display_name": "Sora-2 Video Generation Beta-Max",\n      "provider": "sora2",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": null,\n      "deprecates_at": null,\n      "successor": null,\n      "listed": false,\n      "source": "shared/api/002_1151498fc727108a.txt (the vendor English docs page for sora-2-beta-max)",\n      "retrieved": "2026-12-07",\n      "evidence": [\n        {\n          "url": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n          "retrieved": "2026-12-07",\n          "note": "not listed in the vendor\'s newest catalog we could read: the generated parameter catalog (docs commit 5b073dc1) lists only sora-2-preview and sora-2-pro-preview among Sora models. Not listed is not retired."\n        },\n        {\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "quote": "the vendor\'s 1.2.1 catalog marks `sora-2`, `sora-2-pro` and `sora-2-beta-max` as beta"\n        },\n        {\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "quote": "OpenAI\'s own Sora 2 API announced its shutdown for 2026-09-24; whether EvoLink\'s Sora routes depend on it is not known.",\n          "note": "not a vendor document: no deprecates_at is recorded from it"\n        },\n        {\n          "url": "https://evolink.ai/sora-2",\n          "retrieved": "2026-12-07",\n          "quote": "Sora 2 Beta Max | Video Generation | 10s | Popular $0.0800/ video(5.76 Credits)",\n          "note": "a stored copy of the vendor page (crawl date unknown) still priced this model"\n        }\n      ]\n    },\n    {\n      "model_id": "sora-2-preview",\n      "display_name": "Sora-2-Preview API",\n      "provider": "sora2",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "sora-2-pro",\n      "display_name": "Sora 2 Pro",\n      "provider": "sora2pro",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": null,\n      "deprecates_at": null,\n      "successor": null,\n      "listed": false,\n      "source": "shared/api/README.md (project vendor notes, from the vendor docs)",\n      "retrieved": "2026-12-07",\n      "evidence": [\n        {\n          "url": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n          "retrieved": "2026-12-07",\n          "note": "not listed in the vendor\'s newest catalog we could read: the generated parameter catalog (docs commit 5b073dc1) lists only sora-2-preview and sora-2-pro-preview among Sora models. Not listed is not retired."\n        },\n        {\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "quote": "the vendor\'s 1.2.1 catalog marks `sora-2`, `sora-2-pro` and `sora-2-beta-max` as beta"\n        },\n        {\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "quote": "OpenAI\'s own Sora 2 API announced its shutdown for 2026-09-24; whether EvoLink\'s Sora routes depend on it is not known.",\n          "note": "not a vendor document: no deprecates_at is recorded from it"\n        },\n        {\n          "url": "https://evolink.ai/sora-2-pro",\n          "retrieved": "2026-12-07",\n          "quote": "duration 15 quality high remove_watermark true Estimated Cost 46 Credits",\n          "note": "a stored copy of the vendor page (crawl date unknown) still offered this model in its playground"\n        }\n      ]\n    },\n    {\n      "model_id": "sora-2-pro-preview",\n      "display_name": "sora-2-pro-preview Interface",\n      "provider": "sora2pro",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "topaz-video-upscale",\n      "display_name": "topaz-video-upscale API",\n      "provider": "topaz",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "veo-3.1-fast-generate-preview",\n      "display_name": "Veo-3.1-Fast-Generate-Preview API",\n      "provider": "veo3.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "veo-3.1-generate-preview",\n      "display_name": "Veo-3.1-Generate-Preview API",\n      "provider": "veo3.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "veo3.1-fast-beta",\n      "display_name": "veo3.1-fast Interface",\n      "provider": "veo3.1",\n      "aliases": [\n        "veo3.1-fast"\n      ],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": [\n        {\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-video-generate",\n          "retrieved": "2026-12-07",\n          "quote": "\\"model\\": \\"veo3.1-fast\\"",\n          "note": "the docs page\'s example request and default name the model veo3.1-fast; the generated catalog names it veo3.1-fast-beta"\n        }\n      ]\n    },\n    {\n      "model_id": "veo3.1-fast-extend",\n      "display_name": "veo3.1-fast-extend Interface",\n      "provider": "veo3.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",\n      "retrieved": "2026-12-07",\n      "evidence": [\n        {\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",\n          "retrieved": "2026-12-07",\n          "note": "documented on the docs site; not in the generated parameter catalog"\n        }\n      ]\n    },\n    {\n      "model_id": "veo3.1-pro-beta",\n      "display_name": "veo3.1-pro Interface",\n      "provider": "veo3.1",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "videoretalk",\n      "display_name": "VideoRetalk Lip-Sync Video Generation",\n      "provider": "videoretalk",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.5-image-to-video",\n      "display_name": "wan2.5-image-to-video Interface",\n      "provider": "wan2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.5-text-to-video",\n      "display_name": "wan2.5-text-to-video Interface",\n      "provider": "wan2.5",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.6-image-to-video",\n      "display_name": "wan2.6-image-to-video API",\n      "provider": "wan2.6",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.6-image-to-video-flash",\n      "display_name": "wan2.6-image-to-video-flash API",\n      "provider": "wan2.6",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.6-reference-video",\n      "display_name": "wan2.6-reference-video API",\n      "provider": "wan2.6",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.6-reference-video-flash",\n      "display_name": "wan2.6-reference-video-flash API",\n      "provider": "wan2.6",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.6-text-to-video",\n      "display_name": "wan2.6-text-to-video API",\n      "provider": "wan2.6",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.7-image-to-video",\n      "display_name": "wan2.7-image-to-video API",\n      "provider": "wan2.7",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.7-reference-video",\n      "display_name": "wan2.7-reference-video API",\n      "provider": "wan2.7",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.7-text-to-video",\n      "display_name": "wan2.7-text-to-video API",\n      "provider": "wan2.7",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan2.7-video-edit",\n      "display_name": "wan2.7-video-edit API",\n      "provider": "wan2.7",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan3.0-image-to-video",\n      "display_name": "Wan3.0 Image-to-Video",\n      "provider": "wan3.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan3.0-prime-image-to-video",\n      "display_name": "Wan3.0 Prime Image-to-Video",\n      "provider": "wan3.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan3.0-prime-reference-video",\n      "display_name": "Wan3.0 Prime Reference-to-Video",\n      "provider": "wan3.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan3.0-prime-text-to-video",\n      "display_name": "Wan3.0 Prime Text-to-Video",\n      "provider": "wan3.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan3.0-reference-video",\n      "display_name": "Wan3.0 Reference-to-Video",\n      "provider": "wan3.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    },\n    {\n      "model_id": "wan3.0-text-to-video",\n      "display_name": "Wan3.0 Text-to-Video",\n      "provider": "wan3.0",\n      "aliases": [],\n      "capabilities": [\n        "video"\n      ],\n      "protocols": [\n        "POST /v1/videos/generations"\n      ],\n      "lifecycle": "active",\n      "deprecates_at": null,\n      "successor": null,\n      "listed": true,\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07",\n      "evidence": []\n    }\n  ]\n}\n');

// ../packages/catalog/data/params.json
var params_default = JSON.parse('{\n  "schema": 1,\n  "retrieved": "2026-12-07",\n  "generated_from": {\n    "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n    "commit": "48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n    "path": "packages/core/src/data/model-params.generated.ts",\n    "docs_commit": "5b073dc1",\n    "retrieved": "2026-12-07",\n    "verified": "2026-12-08"\n  },\n  "models": {\n    "doubao-seedance-1.0-pro-fast": {\n      "model": "doubao-seedance-1.0-pro-fast",\n      "path": "/v1/videos/generations",\n      "title": "doubao-seedance-1.0-pro-fast API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance1.0/seedance-1.0-pro-fast-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 2,\n          "maximum": 12,\n          "price_note": "Billing for a single request is based on the duration value"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "price_note": "Video resolution, defaults to 1080p Note: 480p: Lower resolution, lower pricing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance1.0/seedance-1.0-pro-fast-video-generate",\n          "field": "aspect_ratio",\n          "rule": "Text-to-video: 16:9, 9:16, 1:1, 4:3, 3:4, 21:9; with images also keep_ratio and adaptive.",\n          "quote": "Supported values: 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4, 21:9 (ultra-wide) Image-to-video mode (when using image_urls): Default value: adaptive; Supported values: In addition to the above 6 ratios, also supports keep_ratio (keep original aspect ratio) and adaptive (adaptive)"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-1.1-flash-image-to-video": {\n      "model": "gemini-omni-1.1-flash-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Gemini Omni 1.1 Flash Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "360p",\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "Billing: Video output is billed by output tokens, which scale linearly with resolution"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 3,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "Duration directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "auto"\n          ],\n          "default": "auto"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 2,\n          "max_mb": null,\n          "types": [\n            "png",\n            "jpeg",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "The subject slowly turns and smiles.",\n        "image_urls": [\n          "https://example.com/portrait.jpg"\n        ],\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 3\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-1.1-flash-reference-to-video": {\n      "model": "gemini-omni-1.1-flash-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Gemini Omni 1.1 Flash Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-reference-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": true,\n          "minItems": 1,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Each video must be no longer than 10 seconds Billing: Every reference video contributes input tokens."\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "360p",\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "Billing: Video output is billed by output tokens, which scale linearly with resolution"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 3,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "Duration directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "auto"\n          ],\n          "default": "auto"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 10,\n          "max_mb": null,\n          "types": [\n            "png",\n            "jpeg",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "video_urls",\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "Keep the character appearance and camera motion from the references.",\n        "image_urls": [\n          "https://example.com/character.png",\n          "https://example.com/scene.png"\n        ],\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 3\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-1.1-flash-text-to-video": {\n      "model": "gemini-omni-1.1-flash-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Gemini Omni 1.1 Flash Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "360p",\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "Billing: Video output is billed by output tokens, which scale linearly with resolution"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 3,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "Duration directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "auto"\n          ],\n          "default": "auto"\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A glass marble rolls down a wooden track and splashes into water.",\n        "quality": "1080p",\n        "aspect_ratio": "16:9",\n        "duration": 3\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-1.1-flash-video-edit": {\n      "model": "gemini-omni-1.1-flash-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "Gemini Omni 1.1 Flash Video Edit",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-video-edit",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": true,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Supported formats: png, jpeg, webp Billing: Every reference image contributes input tokens."\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "360p",\n            "720p",\n            "1080p",\n            "4k",\n            "auto"\n          ],\n          "default": "auto",\n          "price_note": "Billing: Input and output video tokens are both calculated using the final output resolution"\n        },\n        "duration": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto"\n          ],\n          "default": "auto"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto"\n          ],\n          "default": "auto"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 10,\n          "max_mb": null,\n          "types": [\n            "png",\n            "jpeg",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "image_urls",\n        "quality"\n      ],\n      "example": {\n        "prompt": "Make the lighting warmer while keeping everything else unchanged.",\n        "video_urls": [\n          "https://example.com/source.mp4"\n        ],\n        "quality": "auto",\n        "duration": "auto",\n        "aspect_ratio": "auto"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-1.1-flash-video-extend": {\n      "model": "gemini-omni-1.1-flash-video-extend",\n      "path": "/v1/videos/generations",\n      "title": "Gemini Omni 1.1 Flash Video Extend",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-video-extend",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": true,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Supported formats: png, jpeg, webp Billing: Every reference image contributes input tokens."\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 3,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "Appended duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "360p",\n            "720p",\n            "1080p",\n            "4k",\n            "auto"\n          ],\n          "default": "auto",\n          "price_note": "Billing: Input and output video tokens are both calculated using the final output resolution"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto"\n          ],\n          "default": "auto"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 10,\n          "max_mb": null,\n          "types": [\n            "png",\n            "jpeg",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "image_urls",\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "The person keeps walking and slowly exits the frame.",\n        "video_urls": [\n          "https://example.com/source.mp4"\n        ],\n        "duration": 3,\n        "quality": "auto",\n        "aspect_ratio": "auto"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-flash-image-to-video": {\n      "model": "gemini-omni-flash-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "gemini-omni-flash-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-image-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string"\n          }\n        },\n        "duration": {\n          "type": "integer|string",\n          "required": false,\n          "changes_price": true,\n          "default": 10,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "auto: the model decides the output duration Billing note: The actual charge is based on the usage of the generated video"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "auto"\n          ],\n          "default": "16:9"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": null,\n          "types": [\n            "png",\n            "jpeg",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Have the person in the image slowly turn their head and smile while the leaves in the background sway gently in the breeze",\n        "image_urls": [\n          "https://example.com/portrait.jpg"\n        ],\n        "aspect_ratio": "16:9",\n        "duration": 10\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-image-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 3 to 10, or \\"auto\\".",\n          "quote": "Integer: range 3 ~ 10 seconds; auto: the model decides the output duration"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-flash-reference-to-video": {\n      "model": "gemini-omni-flash-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "gemini-omni-flash-reference-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 6,\n          "items": {\n            "type": "string"\n          }\n        },\n        "duration": {\n          "type": "integer|string",\n          "required": false,\n          "changes_price": true,\n          "default": 10,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "auto: the model decides the output duration Billing note: The actual charge is based on the usage of the generated video"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "auto"\n          ],\n          "default": "16:9"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 6,\n          "max_mb": null,\n          "types": [\n            "png",\n            "jpeg",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Have the character from the reference image stroll through the reference scene",\n        "image_urls": [\n          "https://example.com/character.png",\n          "https://example.com/scene.png"\n        ],\n        "aspect_ratio": "16:9",\n        "duration": 10\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-reference-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 3 to 10, or \\"auto\\".",\n          "quote": "Integer: range 3 ~ 10 seconds; auto: the model decides the output duration"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-flash-text-to-video": {\n      "model": "gemini-omni-flash-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "gemini-omni-flash-text-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer|string",\n          "required": false,\n          "changes_price": true,\n          "default": 10,\n          "minimum": 3,\n          "maximum": 10,\n          "price_note": "auto: the model decides the output duration Billing note: The actual charge is based on the usage of the generated video"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "auto"\n          ],\n          "default": "16:9"\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "A glass marble rolls rapidly down a wooden track and finally drops into water with a splash",\n        "aspect_ratio": "16:9",\n        "duration": 10\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-text-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 3 to 10, or \\"auto\\".",\n          "quote": "Integer: range 3 ~ 10 seconds; auto: the model decides the output duration"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "gemini-omni-flash-video-edit": {\n      "model": "gemini-omni-flash-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "gemini-omni-flash-video-edit API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-video-edit",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [],\n      "example": {\n        "prompt": "Make the lighting in the scene warmer and keep everything else unchanged",\n        "video_urls": [\n          "https://example.com/source.mp4"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "grok-imagine-image-to-video-beta": {\n      "model": "grok-imagine-image-to-video-beta",\n      "path": "/v1/videos/generations",\n      "title": "grok-imagine-image-to-video Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 7,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 6,\n          "minimum": 6,\n          "maximum": 30\n        },\n        "mode": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "fun",\n            "normal",\n            "spicy"\n          ],\n          "default": "normal"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "3:2",\n            "2:3"\n          ],\n          "default": "16:9"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "480p"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 7,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "The person starts dancing",\n        "image_urls": [\n          "https://example.com/image.jpg"\n        ],\n        "duration": 6,\n        "mode": "normal",\n        "quality": "480p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "grok-imagine-text-to-video-beta": {\n      "model": "grok-imagine-text-to-video-beta",\n      "path": "/v1/videos/generations",\n      "title": "grok-imagine-text-to-video Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 6,\n          "minimum": 6,\n          "maximum": 30\n        },\n        "mode": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "fun",\n            "normal",\n            "spicy"\n          ],\n          "default": "normal"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "3:2",\n            "2:3"\n          ],\n          "default": "16:9"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "480p"\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [],\n      "example": {\n        "prompt": "A cat playing piano in a jazz club",\n        "duration": 6,\n        "mode": "fun",\n        "aspect_ratio": "16:9",\n        "quality": "480p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "grok-imagine-video-1.0-i2v": {\n      "model": "grok-imagine-video-1.0-i2v",\n      "path": "/v1/videos/generations",\n      "title": "grok-imagine-video-1.0-i2v Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.0-i2v",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 7,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 6,\n          "minimum": 1,\n          "maximum": 15\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "3:2",\n            "2:3",\n            "4:3",\n            "3:4"\n          ],\n          "default": "16:9"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "480p"\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 7,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "The person starts dancing",\n        "image_urls": [\n          "https://cdn.evolink.ai/Model-Example/GrokImagine1.5/generated-image.png"\n        ],\n        "duration": 6,\n        "quality": "480p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "grok-imagine-video-1.0-t2v": {\n      "model": "grok-imagine-video-1.0-t2v",\n      "path": "/v1/videos/generations",\n      "title": "grok-imagine-video-1.0-t2v Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.0-t2v",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 6,\n          "minimum": 1,\n          "maximum": 15\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "3:2",\n            "2:3",\n            "4:3",\n            "3:4"\n          ],\n          "default": "16:9"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "480p"\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [],\n      "example": {\n        "prompt": "A cat playing piano in a jazz club",\n        "duration": 6,\n        "aspect_ratio": "16:9",\n        "quality": "480p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "grok-imagine-video-1.5-preview": {\n      "model": "grok-imagine-video-1.5-preview",\n      "path": "/v1/videos/generations",\n      "title": "grok-imagine-video-1.5-preview Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.5-preview",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 0,\n          "maxItems": 7,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 6,\n          "minimum": 1,\n          "maximum": 15\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "480p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto",\n            "16:9",\n            "9:16",\n            "1:1",\n            "3:2",\n            "2:3"\n          ],\n          "default": "auto"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 4096,\n        "unit": "characters",\n        "from": "description",\n        "quote": "4096 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 7,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A neon-lit street at night, slow dolly forward through the rain",\n        "duration": 6,\n        "quality": "480p",\n        "aspect_ratio": "16:9"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.5-preview",\n          "field": "quality",\n          "rule": "With 2 to 7 images (reference-to-video) quality is at most 720p.",\n          "quote": "Sending 1080p together with 2 or more images is rejected."\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.5-preview",\n          "field": "prompt",\n          "rule": "The prompt is at most 4096 characters.",\n          "quote": "Length limit: Up to 4096 characters"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.0-image-to-video": {\n      "model": "happyhorse-1.0-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.0 Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-image-to-video",\n      "required": [\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "Make the cat in the picture run on the grass",\n        "image_urls": [\n          "https://cdn.example.com/cat.png"\n        ],\n        "quality": "720p",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.0-reference-to-video": {\n      "model": "happyhorse-1.0-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.0 Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-reference-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "4:5",\n            "5:4",\n            "9:21",\n            "21:9"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 9,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A woman in a red qipao character1, the camera first frames the slim cut of the qipao from a side medium shot, then switches to a low-angle upward shot capturing details as she gracefully lifts her hand to open a folding fan character2, with tasseled earrings character3 swaying lightly as she turns her head.",\n        "image_urls": [\n          "https://cdn.example.com/girl.jpg",\n          "https://cdn.example.com/folding-fan.jpg",\n          "https://cdn.example.com/earrings.jpg"\n        ],\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.0-text-to-video": {\n      "model": "happyhorse-1.0-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.0 Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "4:5",\n            "5:4",\n            "9:21",\n            "21:9"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, dotted with tiny lights illuminating the path ahead.",\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 5,\n        "seed": 42\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.0-video-edit": {\n      "model": "happyhorse-1.0-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.0 Video-Edit",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-video-edit",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 5,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "keep_original_sound": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 5,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality"\n      ],\n      "example": {\n        "prompt": "Have the character in the video wear the striped sweater from the image",\n        "video_urls": [\n          "https://cdn.example.com/source.mp4"\n        ],\n        "image_urls": [\n          "https://cdn.example.com/sweater.jpg"\n        ],\n        "quality": "720p",\n        "keep_original_sound": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.1-image-to-video": {\n      "model": "happyhorse-1.1-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.1 Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.1/happyhorse-1.1-image-to-video",\n      "required": [\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "Make the cat in the picture run on the grass",\n        "image_urls": [\n          "https://cdn.example.com/cat.png"\n        ],\n        "quality": "720p",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.1-reference-to-video": {\n      "model": "happyhorse-1.1-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.1 Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.1/happyhorse-1.1-reference-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "4:5",\n            "5:4",\n            "9:21",\n            "21:9"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 9,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A woman in a red qipao character1, the camera first frames the slim cut of the qipao from a side medium shot, then switches to a low-angle upward shot capturing details as she gracefully lifts her hand to open a folding fan character2, with tasseled earrings character3 swaying lightly as she turns her head.",\n        "image_urls": [\n          "https://cdn.example.com/girl.jpg",\n          "https://cdn.example.com/folding-fan.jpg",\n          "https://cdn.example.com/earrings.jpg"\n        ],\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "happyhorse-1.1-text-to-video": {\n      "model": "happyhorse-1.1-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "HappyHorse 1.1 Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.1/happyhorse-1.1-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: HD clarity Billing note: Resolution tier directly affects billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "4:5",\n            "5:4",\n            "9:21",\n            "21:9"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": null,\n        "unit": "characters",\n        "from": "description",\n        "quote": "2500 characters; 5000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, dotted with tiny lights illuminating the path ahead.",\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 5,\n        "seed": 42\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-custom-element": {\n      "model": "kling-custom-element",\n      "path": "/v1/videos/generations",\n      "title": "kling-custom-element API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-custom-element",\n      "required": [\n        "model_params"\n      ],\n      "fields": {\n        "model_params": {\n          "type": "object",\n          "required": true,\n          "changes_price": false,\n          "properties": {\n            "element_name": {\n              "type": "string",\n              "required": true,\n              "changes_price": false,\n              "maxLength": 20\n            },\n            "element_description": {\n              "type": "string",\n              "required": true,\n              "changes_price": false,\n              "maxLength": 100\n            },\n            "reference_type": {\n              "type": "string",\n              "required": true,\n              "changes_price": false,\n              "enum": [\n                "image_refer",\n                "video_refer"\n              ]\n            },\n            "element_image_list": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "frontal_image": {\n                  "type": "string",\n                  "required": true,\n                  "changes_price": false,\n                  "format": "uri"\n                },\n                "refer_images": {\n                  "type": "array",\n                  "required": true,\n                  "changes_price": false,\n                  "minItems": 1,\n                  "maxItems": 3,\n                  "items": {\n                    "type": "object"\n                  }\n                }\n              }\n            },\n            "element_video_list": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "refer_videos": {\n                  "type": "array",\n                  "required": true,\n                  "changes_price": false,\n                  "minItems": 1,\n                  "maxItems": 1,\n                  "items": {\n                    "type": "object"\n                  }\n                }\n              }\n            },\n            "element_voice_id": {\n              "type": "string",\n              "required": false,\n              "changes_price": false\n            }\n          }\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [],\n      "example": {\n        "model_params": {\n          "element_name": "My Character",\n          "element_description": "A young male character with short hair, wearing a white T-shirt",\n          "reference_type": "image_refer",\n          "element_image_list": {\n            "frontal_image": "https://example.com/front.jpg",\n            "refer_images": [\n              {\n                "image_url": "https://example.com/side.jpg"\n              }\n            ]\n          }\n        }\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o1-image-to-video": {\n      "model": "kling-o1-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-o1-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o1-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1"\n          ]\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            5,\n            10\n          ],\n          "default": 5,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "unknown",\n        "from": "schema"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 2,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "A cat walking gracefully",\n        "image_urls": [\n          "https://example.com/first-frame.jpg"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o1-video-edit": {\n      "model": "kling-o1-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "kling-o1-video-edit API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o1-video-edit",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": true,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Supported video duration: 3 to 10 seconds (videos under 3 seconds are billed as 3 seconds, videos over 10 seconds are billed as 10 seconds)"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 4,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "keep_original_sound": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "unknown",\n        "from": "schema"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 4,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "video_urls"\n      ],\n      "example": {\n        "prompt": "Make the video more cinematic",\n        "video_urls": [\n          "https://example.com/original-video.mp4"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o1-video-edit-fast": {\n      "model": "kling-o1-video-edit-fast",\n      "path": "/v1/videos/generations",\n      "title": "kling-o1-video-edit-fast API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o1-video-edit-fast",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": true,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Supported video duration: 6 to 20 seconds (videos under 6 seconds are billed as 6 seconds, videos over 20 seconds are billed as 20 seconds)"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 4,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "keep_original_sound": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "unknown",\n        "from": "schema"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 4,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "video_urls"\n      ],\n      "example": {\n        "prompt": "Make the video more cinematic",\n        "video_urls": [\n          "https://example.com/original-video.mp4"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o3-image-to-video": {\n      "model": "kling-o3-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-o3-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-image-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "image_start": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1"\n          ]\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p",\n            "4k"\n          ]\n        },\n        "sound": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "on",\n            "off"\n          ],\n          "default": "off"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "multi_shot": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false\n            },\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "customize"\n              ]\n            },\n            "multi_prompt": {\n              "type": "array",\n              "required": false,\n              "changes_price": false\n            },\n            "element_list": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "items": {\n                "type": "object"\n              }\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": null,\n          "types": [],\n          "from": "description"\n        },\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": null,\n          "max_mb": null,\n          "types": [],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "The person in the image slowly turns their head and smiles",\n        "image_start": "https://example.com/portrait.jpg",\n        "duration": 5,\n        "quality": "720p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o3-reference-to-video": {\n      "model": "kling-o3-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-o3-reference-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "video_url": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "keep_original_sound": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 10\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1"\n          ]\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "element_list": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "items": {\n                "type": "object"\n              }\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": null,\n          "max_mb": null,\n          "types": [],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "Keep the same motion style, change to a snowy background",\n        "video_url": "https://example.com/reference.mp4",\n        "duration": 5,\n        "aspect_ratio": "16:9",\n        "quality": "720p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o3-text-to-video": {\n      "model": "kling-o3-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-o3-text-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1"\n          ],\n          "default": "16:9"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p"\n        },\n        "sound": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "on",\n            "off"\n          ],\n          "default": "off"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "multi_shot": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": false\n            },\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "customize"\n              ]\n            },\n            "multi_prompt": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "maxItems": 6,\n              "items": {\n                "type": "object"\n              }\n            },\n            "element_list": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "maxItems": 7,\n              "items": {\n                "type": "object"\n              }\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "A cat running on a grassy field under bright sunshine",\n        "duration": 5,\n        "aspect_ratio": "16:9",\n        "quality": "720p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-o3-video-edit": {\n      "model": "kling-o3-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "kling-o3-video-edit API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-video-edit",\n      "required": [],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "video_url": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "keep_original_sound": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: High quality 1080P Billing: Base unit price 81,000 UC/second x input video duration (rounded up)"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "element_list": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "items": {\n                "type": "object"\n              }\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": null,\n          "max_mb": null,\n          "types": [],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality"\n      ],\n      "example": {\n        "prompt": "Adjust the color to warm tones and add a cinematic feel",\n        "video_url": "https://example.com/original.mp4",\n        "quality": "720p",\n        "keep_original_sound": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-v2.6-motion-control": {\n      "model": "kling-v2.6-motion-control",\n      "path": "/v1/videos/generations",\n      "title": "kling-v2.6-motion-control API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v2.6-motion-control",\n      "required": [\n        "image_urls",\n        "video_urls",\n        "model_params"\n      ],\n      "fields": {\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "1080p: High quality (pro) Billing: 1080p costs 1.6\xD7 the 720p per-second rate"\n        },\n        "model_params": {\n          "type": "object",\n          "required": true,\n          "changes_price": false,\n          "properties": {\n            "character_orientation": {\n              "type": "string",\n              "required": true,\n              "changes_price": false,\n              "enum": [\n                "image",\n                "video"\n              ]\n            },\n            "keep_sound": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": true\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": null,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality"\n      ],\n      "example": {\n        "prompt": "A girl dancing gracefully",\n        "image_urls": [\n          "https://example.com/character.jpg"\n        ],\n        "video_urls": [\n          "https://example.com/dance-reference.mp4"\n        ],\n        "quality": "720p",\n        "model_params": {\n          "character_orientation": "image"\n        }\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v2.6-motion-control",\n          "field": "model_params",\n          "rule": "character_orientation image allows at most 10 s of output; video at most 30 s.",\n          "quote": "image: Character faces the same direction as the reference image (max 10 seconds); video: Character faces the same direction as the reference video (max 30 seconds)"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-v3-image-to-video": {\n      "model": "kling-v3-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-v3-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-image-to-video",\n      "required": [\n        "image_start"\n      ],\n      "fields": {\n        "image_start": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "selects a different published rate (pricing.json)"\n        },\n        "sound": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "on",\n            "off"\n          ],\n          "default": "off",\n          "price_note": "selects a different published rate (pricing.json)"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "multi_shot": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": false\n            },\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "customize",\n                "intelligence"\n              ]\n            },\n            "multi_prompt": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "minItems": 1,\n              "maxItems": 6,\n              "items": {\n                "type": "object"\n              }\n            },\n            "element_list": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "maxItems": 3,\n              "items": {\n                "type": "object"\n              }\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "sound"\n      ],\n      "example": {\n        "prompt": "The person in the scene slowly turns their head and smiles",\n        "image_start": "https://example.com/portrait.jpg",\n        "duration": 5,\n        "quality": "720p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-v3-motion-control": {\n      "model": "kling-v3-motion-control",\n      "path": "/v1/videos/generations",\n      "title": "kling-v3-motion-control API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-motion-control",\n      "required": [\n        "image_urls",\n        "video_urls",\n        "model_params"\n      ],\n      "fields": {\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p"\n        },\n        "model_params": {\n          "type": "object",\n          "required": true,\n          "changes_price": false,\n          "properties": {\n            "character_orientation": {\n              "type": "string",\n              "required": true,\n              "changes_price": false,\n              "enum": [\n                "image",\n                "video"\n              ]\n            },\n            "element_list": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "maxItems": 1,\n              "items": {\n                "type": "object"\n              }\n            },\n            "keep_sound": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": true\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": null,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A girl dancing gracefully",\n        "image_urls": [\n          "https://example.com/character.jpg"\n        ],\n        "video_urls": [\n          "https://example.com/dance-reference.mp4"\n        ],\n        "quality": "720p",\n        "model_params": {\n          "character_orientation": "image"\n        }\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-motion-control",\n          "field": "model_params",\n          "rule": "character_orientation image allows at most 10 s of output; video at most 30 s.",\n          "quote": "image: Character faces the same direction as the reference image (max 10 seconds); video: Character faces the same direction as the reference video (max 30 seconds)"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-v3-text-to-video": {\n      "model": "kling-v3-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-v3-text-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1"\n          ]\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "selects a different published rate (pricing.json)"\n        },\n        "sound": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "on",\n            "off"\n          ],\n          "default": "off",\n          "price_note": "selects a different published rate (pricing.json)"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "multi_shot": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": false\n            },\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "customize",\n                "intelligence"\n              ]\n            },\n            "multi_prompt": {\n              "type": "array",\n              "required": false,\n              "changes_price": false,\n              "minItems": 1,\n              "maxItems": 6,\n              "items": {\n                "type": "object"\n              }\n            },\n            "watermark_info": {\n              "type": "object",\n              "required": false,\n              "changes_price": false,\n              "properties": {\n                "enabled": {\n                  "type": "boolean",\n                  "required": false,\n                  "changes_price": false\n                }\n              }\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality",\n        "sound"\n      ],\n      "example": {\n        "prompt": "A cat running on a grass field under bright sunshine",\n        "duration": 5,\n        "aspect_ratio": "16:9",\n        "quality": "720p"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-v3-turbo-image-to-video": {\n      "model": "kling-v3-turbo-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-v3-turbo-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-turbo-image-to-video",\n      "required": [\n        "image_start"\n      ],\n      "fields": {\n        "image_start": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "unknown",\n        "from": "schema"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 50,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "image_start": "https://your-cdn.com/start-frame.jpg",\n        "prompt": "A gentle breeze sweeps across the scene, bringing a subtle sense of motion",\n        "quality": "720p",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "kling-v3-turbo-text-to-video": {\n      "model": "kling-v3-turbo-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "kling-v3-turbo-text-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-turbo-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2500\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 3,\n          "maximum": 15,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2500 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "A golden retriever running on a sunlit grass field, cinematic slow motion",\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-image-to-video": {\n      "model": "minimax-h3-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-image-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "image_start": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 4,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "768p",\n            "2k"\n          ],\n          "default": "768p"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Pull focus from the ramen bowl in the foreground to the people in the background. More steam rises naturally from the bowl as the camera gently pushes forward; preserve the characters and restaurant setting.",\n        "image_start": "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png",\n        "duration": 4,\n        "quality": "768p"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-image-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-max-image-to-video": {\n      "model": "minimax-h3-max-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Max Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-image-to-video",\n      "required": [\n        "prompt",\n        "image_start"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "image_start": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 5,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "768p"\n          ],\n          "default": "768p"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Pull focus from the ramen bowl in the foreground to the people in the background. More steam rises naturally from the bowl as the camera gently pushes forward; preserve the characters and restaurant setting.",\n        "image_start": "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png",\n        "duration": 5,\n        "quality": "768p"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-image-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-max-reference-to-video": {\n      "model": "minimax-h3-max-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Max Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": true,\n          "default": [],\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Base64 and mm_file:// inputs are not accepted Billing: The first 2 reference images are free"\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "default": [],\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "default": [],\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 5,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "768p"\n          ],\n          "default": "768p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "21:9",\n            "4:3",\n            "1:1",\n            "3:4",\n            "9:16"\n          ],\n          "default": "adaptive"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 9,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "image_urls",\n        "duration"\n      ],\n      "example": {\n        "prompt": "Use the person in Image 1 as the sole character reference, preserving face, hairstyle, and clothing. The character walks into the wind on a seaside boardwalk as the camera tracks smoothly from a medium shot to a side close-up in sunset backlight.",\n        "image_urls": [\n          "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png"\n        ],\n        "duration": 5,\n        "quality": "768p",\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-reference-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-max-text-to-video": {\n      "model": "minimax-h3-max-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Max Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 5,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "768p"\n          ],\n          "default": "768p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "21:9",\n            "4:3",\n            "1:1",\n            "3:4",\n            "9:16"\n          ],\n          "default": "16:9"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Epic space-opera theatrical teaser: a female captain stands alone before a massive observation window as the last fleet gathers outside. The fleet jumps away in a blinding flash and the bridge shakes; when the light fades, she is left alone in silent deep space. Cinematic lighting, slow dolly-in, grand yet restrained mood.",\n        "duration": 5,\n        "quality": "768p",\n        "aspect_ratio": "16:9"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-text-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-max-turbo-image-to-video": {\n      "model": "minimax-h3-max-turbo-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Max Turbo Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-image-to-video",\n      "required": [\n        "prompt",\n        "image_start"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "image_start": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 5,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "768p"\n          ],\n          "default": "768p"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Pull focus from the ramen bowl in the foreground to the people in the background. More steam rises naturally from the bowl as the camera gently pushes forward; preserve the characters and restaurant setting.",\n        "image_start": "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png",\n        "duration": 5,\n        "quality": "768p"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-image-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-max-turbo-text-to-video": {\n      "model": "minimax-h3-max-turbo-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Max Turbo Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 5,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "480p",\n            "768p"\n          ],\n          "default": "768p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "21:9",\n            "4:3",\n            "1:1",\n            "3:4",\n            "9:16"\n          ],\n          "default": "16:9"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Epic space-opera theatrical teaser: a female captain stands alone before a massive observation window as the last fleet gathers outside. The fleet jumps away in a blinding flash and the bridge shakes; when the light fades, she is left alone in silent deep space. Cinematic lighting, slow dolly-in, grand yet restrained mood.",\n        "duration": 5,\n        "quality": "768p",\n        "aspect_ratio": "16:9"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-text-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-reference-to-video": {\n      "model": "minimax-h3-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "default": [],\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "default": [],\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "default": [],\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 4,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "768p",\n            "2k"\n          ],\n          "default": "768p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "21:9",\n            "4:3",\n            "1:1",\n            "3:4",\n            "9:16"\n          ],\n          "default": "adaptive"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 9,\n          "max_mb": 30,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp",\n            "heic",\n            "heif"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Use the person in Image 1 as the sole character reference, preserving face, hairstyle, and clothing. The character walks into the wind on a seaside boardwalk as the camera tracks smoothly from a medium shot to a side close-up in sunset backlight.",\n        "image_urls": [\n          "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png"\n        ],\n        "duration": 4,\n        "quality": "768p",\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-reference-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "minimax-h3-text-to-video": {\n      "model": "minimax-h3-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Minimax H3 Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "minLength": 1,\n          "maxLength": 7000\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 4,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Output duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "768p",\n            "2k"\n          ],\n          "default": "768p"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "21:9",\n            "4:3",\n            "1:1",\n            "3:4",\n            "9:16"\n          ],\n          "default": "16:9"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 7000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "7000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "Epic space-opera theatrical teaser: a female captain stands alone before a massive observation window as the last fleet gathers outside. The fleet jumps away in a blinding flash and the bridge shakes; when the light fades, she is left alone in silent deep space. Cinematic lighting, slow dolly-in, grand yet restrained mood.",\n        "duration": 4,\n        "quality": "768p",\n        "aspect_ratio": "16:9"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-text-to-video",\n          "field": "duration",\n          "rule": "Duration must be a whole number; decimals, strings, auto and -1 are refused.",\n          "quote": "Decimals, numeric strings, auto, and -1 are not supported"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "MiniMax-Hailuo-02": {\n      "model": "MiniMax-Hailuo-02",\n      "path": "/v1/videos/generations",\n      "title": "Hailuo 02 API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-02-video-generate",\n      "required": [],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "512p",\n            "768p",\n            "1080p"\n          ],\n          "default": "768p"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            6,\n            10\n          ],\n          "default": 6\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "prompt_optimizer": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": true\n            },\n            "fast_pretreatment": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": false\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 2,\n          "max_mb": 20,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A beautiful sunset over the ocean [Static shot]"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-02-video-generate",\n          "field": "duration",\n          "rule": "At 1080p the duration must be 6 s.",\n          "quote": "1080p: 6s only",\n          "constraint": {\n            "if": {\n              "quality": "1080p"\n            },\n            "then": {\n              "duration": {\n                "enum": [\n                  6\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-02-video-generate",\n          "field": "quality",\n          "rule": "512p needs an input image (image-to-video only).",\n          "quote": "Note: 512p only available in I2V mode"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "MiniMax-Hailuo-2.3": {\n      "model": "MiniMax-Hailuo-2.3",\n      "path": "/v1/videos/generations",\n      "title": "Hailuo 2.3 API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "768p",\n            "1080p"\n          ],\n          "default": "768p"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            6,\n            10\n          ],\n          "default": 6\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "prompt_optimizer": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": true\n            },\n            "fast_pretreatment": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": false\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A beautiful sunset over the ocean [Static shot]"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-video-generate",\n          "field": "duration",\n          "rule": "At 1080p the duration must be 6 s.",\n          "quote": "1080p: 6s only",\n          "constraint": {\n            "if": {\n              "quality": "1080p"\n            },\n            "then": {\n              "duration": {\n                "enum": [\n                  6\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "MiniMax-Hailuo-2.3-Fast": {\n      "model": "MiniMax-Hailuo-2.3-Fast",\n      "path": "/v1/videos/generations",\n      "title": "Hailuo 2.3 Fast API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-fast-video-generate",\n      "required": [\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "768p",\n            "1080p"\n          ],\n          "default": "768p"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            6,\n            10\n          ],\n          "default": 6\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "prompt_optimizer": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": false,\n              "default": true\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "2000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A cat slowly opens its eyes and looks around [Pan left]"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-fast-video-generate",\n          "field": "duration",\n          "rule": "At 1080p the duration must be 6 s.",\n          "quote": "1080p: 6s only",\n          "constraint": {\n            "if": {\n              "quality": "1080p"\n            },\n            "then": {\n              "duration": {\n                "enum": [\n                  6\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "omnihuman-1.5": {\n      "model": "omnihuman-1.5",\n      "path": "/v1/videos/generations",\n      "title": "OmniHuman-1.5 Digital Human Video Generation",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/omnihuman/omnihuman-1.5-video-generate",\n      "required": [\n        "audio_url",\n        "image_urls"\n      ],\n      "fields": {\n        "audio_url": {\n          "type": "string",\n          "required": true,\n          "changes_price": true,\n          "format": "uri",\n          "price_note": "Billing is based on audio duration (rounded up to the nearest second)"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "pe_fast_mode": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        },\n        "mask_url": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false\n        },\n        "subject_check": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        },\n        "auto_mask": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        }\n      },\n      "prompt_limit": null,\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "audio_url"\n      ],\n      "example": {\n        "audio_url": "https://example.com/audio.mp3",\n        "image_urls": [\n          "https://example.com/person.jpg"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-1.5-pro": {\n      "model": "seedance-1.5-pro",\n      "path": "/v1/videos/generations",\n      "title": "seedance-1.5-pro API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance1.5/seedance-1.5-pro-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 4,\n          "maximum": 12,\n          "price_note": "Billing for a single request is based on the duration value"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "price_note": "Video resolution, defaults to 720p Note: 480p: Lower resolution, lower pricing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "Whether to generate audio, enabling will increase cost, defaults to true Options: true: Model output video includes synchronized audio"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 2,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "generate_audio"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance1.5/seedance-1.5-pro-video-generate",\n          "field": "aspect_ratio",\n          "rule": "Aspect ratio is 16:9, 9:16, 1:1, 4:3, 3:4, 21:9 or adaptive.",\n          "quote": "Supported values: 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4, 21:9 (ultra-wide), adaptive; Default value: 16:9",\n          "constraint": {\n            "if": {},\n            "then": {\n              "aspect_ratio": {\n                "enum": [\n                  "16:9",\n                  "9:16",\n                  "1:1",\n                  "4:3",\n                  "3:4",\n                  "21:9",\n                  "adaptive"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0": {\n      "model": "seedance-2.0",\n      "path": "/v1/videos/generations",\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "images": [],\n      "prose_rules": [\n        {\n          "field": "prompt",\n          "rule": "The model is announced, not yet available; parameters may change.",\n          "quote": "This model is not yet available. API parameters may be adjusted before official release.",\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",\n          "retrieved": "2026-12-07"\n        }\n      ],\n      "origin": "hand-written",\n      "retrieved": "2026-12-07",\n      "title": "seedance-2.0 API",\n      "docs": "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",\n      "source": "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "limited to 2000 tokens"\n      },\n      "price_fields": []\n    },\n    "seedance-2.0-fast-image-to-video": {\n      "model": "seedance-2.0-fast-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Fast Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-fast-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 2,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "The camera slowly zooms in, the scene gradually comes to life",\n        "image_urls": [\n          "https://example.com/first-frame.jpg"\n        ],\n        "duration": 5,\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-fast-reference-to-video": {\n      "model": "seedance-2.0-fast-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Fast Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-fast-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 9,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",\n        "image_urls": [\n          "https://example.com/ref1.jpg",\n          "https://example.com/ref2.jpg"\n        ],\n        "video_urls": [\n          "https://example.com/reference.mp4"\n        ],\n        "audio_urls": [\n          "https://example.com/bgm.mp3"\n        ],\n        "duration": 10,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-fast-text-to-video": {\n      "model": "seedance-2.0-fast-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Fast Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-fast-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "web_search": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": true,\n              "default": false,\n              "price_note": "Fees are only charged when searches are actually triggered"\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",\n        "duration": 8,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-image-to-video": {\n      "model": "seedance-2.0-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 2,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "The camera slowly zooms in, the scene gradually comes to life",\n        "image_urls": [\n          "https://example.com/first-frame.jpg"\n        ],\n        "duration": 5,\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-mini-image-to-video": {\n      "model": "seedance-2.0-mini-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Mini Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-mini-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 2,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "The camera slowly zooms in, the scene gradually comes to life",\n        "image_urls": [\n          "https://example.com/first-frame.jpg"\n        ],\n        "duration": 5,\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-mini-reference-to-video": {\n      "model": "seedance-2.0-mini-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Mini Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-mini-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 9,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",\n        "image_urls": [\n          "https://example.com/ref1.jpg",\n          "https://example.com/ref2.jpg"\n        ],\n        "video_urls": [\n          "https://example.com/reference.mp4"\n        ],\n        "audio_urls": [\n          "https://example.com/bgm.mp3"\n        ],\n        "duration": 10,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-mini-text-to-video": {\n      "model": "seedance-2.0-mini-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Mini Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-mini-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",\n        "duration": 8,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-reference-to-video": {\n      "model": "seedance-2.0-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 9,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 9,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",\n        "image_urls": [\n          "https://example.com/ref1.jpg",\n          "https://example.com/ref2.jpg"\n        ],\n        "video_urls": [\n          "https://example.com/reference.mp4"\n        ],\n        "audio_urls": [\n          "https://example.com/bgm.mp3"\n        ],\n        "duration": 10,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.0-text-to-video": {\n      "model": "seedance-2.0-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.0 Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 4,\n          "maximum": 15,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "web_search": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": true,\n              "default": false,\n              "price_note": "Fees are only charged when searches are actually triggered"\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",\n        "duration": 8,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.5-draft-to-video": {\n      "model": "seedance-2.5-draft-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.5 Draft-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-draft-to-video",\n      "required": [\n        "source_task_id"\n      ],\n      "fields": {\n        "source_task_id": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "output_format": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "mp4",\n            "mov"\n          ],\n          "default": "mp4"\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [],\n      "example": {\n        "source_task_id": "task-unified-1774857405-abc123"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.5-image-to-video": {\n      "model": "seedance-2.5-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.5 Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: automatic duration, the model picks a length within 4\u201330 seconds and billing follows the actual output length"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "draft": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": false,\n          "price_note": "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "output_format": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "mp4",\n            "mov"\n          ],\n          "default": "mp4"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 2,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "draft",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "The camera slowly zooms in, the scene gradually comes to life",\n        "image_urls": [\n          "https://example.com/first-frame.jpg"\n        ],\n        "duration": 5,\n        "quality": "720p",\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-image-to-video",\n          "field": "draft",\n          "rule": "With draft: true, quality must be 480p or omitted.",\n          "quote": "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",\n          "constraint": {\n            "if": {\n              "draft": true\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-image-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",\n          "quote": "Supports any integer value between 4\u201330 seconds; -1: automatic duration",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.5-reference-to-video": {\n      "model": "seedance-2.5-reference-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.5 Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-reference-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 30,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: automatic duration, the model picks a length within 4\u201330 seconds and billing follows the actual output length"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "draft": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": false,\n          "price_note": "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "output_format": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "mp4",\n            "mov"\n          ],\n          "default": "mp4"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 30,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "draft",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",\n        "image_urls": [\n          "https://example.com/ref1.jpg",\n          "https://example.com/ref2.jpg"\n        ],\n        "video_urls": [\n          "https://example.com/reference.mp4"\n        ],\n        "audio_urls": [\n          "https://example.com/bgm.mp3"\n        ],\n        "duration": 10,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-reference-to-video",\n          "field": "draft",\n          "rule": "With draft: true, quality must be 480p or omitted.",\n          "quote": "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",\n          "constraint": {\n            "if": {\n              "draft": true\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-reference-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",\n          "quote": "Supports any integer value between 4\u201330 seconds; -1: automatic duration",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.5-text-to-video": {\n      "model": "seedance-2.5-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.5 Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: automatic duration, the model picks a length within 4\u201330 seconds and billing follows the actual output length"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "draft": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": false,\n          "price_note": "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4",\n            "21:9",\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "output_format": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "mp4",\n            "mov"\n          ],\n          "default": "mp4"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "web_search": {\n              "type": "boolean",\n              "required": false,\n              "changes_price": true,\n              "default": false,\n              "price_note": "Fees are only charged when searches are actually triggered"\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality",\n        "draft",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",\n        "duration": 8,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-text-to-video",\n          "field": "draft",\n          "rule": "With draft: true, quality must be 480p or omitted.",\n          "quote": "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",\n          "constraint": {\n            "if": {\n              "draft": true\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-text-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",\n          "quote": "Supports any integer value between 4\u201330 seconds; -1: automatic duration",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.5-video-edit": {\n      "model": "seedance-2.5-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.5 Video Edit",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-edit",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 30,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            -1\n          ],\n          "default": -1,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "draft": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": false,\n          "price_note": "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "output_format": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "mp4",\n            "mov"\n          ],\n          "default": "mp4"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 30,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "draft",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "Edit the video: remove all passers-by in @video1, keep only the main character",\n        "video_urls": [\n          "https://example.com/original.mp4"\n        ],\n        "quality": "720p",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-edit",\n          "field": "draft",\n          "rule": "With draft: true, quality must be 480p or omitted.",\n          "quote": "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",\n          "constraint": {\n            "if": {\n              "draft": true\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "seedance-2.5-video-extend": {\n      "model": "seedance-2.5-video-extend",\n      "path": "/v1/videos/generations",\n      "title": "Seedance 2.5 Video Extend",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-extend",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 30,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "Duration directly affects billing"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"\n        },\n        "draft": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": false,\n          "price_note": "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "content_filter": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "false: Relaxes content restrictions, billed at +10% (1.1x)"\n        },\n        "output_format": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "mp4",\n            "mov"\n          ],\n          "default": "mp4"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 10000,\n        "unit": "tokens",\n        "from": "description",\n        "quote": "10000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 1,\n          "max_count": 30,\n          "max_mb": 30,\n          "types": [\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "draft",\n        "content_filter"\n      ],\n      "example": {\n        "prompt": "Extend @video1 backward: the character walks out of the frame, the camera slowly pulls back to reveal the empty street",\n        "video_urls": [\n          "https://example.com/original.mp4"\n        ],\n        "duration": 12,\n        "quality": "720p",\n        "generate_audio": true,\n        "content_filter": true\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-extend",\n          "field": "draft",\n          "rule": "With draft: true, quality must be 480p or omitted.",\n          "quote": "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",\n          "constraint": {\n            "if": {\n              "draft": true\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-extend",\n          "field": "duration",\n          "rule": "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",\n          "quote": "Supports any integer value between 4\u201330 seconds; -1: automatic duration",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "sora-2": {\n      "model": "sora-2",\n      "path": "/v1/videos/generations",\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "images": [],\n      "prose_rules": [\n        {\n          "field": "duration",\n          "rule": "Duration is 10 or 15 s.",\n          "quote": "`sora-2` (duration 10/15, `remove_watermark`)",\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  10,\n                  15\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "hand-written",\n      "retrieved": "2026-12-07",\n      "title": "Sora 2",\n      "docs": "https://docs.evolink.ai/en/api-manual/video-series/sora2/sora2-video-generate",\n      "source": "shared/api/README.md (project vendor notes, from the vendor docs page)",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false\n        },\n        "remove_watermark": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 1000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "Maximum length: 1000"\n      },\n      "price_fields": []\n    },\n    "sora-2-beta-max": {\n      "model": "sora-2-beta-max",\n      "path": "/v1/videos/generations",\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "prose_rules": [\n        {\n          "field": "duration",\n          "rule": "Duration is 10 (default) or 15 s.",\n          "quote": "Only supports `10`, `15` values, representing `10 seconds`, `15 seconds`",\n          "url": "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",\n          "retrieved": "2026-12-07",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  10,\n                  15\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "field": "remove_watermark",\n          "rule": "The watermark is removed by default, at no charge.",\n          "quote": "`true`: Remove watermark, no additional charge. This is the default value",\n          "url": "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",\n          "retrieved": "2026-12-07"\n        }\n      ],\n      "origin": "hand-written",\n      "retrieved": "2026-12-07",\n      "title": "Sora-2 Video Generation Beta-Max",\n      "docs": "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",\n      "source": "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "maxLength": 5000,\n          "changes_price": false\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "enum": [\n            "16:9",\n            "9:16"\n          ],\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Billing is based on the `duration` value, `15 seconds` costs more than `10 seconds`"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "changes_price": false\n        },\n        "remove_watermark": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "limited to 5000 tokens"\n      },\n      "price_fields": [\n        "duration"\n      ]\n    },\n    "sora-2-preview": {\n      "model": "sora-2-preview",\n      "path": "/v1/videos/generations",\n      "title": "Sora-2-Preview API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/sora2/sora-2-preview-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "1280x720",\n            "720x1280",\n            "16:9",\n            "9:16"\n          ]\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Longer duration costs more"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "5000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/sora2/sora-2-preview-video-generate",\n          "field": "duration",\n          "rule": "Duration is 4, 8 or 12 s.",\n          "quote": "Only supports 4, 8, 12 seconds",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  4,\n                  8,\n                  12\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/sora2/sora-2-preview-video-generate",\n          "field": "image_urls",\n          "rule": "An input image\'s pixel size must equal the chosen aspect_ratio.",\n          "quote": "Image pixel dimensions must exactly match the selected aspect_ratio"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "sora-2-pro": {\n      "model": "sora-2-pro",\n      "path": "/v1/videos/generations",\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "images": [],\n      "prose_rules": [\n        {\n          "field": "duration",\n          "rule": "Duration is 15 or 25 s.",\n          "quote": "`sora-2-pro` (duration 15/25, `quality` standard/high: 15 s only high, 25 s only standard, `remove_watermark`)",\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  15,\n                  25\n                ]\n              }\n            }\n          }\n        },\n        {\n          "field": "quality",\n          "rule": "15 s is high quality only.",\n          "quote": "15 s only high, 25 s only standard",\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "constraint": {\n            "if": {\n              "duration": 15\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "high"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "field": "quality",\n          "rule": "25 s is standard quality only.",\n          "quote": "15 s only high, 25 s only standard",\n          "url": "shared/api/README.md (project vendor notes)",\n          "retrieved": "2026-12-07",\n          "constraint": {\n            "if": {\n              "duration": 25\n            },\n            "then": {\n              "quality": {\n                "enum": [\n                  "standard"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "hand-written",\n      "retrieved": "2026-12-07",\n      "title": "Sora 2 Pro",\n      "docs": "shared/api/README.md (project vendor notes)",\n      "source": "shared/api/README.md (project vendor notes, from the vendor docs)",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "enum": [\n            "standard",\n            "high"\n          ],\n          "changes_price": false\n        },\n        "remove_watermark": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": null,\n      "price_fields": []\n    },\n    "sora-2-pro-preview": {\n      "model": "sora-2-pro-preview",\n      "path": "/v1/videos/generations",\n      "title": "sora-2-pro-preview Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/sora2pro/sora-2-pro-preview-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16"\n          ]\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Billing is based on the duration value, longer duration costs more"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "price_note": "Video quality Note: 720p: Standard quality, standard pricing"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "5000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/sora2pro/sora-2-pro-preview-video-generate",\n          "field": "duration",\n          "rule": "Duration is 4, 8 or 12 s.",\n          "quote": "Currently only supports 4, 8, 12 values",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  4,\n                  8,\n                  12\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "topaz-video-upscale": {\n      "model": "topaz-video-upscale",\n      "path": "/v1/videos/generations",\n      "title": "topaz-video-upscale API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/topaz/topaz-video-upscale",\n      "required": [\n        "video_urls"\n      ],\n      "fields": {\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": true,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "The server will automatically detect the input video duration for billing"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "upscale_factor": {\n              "type": "string",\n              "required": false,\n              "changes_price": true,\n              "enum": [\n                "1",\n                "2",\n                "4"\n              ],\n              "default": "2",\n              "price_note": "720p to 2880p) Billing impact: Pricing varies by upscale factor, higher factors cost more Type handling: Accepts both string (\\"4\\") and number (4) formats"\n            }\n          }\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [\n        "video_urls"\n      ],\n      "example": {\n        "video_urls": [\n          "https://example.com/my-video.mp4"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "veo-3.1-fast-generate-preview": {\n      "model": "veo-3.1-fast-generate-preview",\n      "path": "/v1/videos/generations",\n      "title": "Veo-3.1-Fast-Generate-Preview API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "generation_type": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "TEXT",\n            "FIRST&LAST",\n            "REFERENCE"\n          ]\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto",\n            "16:9",\n            "9:16"\n          ]\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Generate audio (extra cost), default true"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            4,\n            6,\n            8\n          ],\n          "price_note": "selects a different published rate (pricing.json)"\n        },\n        "n": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 1,\n          "maximum": 4,\n          "default": 1,\n          "price_note": "Number of videos, default 1"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p",\n            "4k"\n          ],\n          "price_note": "selects a different published rate (pricing.json)"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 4294967295\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "person_generation": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "allow_adult",\n            "dont_allow"\n          ]\n        },\n        "resize_mode": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "pad",\n            "crop"\n          ]\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 3,\n          "max_mb": 10,\n          "types": [],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "generate_audio",\n        "duration",\n        "n",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",\n          "field": "generation_type",\n          "rule": "REFERENCE mode fixes duration at 8 s and aspect ratio at 16:9.",\n          "quote": "REFERENCE: Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except generate_audio, other advanced params not supported",\n          "constraint": {\n            "if": {\n              "generation_type": "REFERENCE"\n            },\n            "then": {\n              "duration": {\n                "enum": [\n                  8\n                ]\n              },\n              "aspect_ratio": {\n                "enum": [\n                  "16:9"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",\n          "field": "n",\n          "rule": "n videos are generated per request; each is charged.",\n          "quote": "Number of videos, default 1",\n          "changes_price": true,\n          "default": 1\n        },\n        {\n          "field": "image_urls",\n          "rule": "A stored copy of the docs page allows at most 2 images, no 4k and no auto aspect ratio; the generated catalog (newer docs commit) allows 3, 4k and auto, and is used.",\n          "quote": "Reference image URLs, max 2 images, max 10MB each",\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",\n          "retrieved": "2026-12-07"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "veo-3.1-generate-preview": {\n      "model": "veo-3.1-generate-preview",\n      "path": "/v1/videos/generations",\n      "title": "Veo-3.1-Generate-Preview API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-generate-preview-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "generation_type": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "TEXT",\n            "FIRST&LAST",\n            "REFERENCE"\n          ]\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto",\n            "16:9",\n            "9:16"\n          ]\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Generate audio (extra cost), default true"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            4,\n            6,\n            8\n          ]\n        },\n        "n": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 1,\n          "maximum": 4,\n          "default": 1,\n          "price_note": "Number of videos, default 1"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p",\n            "1080p",\n            "4k"\n          ]\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 4294967295\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "person_generation": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "allow_adult",\n            "dont_allow"\n          ]\n        },\n        "resize_mode": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "pad",\n            "crop"\n          ]\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 3,\n          "max_mb": 10,\n          "types": [],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "generate_audio",\n        "n"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-generate-preview-generate",\n          "field": "generation_type",\n          "rule": "REFERENCE mode fixes duration at 8 s and aspect ratio at 16:9.",\n          "quote": "REFERENCE: Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except generate_audio, other advanced params not supported",\n          "constraint": {\n            "if": {\n              "generation_type": "REFERENCE"\n            },\n            "then": {\n              "duration": {\n                "enum": [\n                  8\n                ]\n              },\n              "aspect_ratio": {\n                "enum": [\n                  "16:9"\n                ]\n              }\n            }\n          }\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-generate-preview-generate",\n          "field": "n",\n          "rule": "n videos are generated per request; each is charged.",\n          "quote": "Number of videos, default 1",\n          "changes_price": true,\n          "default": 1\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "veo3.1-fast-beta": {\n      "model": "veo3.1-fast-beta",\n      "path": "/v1/videos/generations",\n      "title": "veo3.1-fast Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo3.1-fast-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto",\n            "16:9",\n            "9:16"\n          ],\n          "default": "auto"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p"\n          ]\n        },\n        "generation_type": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "TEXT",\n            "FIRST&LAST",\n            "REFERENCE"\n          ]\n        },\n        "enhance_prompt": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 3,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "field": "prompt",\n          "rule": "A stored copy of the docs page gives a 1000 prompt limit; the generated catalog gives 2000 tokens, which is used.",\n          "quote": "Maximum length: 1000",\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-video-generate",\n          "retrieved": "2026-12-07"\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "veo3.1-fast-extend": {\n      "model": "veo3.1-fast-extend",\n      "path": "/v1/videos/generations",\n      "example": {\n        "model": "veo3.1-fast-extend",\n        "base_video_task_id": "task-unified-1234567890-abcdefgh",\n        "prompt": "A cat playing piano, continued"\n      },\n      "images": [],\n      "prose_rules": [\n        {\n          "field": "base_video_task_id",\n          "rule": "The task must be a Veo 3.1 Fast generation or extension.",\n          "quote": "Original video task ID, must be a video task ID generated or extended by Veo3.1-Fast",\n          "url": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",\n          "retrieved": "2026-12-07"\n        }\n      ],\n      "origin": "hand-written",\n      "retrieved": "2026-12-07",\n      "title": "veo3.1-fast-extend Interface",\n      "docs": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",\n      "source": "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",\n      "required": [\n        "base_video_task_id",\n        "prompt"\n      ],\n      "fields": {\n        "base_video_task_id": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "maxLength": 2000,\n          "changes_price": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "limited to 2000 tokens"\n      },\n      "price_fields": []\n    },\n    "veo3.1-pro-beta": {\n      "model": "veo3.1-pro-beta",\n      "path": "/v1/videos/generations",\n      "title": "veo3.1-pro Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo3.1-pro-video-generate",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "auto",\n            "16:9",\n            "9:16"\n          ],\n          "default": "auto"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 2,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "720p"\n          ]\n        },\n        "generation_type": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "TEXT",\n            "FIRST&LAST"\n          ]\n        },\n        "enhance_prompt": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 2,\n          "max_mb": 10,\n          "types": [\n            "jpg",\n            "jpeg",\n            "png",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "videoretalk": {\n      "model": "videoretalk",\n      "path": "/v1/videos/generations",\n      "title": "VideoRetalk Lip-Sync Video Generation",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/videoretalk/videoretalk-video-generate",\n      "required": [\n        "video_url",\n        "audio_url"\n      ],\n      "fields": {\n        "video_url": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "audio_url": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "ref_image_url": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "video_extension": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        },\n        "query_face_threshold": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "default": 170,\n          "minimum": 120,\n          "maximum": 200\n        }\n      },\n      "prompt_limit": null,\n      "images": [],\n      "price_fields": [],\n      "example": {\n        "video_url": "https://example.com/speaker.mp4",\n        "audio_url": "https://example.com/target-speech.wav"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.5-image-to-video": {\n      "model": "wan2.5-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.5-image-to-video Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "price_note": "A single request will pre-charge based on the value of duration, with actual charges based on the generated video duration in seconds"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "default": "720p",\n          "price_note": "Video quality, defaults to 720p Description: 480p: Lower quality, lower price"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-image-to-video",\n          "field": "duration",\n          "rule": "Duration is 5 or 10 s.",\n          "quote": "Only supports values 5 and 10, representing 5 seconds and 10 seconds respectively",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  5,\n                  10\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-image-to-video",\n          "field": "quality",\n          "rule": "Quality is 480p, 720p or 1080p.",\n          "quote": "480p: Lower quality, lower price; 720p: Standard quality, standard price, this is the default; 1080p: High quality, higher price",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p",\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.5-text-to-video": {\n      "model": "wan2.5-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.5-text-to-video Interface",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 2000\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "default": "16:9"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "default": "720p",\n          "price_note": "Video quality, defaults to 720p Description: 480p: Lower quality, lower price"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "price_note": "A single request will pre-charge based on the value of duration, with actual charges based on the generated video duration in seconds"\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 2000,\n        "unit": "tokens",\n        "from": "schema",\n        "quote": "2000 tokens"\n      },\n      "images": [],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",\n          "field": "duration",\n          "rule": "Duration is 5 or 10 s.",\n          "quote": "Only supports values 5 and 10, representing 5 seconds and 10 seconds respectively",\n          "constraint": {\n            "if": {},\n            "then": {\n              "duration": {\n                "enum": [\n                  5,\n                  10\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",\n          "field": "quality",\n          "rule": "Quality is 480p, 720p or 1080p.",\n          "quote": "480p: Lower quality, lower price; 720p: Standard quality, standard price, this is the default; 1080p: High quality, higher price",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "480p",\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",\n          "field": "aspect_ratio",\n          "rule": "480p allows 16:9, 9:16, 1:1; 720p and 1080p also allow 4:3 and 3:4.",\n          "quote": "480p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square); 720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",\n          "constraint": {\n            "if": {\n              "quality": "480p"\n            },\n            "then": {\n              "aspect_ratio": {\n                "enum": [\n                  "16:9",\n                  "9:16",\n                  "1:1"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.6-image-to-video": {\n      "model": "wan2.6-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.6-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 1500\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 2,\n          "maximum": 15,\n          "price_note": "Each request will be pre-charged based on the duration value, actual charge is based on the generated video duration"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "single",\n                "multi"\n              ]\n            }\n          }\n        },\n        "audio_url": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 1500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "1500 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video",\n          "field": "quality",\n          "rule": "Quality is 720p or 1080p.",\n          "quote": "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.6-image-to-video-flash": {\n      "model": "wan2.6-image-to-video-flash",\n      "path": "/v1/videos/generations",\n      "title": "wan2.6-image-to-video-flash API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video-flash",\n      "required": [\n        "prompt",\n        "image_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 1500\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 2,\n          "maximum": 15,\n          "price_note": "Each request will be pre-charged based on the duration value, actual charges are based on the generated video duration"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard quality, standard pricing, this is the default"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "single",\n                "multi"\n              ]\n            }\n          }\n        },\n        "audio_url": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "Whether to generate audio, defaults to true Options: true: Generate video with audio, higher pricing"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 1500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "1500 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 10,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality",\n        "generate_audio"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video-flash",\n          "field": "quality",\n          "rule": "Quality is 720p or 1080p.",\n          "quote": "720p: Standard quality, standard pricing, this is the default; 1080p: High quality, higher pricing",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.6-reference-video": {\n      "model": "wan2.6-reference-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.6-reference-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 1500\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": true,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "File size: Single video no more than 100MB Input Video Billing Rules: Each reference video is truncated and summed, total input billing duration capped at 5 seconds"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 2,\n          "maximum": 10,\n          "price_note": "Specifies the duration of the generated video (in seconds) Note: Supports any integer value between 2~10 seconds Output Video Billing Rules: Output video billing duration: The number of seconds of video successfully generated by the model"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "single",\n                "multi"\n              ]\n            }\n          }\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 1500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "1500 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "video_urls",\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A person dancing",\n        "video_urls": [\n          "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/xxx.mp4"\n        ]\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video",\n          "field": "quality",\n          "rule": "Quality is 720p or 1080p.",\n          "quote": "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video",\n          "field": "aspect_ratio",\n          "rule": "Aspect ratio is 16:9, 9:16, 1:1, 4:3 or 3:4.",\n          "quote": "720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",\n          "constraint": {\n            "if": {},\n            "then": {\n              "aspect_ratio": {\n                "enum": [\n                  "16:9",\n                  "9:16",\n                  "1:1",\n                  "4:3",\n                  "3:4"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.6-reference-video-flash": {\n      "model": "wan2.6-reference-video-flash",\n      "path": "/v1/videos/generations",\n      "title": "wan2.6-reference-video-flash API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video-flash",\n      "required": [\n        "prompt",\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 1500\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": true,\n          "maxItems": 3,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "File size: single video not exceeding 100MB Input video billing rules: Each reference video is truncated separately then summed, total input billing duration cap is 5 seconds"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard quality, standard pricing, this is the default"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 2,\n          "maximum": 10,\n          "price_note": "Specify the duration of the generated video (seconds) Note: Supports any integer value between 2~10 seconds Output video billing rules: Output video billing duration: actual seconds of successfully generated video"\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "single",\n                "multi"\n              ]\n            }\n          }\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": true,\n          "default": true,\n          "price_note": "Whether to generate audio, defaults to true Options: true: Generate video with audio, higher pricing"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 1500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "1500 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "video_urls",\n        "quality",\n        "duration",\n        "generate_audio"\n      ],\n      "example": {\n        "prompt": "A person dancing",\n        "video_urls": [\n          "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/xxx.mp4"\n        ]\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video-flash",\n          "field": "quality",\n          "rule": "Quality is 720p or 1080p.",\n          "quote": "720p: Standard quality, standard pricing, this is the default; 1080p: High quality, higher pricing",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video-flash",\n          "field": "aspect_ratio",\n          "rule": "Aspect ratio is 16:9, 9:16, 1:1, 4:3 or 3:4.",\n          "quote": "720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",\n          "constraint": {\n            "if": {},\n            "then": {\n              "aspect_ratio": {\n                "enum": [\n                  "16:9",\n                  "9:16",\n                  "1:1",\n                  "4:3",\n                  "3:4"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.6-text-to-video": {\n      "model": "wan2.6-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.6-text-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 1500\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "minimum": 2,\n          "maximum": 15,\n          "price_note": "Each request will be pre-charged based on the duration value, actual charge is based on the generated video duration"\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "shot_type": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "enum": [\n                "single",\n                "multi"\n              ]\n            }\n          }\n        },\n        "audio_url": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 1500,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "1500 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A cat playing piano"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-text-to-video",\n          "field": "quality",\n          "rule": "Quality is 720p or 1080p.",\n          "quote": "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",\n          "constraint": {\n            "if": {},\n            "then": {\n              "quality": {\n                "enum": [\n                  "720p",\n                  "1080p"\n                ]\n              }\n            }\n          },\n          "changes_price": true\n        },\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-text-to-video",\n          "field": "aspect_ratio",\n          "rule": "Aspect ratio is 16:9, 9:16, 1:1, 4:3 or 3:4.",\n          "quote": "720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",\n          "constraint": {\n            "if": {},\n            "then": {\n              "aspect_ratio": {\n                "enum": [\n                  "16:9",\n                  "9:16",\n                  "1:1",\n                  "4:3",\n                  "3:4"\n                ]\n              }\n            }\n          }\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.7-image-to-video": {\n      "model": "wan2.7-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.7-image-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-image-to-video",\n      "required": [],\n      "fields": {\n        "generation_mode": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "first_frame",\n            "first_last_frame",\n            "video_continuation"\n          ]\n        },\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 500\n        },\n        "image_start": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "duration": {\n          "type": "number",\n          "required": false,\n          "changes_price": false,\n          "default": 5,\n          "minimum": 2,\n          "maximum": 15\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality"\n      ],\n      "example": {\n        "generation_mode": "first_frame",\n        "prompt": "A cat playing piano",\n        "image_start": "https://example.com/first_frame.jpg"\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.7-reference-video": {\n      "model": "wan2.7-reference-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.7-reference-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-reference-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 500\n        },\n        "image_start": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 5,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "voice_bindings": {\n              "type": "object",\n              "required": false,\n              "changes_price": false\n            }\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "number",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 2,\n          "maximum": 15,\n          "price_note": "With video_urls: 2 ~ 10 (capped at 10 seconds) Billing: based on the actual generated video duration"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": null,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": null,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "The character from the reference video dancing on a meadow",\n        "video_urls": [\n          "https://example.com/reference.mp4"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.7-text-to-video": {\n      "model": "wan2.7-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "wan2.7-text-to-video API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 500\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "16:9"\n        },\n        "duration": {\n          "type": "number",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "minimum": 2,\n          "maximum": 15,\n          "price_note": "Final billing is based on the actual generated video duration"\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "5000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "quality",\n        "duration"\n      ],\n      "example": {\n        "prompt": "A small kitten running under the moonlight",\n        "aspect_ratio": "16:9",\n        "duration": 5\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan2.7-video-edit": {\n      "model": "wan2.7-video-edit",\n      "path": "/v1/videos/generations",\n      "title": "wan2.7-video-edit API",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-video-edit",\n      "required": [\n        "video_urls"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 5000\n        },\n        "negative_prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "maxLength": 500\n        },\n        "video_urls": {\n          "type": "array",\n          "required": true,\n          "changes_price": false,\n          "minItems": 1,\n          "maxItems": 1,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 4,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "keep_original_sound": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ]\n        },\n        "duration": {\n          "type": "number",\n          "required": false,\n          "changes_price": false,\n          "default": 0,\n          "minimum": 0,\n          "maximum": 10\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 1,\n          "maximum": 2147483647\n        },\n        "prompt_extend": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": false\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 5000,\n        "unit": "characters",\n        "from": "schema",\n        "quote": "5000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 4,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "quality"\n      ],\n      "example": {\n        "prompt": "Convert the entire scene to a clay-style look",\n        "video_urls": [\n          "https://example.com/source.mp4"\n        ]\n      },\n      "prose_rules": [],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan3.0-image-to-video": {\n      "model": "wan3.0-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Wan3.0 Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-image-to-video",\n      "required": [\n        "image_start"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_start": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: smart duration, the model decides the output length from the prompt and the input material How smart duration is billed: the output length cannot be known at submission time, so credits are pre-authorized at the 30-second cap"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 0,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 20000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "20000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "The boy in the frame \u201Ccomes alive\u201D out of the wall and performs an English rap at breakneck speed, while street lights under a railway bridge at night create a cinematic mood.",\n        "image_start": "https://example.com/first_frame.png",\n        "duration": 5,\n        "quality": "720p"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-image-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",\n          "quote": "credits are pre-authorized at the 30-second cap",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan3.0-prime-image-to-video": {\n      "model": "wan3.0-prime-image-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Wan3.0 Prime Image-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-image-to-video",\n      "required": [\n        "image_start"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_start": {\n          "type": "string",\n          "required": true,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "image_end": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "format": "uri"\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: smart duration, the model decides the output length from the prompt and the input material How smart duration is billed: the output length cannot be known at submission time, so credits are pre-authorized at the 30-second cap"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 0,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 20000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "20000 characters"\n      },\n      "images": [\n        {\n          "field": "image_start",\n          "min_count": 1,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        },\n        {\n          "field": "image_end",\n          "min_count": 0,\n          "max_count": 1,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "The boy in the frame \u201Ccomes alive\u201D out of the wall and performs an English rap at breakneck speed, while street lights under a railway bridge at night create a cinematic mood.",\n        "image_start": "https://example.com/first_frame.png",\n        "duration": 5,\n        "quality": "720p"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-image-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",\n          "quote": "credits are pre-authorized at the 30-second cap",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan3.0-prime-reference-video": {\n      "model": "wan3.0-prime-reference-video",\n      "path": "/v1/videos/generations",\n      "title": "Wan3.0 Prime Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-reference-video",\n      "required": [],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": true,\n          "maxItems": 5,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Total reference video duration + output video duration must not exceed 30 seconds \u{1F534} Reference videos count toward billing: billed duration = input video duration + output video duration"\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 5,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "file_url": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "format": "uri"\n            },\n            "link_url": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "format": "uri"\n            }\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: smart duration, the model decides the output length from the prompt and the input material How smart duration is billed: the output length cannot be known at submission time, so credits are pre-authorized at the 30-second cap"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 0,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 20000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "20000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 10,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "video_urls",\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "The character in Video 1 holds Image 3 and plays a soft country folk tune on the chair in Image 4, saying: \u201CWhat lovely sunshine today.\u201D",\n        "image_urls": [\n          "https://example.com/role.jpg",\n          "https://example.com/object.png",\n          "https://example.com/guitar.png",\n          "https://example.com/chair.png"\n        ],\n        "video_urls": [\n          "https://example.com/ref_role.mp4"\n        ],\n        "duration": 10,\n        "quality": "720p",\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-reference-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",\n          "quote": "credits are pre-authorized at the 30-second cap",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan3.0-prime-text-to-video": {\n      "model": "wan3.0-prime-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Wan3.0 Prime Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: smart duration, the model decides the output length from the prompt and the input material How smart duration is billed: the output length cannot be known at submission time, so credits are pre-authorized at the 30-second cap"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 0,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 20000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "20000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A kitten runs across a rooftop in the moonlight, city neon flickers in the distance, cinematic quality, smooth camera work.",\n        "duration": 5,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-text-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",\n          "quote": "credits are pre-authorized at the 30-second cap",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan3.0-reference-video": {\n      "model": "wan3.0-reference-video",\n      "path": "/v1/videos/generations",\n      "title": "Wan3.0 Reference-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-reference-video",\n      "required": [],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": false,\n          "changes_price": false\n        },\n        "image_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 10,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "video_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": true,\n          "maxItems": 5,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          },\n          "price_note": "Total reference video duration + output video duration must not exceed 30 seconds \u{1F534} Reference videos count toward billing: billed duration = input video duration + output video duration"\n        },\n        "audio_urls": {\n          "type": "array",\n          "required": false,\n          "changes_price": false,\n          "maxItems": 5,\n          "items": {\n            "type": "string",\n            "format": "uri"\n          }\n        },\n        "model_params": {\n          "type": "object",\n          "required": false,\n          "changes_price": false,\n          "properties": {\n            "file_url": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "format": "uri"\n            },\n            "link_url": {\n              "type": "string",\n              "required": false,\n              "changes_price": false,\n              "format": "uri"\n            }\n          }\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: smart duration, the model decides the output length from the prompt and the input material How smart duration is billed: the output length cannot be known at submission time, so credits are pre-authorized at the 30-second cap"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 0,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 20000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "20000 characters"\n      },\n      "images": [\n        {\n          "field": "image_urls",\n          "min_count": 0,\n          "max_count": 10,\n          "max_mb": 20,\n          "types": [\n            "jpeg",\n            "jpg",\n            "png",\n            "bmp",\n            "webp"\n          ],\n          "from": "description"\n        }\n      ],\n      "price_fields": [\n        "video_urls",\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "The character in Video 1 holds Image 3 and plays a soft country folk tune on the chair in Image 4, saying: \u201CWhat lovely sunshine today.\u201D",\n        "image_urls": [\n          "https://example.com/role.jpg",\n          "https://example.com/object.png",\n          "https://example.com/guitar.png",\n          "https://example.com/chair.png"\n        ],\n        "video_urls": [\n          "https://example.com/ref_role.mp4"\n        ],\n        "duration": 10,\n        "quality": "720p",\n        "aspect_ratio": "adaptive"\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-reference-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",\n          "quote": "credits are pre-authorized at the 30-second cap",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    },\n    "wan3.0-text-to-video": {\n      "model": "wan3.0-text-to-video",\n      "path": "/v1/videos/generations",\n      "title": "Wan3.0 Text-to-Video",\n      "docs": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-text-to-video",\n      "required": [\n        "prompt"\n      ],\n      "fields": {\n        "prompt": {\n          "type": "string",\n          "required": true,\n          "changes_price": false\n        },\n        "duration": {\n          "type": "integer",\n          "required": false,\n          "changes_price": true,\n          "default": 5,\n          "price_note": "-1: smart duration, the model decides the output length from the prompt and the input material How smart duration is billed: the output length cannot be known at submission time, so credits are pre-authorized at the 30-second cap"\n        },\n        "quality": {\n          "type": "string",\n          "required": false,\n          "changes_price": true,\n          "enum": [\n            "480p",\n            "720p",\n            "1080p"\n          ],\n          "default": "720p",\n          "price_note": "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"\n        },\n        "aspect_ratio": {\n          "type": "string",\n          "required": false,\n          "changes_price": false,\n          "enum": [\n            "adaptive",\n            "16:9",\n            "9:16",\n            "1:1",\n            "4:3",\n            "3:4"\n          ],\n          "default": "adaptive"\n        },\n        "generate_audio": {\n          "type": "boolean",\n          "required": false,\n          "changes_price": false,\n          "default": true\n        },\n        "seed": {\n          "type": "integer",\n          "required": false,\n          "changes_price": false,\n          "minimum": 0,\n          "maximum": 2147483647\n        }\n      },\n      "prompt_limit": {\n        "field": "prompt",\n        "max": 20000,\n        "unit": "characters",\n        "from": "description",\n        "quote": "20000 characters"\n      },\n      "images": [],\n      "price_fields": [\n        "duration",\n        "quality"\n      ],\n      "example": {\n        "prompt": "A kitten runs across a rooftop in the moonlight, city neon flickers in the distance, cinematic quality, smooth camera work.",\n        "duration": 5,\n        "quality": "720p",\n        "aspect_ratio": "16:9",\n        "generate_audio": true\n      },\n      "prose_rules": [\n        {\n          "retrieved": "2026-12-07",\n          "url": "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-text-to-video",\n          "field": "duration",\n          "rule": "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",\n          "quote": "credits are pre-authorized at the 30-second cap",\n          "changes_price": true\n        }\n      ],\n      "origin": "vendor-generated",\n      "source": "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",\n      "retrieved": "2026-12-07"\n    }\n  }\n}\n');

// ../packages/catalog/data/pricing.json
var pricing_default = JSON.parse(`{
  "schema": 1,
  "retrieved": "2026-12-07",
  "units": {
    "credits_per_cny": 10,
    "cny_per_usd": 6.8,
    "credits_per_usd": 68,
    "gateway_units_per_credit": 10000,
    "sources": [
      {
        "url": "EvoLinkAI/evolink-mcp/packages/core/src/services/error-handler.ts@37a905f96524619751abd5c2ef8f1a3adac43397",
        "retrieved": "2026-12-07",
        "quote": "Gateway display rate: 1 USD = 6.8 CNY and 1 CNY = 10 credits."
      },
      {
        "url": "EvoLinkAI/evolink-mcp/packages/core/src/services/pricing-client.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
        "retrieved": "2026-12-07",
        "note": "cny_price is divided by 6.8 for USD; min_charge_uc is divided by 10,000 to give credits"
      }
    ]
  },
  "formula": "A SKU gives CNY per billing unit (cny_price); credits = CNY x credits_per_cny (10); USD = CNY / cny_per_usd (6.8), so 68 credits = 1 USD. per_second: credits/s = cny_price x 10 x resolution_multipliers[quality] (x 1 when the SKU has no multipliers); per_call: credits per call = cny_price x 10 (x multiplier), credits/s = that / conditions.duration when the SKU is for one duration. A SKU applies to the request values in its conditions (absent key = any value). Where sources disagree, cny_price is the highest and every source is listed. Figures are rounded to 6 decimals.",
  "sources": [
    {
      "url": "https://evolink.ai/sora-2-pro",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "https://evolink.ai/sora-2",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "https://evolink.ai/en/sora-2?model=sora-2-preview",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "https://evolink.ai/kling-3?model=kling-custom-element",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "https://evolink.ai/zh/veo-3-1?model=veo-3-1-fast",
      "retrieved": "2026-12-07",
      "note": "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      "url": "EvoLinkAI/evolink-mcp/packages/core/src/services/pricing-client.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      "retrieved": "2026-12-07",
      "note": "the shape of GET /web/api/models/pricing ({success, data: PricingSku[]}: sku_id, sku_name, model_name, model_type, billing_rule, cny_price, min_charge_uc, metadata, resolution_multipliers, price_range {min_usd, max_usd}, routing_note)"
    }
  ],
  "catalog_pricing": {
    "meta": {
      "schema_version": "1",
      "catalog_version": "clipwright-snapshot-2026-12-07",
      "updated_at": "2026-12-07T00:00:00Z",
      "fresh_until": "2026-12-07T00:00:00Z"
    },
    "prices": []
  },
  "skus": [
    {
      "sku_id": "page/kling-custom-element",
      "sku_name": "Kling Custom Element Element Creation",
      "model_name": "kling-custom-element",
      "model_type": "video",
      "billing_rule": "per_call",
      "cny_price": 0.1,
      "price_range": {
        "min_usd": 0.014706,
        "max_usd": 0.014706
      },
      "conditions": {},
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-custom-element",
          "retrieved": "2026-12-07",
          "quote": "Fixed price: 1 Credit per element creation",
          "cny_price": 0.1
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-image-to-video-1080p-sound-off",
      "sku_name": "Kling 3.0 Image to Video 1080p Sound Off",
      "model_name": "kling-v3-image-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.71982,
      "price_range": {
        "min_usd": 0.105856,
        "max_usd": 0.105856
      },
      "conditions": {
        "quality": "1080p",
        "sound": "off"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Image to Video | Video Generation | 1080p | Off | $0.100/ second(7.1982 Credits)",
          "cny_price": 0.71982
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-image-to-video-1080p-sound-on",
      "sku_name": "Kling 3.0 Image to Video 1080p Sound On",
      "model_name": "kling-v3-image-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 1.08,
      "price_range": {
        "min_usd": 0.158824,
        "max_usd": 0.158824
      },
      "conditions": {
        "quality": "1080p",
        "sound": "on"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Image to Video | Video Generation | 1080p | On | $0.150/ second(10.8 Credits)",
          "cny_price": 1.08
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-image-to-video-720p-sound-off",
      "sku_name": "Kling 3.0 Image to Video 720p Sound Off",
      "model_name": "kling-v3-image-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.54,
      "price_range": {
        "min_usd": 0.079412,
        "max_usd": 0.079412
      },
      "conditions": {
        "quality": "720p",
        "sound": "off"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Image to Video | Video Generation | 720p | Off | $0.075/ second(5.4 Credits)",
          "cny_price": 0.54
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-image-to-video-720p-sound-on",
      "sku_name": "Kling 3.0 Image to Video 720p Sound On",
      "model_name": "kling-v3-image-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.81,
      "price_range": {
        "min_usd": 0.119118,
        "max_usd": 0.119118
      },
      "conditions": {
        "quality": "720p",
        "sound": "on"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Image to Video | Video Generation | 720p | On | $0.113/ second(8.1 Credits)",
          "cny_price": 0.81
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-text-to-video-1080p-sound-off",
      "sku_name": "Kling 3.0 Text to Video 1080p Sound Off",
      "model_name": "kling-v3-text-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.71982,
      "price_range": {
        "min_usd": 0.105856,
        "max_usd": 0.105856
      },
      "conditions": {
        "quality": "1080p",
        "sound": "off"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Text to Video | Video Generation | 1080p | Off | $0.100/ second(7.1982 Credits)",
          "cny_price": 0.71982
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-text-to-video-1080p-sound-on",
      "sku_name": "Kling 3.0 Text to Video 1080p Sound On",
      "model_name": "kling-v3-text-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 1.08,
      "price_range": {
        "min_usd": 0.158824,
        "max_usd": 0.158824
      },
      "conditions": {
        "quality": "1080p",
        "sound": "on"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Text to Video | Video Generation | 1080p | On | $0.150/ second(10.8 Credits)",
          "cny_price": 1.08
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-text-to-video-720p-sound-off",
      "sku_name": "Kling 3.0 Text to Video 720p Sound Off",
      "model_name": "kling-v3-text-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.54,
      "price_range": {
        "min_usd": 0.079412,
        "max_usd": 0.079412
      },
      "conditions": {
        "quality": "720p",
        "sound": "off"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Text to Video | Video Generation | 720p | Off | $0.075/ second(5.4 Credits)",
          "cny_price": 0.54
        }
      ]
    },
    {
      "sku_id": "page/kling-v3-text-to-video-720p-sound-on",
      "sku_name": "Kling 3.0 Text to Video 720p Sound On",
      "model_name": "kling-v3-text-to-video",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.81,
      "price_range": {
        "min_usd": 0.119118,
        "max_usd": 0.119118
      },
      "conditions": {
        "quality": "720p",
        "sound": "on"
      },
      "sources": [
        {
          "url": "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          "retrieved": "2026-12-07",
          "quote": "Kling 3.0 Text to Video | Video Generation | 720p | On | $0.113/ second(8.1 Credits)",
          "cny_price": 0.81
        }
      ]
    },
    {
      "sku_id": "page/sora-2-beta-max-10s",
      "sku_name": "Sora 2 Beta Max Video Generation 10s",
      "model_name": "sora-2-beta-max",
      "model_type": "video",
      "billing_rule": "per_call",
      "cny_price": 0.576,
      "price_range": {
        "min_usd": 0.084706,
        "max_usd": 0.084706
      },
      "conditions": {
        "duration": 10
      },
      "sources": [
        {
          "url": "https://evolink.ai/sora-2",
          "retrieved": "2026-12-07",
          "quote": "Sora 2 Beta Max | Video Generation | 10s | Popular $0.0800/ video(5.76 Credits)",
          "cny_price": 0.576
        }
      ]
    },
    {
      "sku_id": "page/sora-2-beta-max-15s",
      "sku_name": "Sora 2 Beta Max Video Generation 15s",
      "model_name": "sora-2-beta-max",
      "model_type": "video",
      "billing_rule": "per_call",
      "cny_price": 0.864,
      "price_range": {
        "min_usd": 0.127059,
        "max_usd": 0.127059
      },
      "conditions": {
        "duration": 15
      },
      "sources": [
        {
          "url": "https://evolink.ai/sora-2",
          "retrieved": "2026-12-07",
          "quote": "Sora 2 Beta Max | Video Generation | 15s | $0.1200/ video(8.64 Credits)",
          "cny_price": 0.864
        }
      ]
    },
    {
      "sku_id": "page/sora-2-preview",
      "sku_name": "Sora 2 Video Generation (per second)",
      "model_name": "sora-2-preview",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.576,
      "price_range": {
        "min_usd": 0.084706,
        "max_usd": 0.084706
      },
      "conditions": {},
      "sources": [
        {
          "url": "https://evolink.ai/en/sora-2?model=sora-2-preview",
          "retrieved": "2026-12-07",
          "quote": "Sora 2 | Video Generation | duration:4s | Price: $0.3200/ video (23.04 Credits)",
          "note": "23.04 credits / 4 s = 5.76 credits/s; the page is opened with ?model=sora-2-preview",
          "cny_price": 0.576
        },
        {
          "url": "https://evolink.ai/sora-2",
          "retrieved": "2026-12-07",
          "quote": "Price: $0.085(~ 5.76 credits) per second of video ... Sora 2 | Video Generation | 4s | $0.339/ video(23.04 Credits)",
          "note": "the table's durations 4/8/12 s are sora-2-preview's (sora-2 takes 10/15 s)",
          "cny_price": 0.576
        }
      ]
    },
    {
      "sku_id": "page/sora-2-pro-15s-high",
      "sku_name": "Sora 2 Pro 15s high",
      "model_name": "sora-2-pro",
      "model_type": "video",
      "billing_rule": "per_call",
      "cny_price": 4.6,
      "price_range": {
        "min_usd": 0.676471,
        "max_usd": 0.676471
      },
      "conditions": {
        "duration": 15,
        "quality": "high"
      },
      "sources": [
        {
          "url": "https://evolink.ai/sora-2-pro",
          "retrieved": "2026-12-07",
          "quote": "duration 15 quality high remove_watermark true Estimated Cost 46 Credits",
          "note": "the page playground's estimate for these settings; no price table for this model was found",
          "cny_price": 4.6
        }
      ]
    },
    {
      "sku_id": "page/sora-2-pro-preview",
      "sku_name": "Sora 2 Pro Video Generation (per second)",
      "model_name": "sora-2-pro-preview",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 1.728,
      "resolution_multipliers": {
        "720p": 1,
        "1080p": 1.667
      },
      "price_range": {
        "min_usd": 0.254118,
        "max_usd": 0.423614
      },
      "conditions": {},
      "sources": [
        {
          "url": "https://evolink.ai/sora-2-pro",
          "retrieved": "2026-12-07",
          "quote": "Sora 2 Pro | Video Generation (per second) | 4s | 720p | $1.016/ video(69.12 Credits)",
          "note": "69.12 credits / 4 s = 17.28 credits/s",
          "cny_price": 1.728
        },
        {
          "url": "https://evolink.ai/sora-2-pro",
          "retrieved": "2026-12-07",
          "quote": "Sora 2 Pro | Video Generation (per second) | 12s | 1080p | $5.083/ video(345.66912 Credits)",
          "note": "345.66912 / 12 s / 1.667 = 17.28 credits/s at 720p",
          "cny_price": 1.728
        }
      ]
    },
    {
      "sku_id": "page/veo-3.1-fast-generate-preview-audio",
      "sku_name": "Veo 3.1 Fast Video Generation generate_audio Yes",
      "model_name": "veo-3.1-fast-generate-preview",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.864,
      "resolution_multipliers": {
        "720p": 1,
        "1080p": 1,
        "4k": 2.34
      },
      "price_range": {
        "min_usd": 0.127059,
        "max_usd": 0.297318
      },
      "conditions": {
        "generate_audio": true
      },
      "sources": [
        {
          "url": "https://evolink.ai/zh/veo-3-1?model=veo-3-1-fast",
          "retrieved": "2026-12-07",
          "quote": "Veo 3.1 Fast | Video Generation | 720p/1080p | Yes | $0.1200/ second(8.64 Credits) ... 4K | Yes | $0.2808/ second(20.2176 Credits)",
          "note": "the page (model=veo-3-1-fast) prices Veo 3.1 Fast by quality (720p/1080p, 4K) and generate_audio; mapped to veo-3.1-fast-generate-preview, the documented Veo 3.1 Fast model with exactly these fields",
          "cny_price": 0.864
        }
      ]
    },
    {
      "sku_id": "page/veo-3.1-fast-generate-preview-silent",
      "sku_name": "Veo 3.1 Fast Video Generation generate_audio No",
      "model_name": "veo-3.1-fast-generate-preview",
      "model_type": "video",
      "billing_rule": "per_second",
      "cny_price": 0.576,
      "resolution_multipliers": {
        "720p": 1,
        "1080p": 1,
        "4k": 3
      },
      "price_range": {
        "min_usd": 0.084706,
        "max_usd": 0.254118
      },
      "conditions": {
        "generate_audio": false
      },
      "sources": [
        {
          "url": "https://evolink.ai/zh/veo-3-1?model=veo-3-1-fast",
          "retrieved": "2026-12-07",
          "quote": "Veo 3.1 Fast | Video Generation | 720p/1080p | No | Popular $0.0800/ second(5.76 Credits) ... 4K | No | $0.2400/ second(17.28 Credits)",
          "note": "the page (model=veo-3-1-fast) prices Veo 3.1 Fast by quality (720p/1080p, 4K) and generate_audio; mapped to veo-3.1-fast-generate-preview, the documented Veo 3.1 Fast model with exactly these fields",
          "cny_price": 0.576
        }
      ]
    }
  ],
  "models": {
    "MiniMax-Hailuo-02": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "MiniMax-Hailuo-2.3": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "MiniMax-Hailuo-2.3-Fast": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "doubao-seedance-1.0-pro-fast": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-video-extend": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-image-to-video-beta": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-text-to-video-beta": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-video-1.0-i2v": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-video-1.0-t2v": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-video-1.5-preview": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.1-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.1-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.1-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-custom-element": {
      "status": "priced",
      "billing_rule": "per_call",
      "rates": [
        {
          "when": {},
          "credits_per_second": null,
          "credits_per_call": 1,
          "sku_id": "page/kling-custom-element"
        }
      ],
      "by_resolution": {},
      "max_credits_per_second": null,
      "unpriced_values": {}
    },
    "kling-o1-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o1-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o1-video-edit-fast": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v2.6-motion-control": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v3-image-to-video": {
      "status": "priced",
      "billing_rule": "per_second",
      "rates": [
        {
          "when": {
            "quality": "1080p",
            "sound": "off"
          },
          "credits_per_second": 7.1982,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-image-to-video-1080p-sound-off"
        },
        {
          "when": {
            "quality": "1080p",
            "sound": "on"
          },
          "credits_per_second": 10.8,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-image-to-video-1080p-sound-on"
        },
        {
          "when": {
            "quality": "720p",
            "sound": "off"
          },
          "credits_per_second": 5.4,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-image-to-video-720p-sound-off"
        },
        {
          "when": {
            "quality": "720p",
            "sound": "on"
          },
          "credits_per_second": 8.1,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-image-to-video-720p-sound-on"
        }
      ],
      "by_resolution": {
        "1080p": {
          "min_credits_per_second": 7.1982,
          "max_credits_per_second": 10.8
        },
        "720p": {
          "min_credits_per_second": 5.4,
          "max_credits_per_second": 8.1
        }
      },
      "max_credits_per_second": 10.8,
      "unpriced_values": {
        "quality": [
          "4k"
        ]
      }
    },
    "kling-v3-motion-control": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v3-text-to-video": {
      "status": "priced",
      "billing_rule": "per_second",
      "rates": [
        {
          "when": {
            "quality": "1080p",
            "sound": "off"
          },
          "credits_per_second": 7.1982,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-text-to-video-1080p-sound-off"
        },
        {
          "when": {
            "quality": "1080p",
            "sound": "on"
          },
          "credits_per_second": 10.8,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-text-to-video-1080p-sound-on"
        },
        {
          "when": {
            "quality": "720p",
            "sound": "off"
          },
          "credits_per_second": 5.4,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-text-to-video-720p-sound-off"
        },
        {
          "when": {
            "quality": "720p",
            "sound": "on"
          },
          "credits_per_second": 8.1,
          "credits_per_call": null,
          "sku_id": "page/kling-v3-text-to-video-720p-sound-on"
        }
      ],
      "by_resolution": {
        "1080p": {
          "min_credits_per_second": 7.1982,
          "max_credits_per_second": 10.8
        },
        "720p": {
          "min_credits_per_second": 5.4,
          "max_credits_per_second": 8.1
        }
      },
      "max_credits_per_second": 10.8,
      "unpriced_values": {
        "quality": [
          "4k"
        ]
      }
    },
    "kling-v3-turbo-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v3-turbo-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-turbo-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-turbo-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "omnihuman-1.5": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-1.5-pro": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-fast-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-fast-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-fast-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-mini-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-mini-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-mini-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-draft-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-reference-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-video-extend": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "sora-2": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "sora-2-beta-max": {
      "status": "priced",
      "billing_rule": "per_call",
      "rates": [
        {
          "when": {
            "duration": 10
          },
          "credits_per_second": 0.576,
          "credits_per_call": 5.76,
          "sku_id": "page/sora-2-beta-max-10s"
        },
        {
          "when": {
            "duration": 15
          },
          "credits_per_second": 0.576,
          "credits_per_call": 8.64,
          "sku_id": "page/sora-2-beta-max-15s"
        }
      ],
      "by_resolution": {
        "any": {
          "min_credits_per_second": 0.576,
          "max_credits_per_second": 0.576
        }
      },
      "max_credits_per_second": 0.576,
      "unpriced_values": {}
    },
    "sora-2-preview": {
      "status": "priced",
      "billing_rule": "per_second",
      "rates": [
        {
          "when": {},
          "credits_per_second": 5.76,
          "credits_per_call": null,
          "sku_id": "page/sora-2-preview"
        }
      ],
      "by_resolution": {
        "any": {
          "min_credits_per_second": 5.76,
          "max_credits_per_second": 5.76
        }
      },
      "max_credits_per_second": 5.76,
      "unpriced_values": {}
    },
    "sora-2-pro": {
      "status": "priced",
      "billing_rule": "per_call",
      "rates": [
        {
          "when": {
            "duration": 15,
            "quality": "high"
          },
          "credits_per_second": 3.066667,
          "credits_per_call": 46,
          "sku_id": "page/sora-2-pro-15s-high"
        }
      ],
      "by_resolution": {
        "high": {
          "min_credits_per_second": 3.066667,
          "max_credits_per_second": 3.066667
        }
      },
      "max_credits_per_second": 3.066667,
      "unpriced_values": {
        "quality": [
          "standard"
        ]
      }
    },
    "sora-2-pro-preview": {
      "status": "priced",
      "billing_rule": "per_second",
      "rates": [
        {
          "when": {
            "quality": "720p"
          },
          "credits_per_second": 17.28,
          "credits_per_call": null,
          "sku_id": "page/sora-2-pro-preview"
        },
        {
          "when": {
            "quality": "1080p"
          },
          "credits_per_second": 28.80576,
          "credits_per_call": null,
          "sku_id": "page/sora-2-pro-preview"
        }
      ],
      "by_resolution": {
        "720p": {
          "min_credits_per_second": 17.28,
          "max_credits_per_second": 17.28
        },
        "1080p": {
          "min_credits_per_second": 28.80576,
          "max_credits_per_second": 28.80576
        }
      },
      "max_credits_per_second": 28.80576,
      "unpriced_values": {}
    },
    "topaz-video-upscale": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "veo-3.1-fast-generate-preview": {
      "status": "priced",
      "billing_rule": "per_second",
      "rates": [
        {
          "when": {
            "generate_audio": true,
            "quality": "720p"
          },
          "credits_per_second": 8.64,
          "credits_per_call": null,
          "sku_id": "page/veo-3.1-fast-generate-preview-audio"
        },
        {
          "when": {
            "generate_audio": true,
            "quality": "1080p"
          },
          "credits_per_second": 8.64,
          "credits_per_call": null,
          "sku_id": "page/veo-3.1-fast-generate-preview-audio"
        },
        {
          "when": {
            "generate_audio": true,
            "quality": "4k"
          },
          "credits_per_second": 20.2176,
          "credits_per_call": null,
          "sku_id": "page/veo-3.1-fast-generate-preview-audio"
        },
        {
          "when": {
            "generate_audio": false,
            "quality": "720p"
          },
          "credits_per_second": 5.76,
          "credits_per_call": null,
          "sku_id": "page/veo-3.1-fast-generate-preview-silent"
        },
        {
          "when": {
            "generate_audio": false,
            "quality": "1080p"
          },
          "credits_per_second": 5.76,
          "credits_per_call": null,
          "sku_id": "page/veo-3.1-fast-generate-preview-silent"
        },
        {
          "when": {
            "generate_audio": false,
            "quality": "4k"
          },
          "credits_per_second": 17.28,
          "credits_per_call": null,
          "sku_id": "page/veo-3.1-fast-generate-preview-silent"
        }
      ],
      "by_resolution": {
        "720p": {
          "min_credits_per_second": 5.76,
          "max_credits_per_second": 8.64
        },
        "1080p": {
          "min_credits_per_second": 5.76,
          "max_credits_per_second": 8.64
        },
        "4k": {
          "min_credits_per_second": 17.28,
          "max_credits_per_second": 20.2176
        }
      },
      "max_credits_per_second": 20.2176,
      "unpriced_values": {}
    },
    "veo-3.1-generate-preview": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "veo3.1-fast-beta": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "veo3.1-fast-extend": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "veo3.1-pro-beta": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "videoretalk": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.5-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.5-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-image-to-video-flash": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-reference-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-reference-video-flash": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-reference-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-video-edit": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-prime-image-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-prime-reference-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-prime-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-reference-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-text-to-video": {
      "status": "unpriced",
      "reason": "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      "sources_consulted": [
        {
          "url": "https://evolink.ai/<model pages>",
          "retrieved": "2026-12-07",
          "note": "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          "url": "https://api.evolink.ai/web/api/models/pricing",
          "retrieved": "2026-12-07",
          "note": "the live public price list could not be reached from here"
        }
      ]
    }
  },
  "disagreements": [
    {
      "model_id": "sora-2-pro-preview",
      "subject": "credits per second at 720p",
      "values": [
        {
          "value": "17.28 credits/s (4 s 720p = 69.12; 12 s 1080p = 345.66912)",
          "source": {
            "url": "https://evolink.ai/sora-2-pro",
            "retrieved": "2026-12-07",
            "quote": "4s | 720p | $1.016/ video(69.12 Credits)"
          }
        },
        {
          "value": "~17.3 credits/s ($0.25)",
          "source": {
            "url": "https://evolink.ai/sora-2-pro",
            "retrieved": "2026-12-07",
            "quote": "Price: $0.25(~ 17.3 credits) per 1 second"
          }
        }
      ],
      "resolution": "17.28 kept: the page's own table is exact and the header marks its figure approximate (~); $0.25 x 68 would be 17.0, lower"
    },
    {
      "model_id": "sora-2-preview",
      "subject": "credits for 4 s",
      "values": [
        {
          "value": "23.04 credits",
          "source": {
            "url": "https://evolink.ai/en/sora-2?model=sora-2-preview",
            "retrieved": "2026-12-07",
            "quote": "duration:4s Price: $0.3200/ video (23.04 Credits)"
          }
        },
        {
          "value": "10 credits (playground estimate)",
          "source": {
            "url": "https://evolink.ai/en/sora-2?model=sora-2-preview",
            "retrieved": "2026-12-07",
            "quote": "aspect_ratio 1280x720 duration 4 Estimated Cost 10 Credits"
          }
        }
      ],
      "resolution": "highest wins: 23.04 credits (5.76 credits/s)"
    },
    {
      "model_id": "*",
      "subject": "USD per credit shown on the pages",
      "values": [
        {
          "value": "68 credits = 1 USD ($0.339 = 23.04 credits; $1.016 = 69.12 credits)",
          "source": {
            "url": "https://evolink.ai/sora-2",
            "retrieved": "2026-12-07",
            "quote": "4s | $0.339/ video(23.04 Credits)"
          }
        },
        {
          "value": "72 credits = 1 USD ($0.32 = 23.04 credits; $0.08 = 5.76 credits)",
          "source": {
            "url": "https://evolink.ai/en/sora-2?model=sora-2-preview",
            "retrieved": "2026-12-07",
            "quote": "duration:4s Price: $0.3200/ video (23.04 Credits)"
          }
        }
      ],
      "resolution": "credits are the same on every copy; USD is derived at the vendor client's 68 credits per USD"
    }
  ]
}
`);

// ../packages/catalog/src/derive-prices.ts
function round6(value) {
  return Math.round(value * 1e6) / 1e6;
}
function skuRates(sku, creditsPerCny) {
  if (typeof sku.cny_price !== "number" || !Number.isFinite(sku.cny_price)) return [];
  if (sku.billing_rule !== "per_second" && sku.billing_rule !== "per_call") return [];
  const base = sku.cny_price * creditsPerCny;
  const tiers = Object.entries(sku.resolution_multipliers ?? {});
  const rows = tiers.length > 0 ? tiers : [[void 0, 1]];
  return rows.map(([quality, multiplier]) => {
    const when = { ...sku.conditions };
    if (quality !== void 0) when.quality = quality;
    const amount2 = round6(base * multiplier);
    if (sku.billing_rule === "per_second") {
      return { when, credits_per_second: amount2, credits_per_call: null, sku_id: sku.sku_id };
    }
    const duration = typeof when.duration === "number" ? when.duration : void 0;
    return {
      when,
      credits_per_second: duration ? round6(amount2 / duration) : null,
      credits_per_call: amount2,
      sku_id: sku.sku_id
    };
  });
}
function unpricedValues(rates, modelId, params) {
  const result = {};
  const fields = params?.models[modelId]?.fields ?? {};
  const keys = new Set(rates.flatMap((rate2) => Object.keys(rate2.when)));
  for (const key of [...keys].sort()) {
    if (rates.some((rate2) => !(key in rate2.when))) continue;
    const documented = fields[key]?.enum ?? (fields[key]?.type === "boolean" ? [true, false] : []);
    const priced = new Set(rates.map((rate2) => rate2.when[key]));
    const missing = documented.filter((value) => !priced.has(value));
    if (missing.length > 0) result[key] = missing;
  }
  return result;
}
function pricedModel(rates, billingRule, modelId, params) {
  const byResolution = {};
  for (const rate2 of rates) {
    if (rate2.credits_per_second === null) continue;
    const key = typeof rate2.when.quality === "string" ? rate2.when.quality : "any";
    const entry = byResolution[key];
    byResolution[key] = {
      min_credits_per_second: Math.min(
        entry?.min_credits_per_second ?? Infinity,
        rate2.credits_per_second
      ),
      max_credits_per_second: Math.max(entry?.max_credits_per_second ?? 0, rate2.credits_per_second)
    };
  }
  const perSecond2 = rates.flatMap(
    (rate2) => rate2.credits_per_second === null ? [] : [rate2.credits_per_second]
  );
  const model = {
    status: "priced",
    billing_rule: billingRule,
    rates,
    by_resolution: byResolution,
    max_credits_per_second: perSecond2.length > 0 ? Math.max(...perSecond2) : null,
    unpriced_values: unpricedValues(rates, modelId, params)
  };
  return model;
}
var NO_SKU = {
  status: "unpriced",
  reason: "No SKU for this model in the price sources read."
};
function deriveModels(input) {
  const ids = new Set(input.modelIds);
  for (const sku of input.skus) if (sku.model_type === "video") ids.add(sku.model_name);
  const models2 = {};
  for (const id of [...ids].sort()) {
    const skus = input.skus.filter((sku) => sku.model_name === id);
    const rates = skus.flatMap((sku) => skuRates(sku, input.creditsPerCny));
    if (rates.length > 0) {
      models2[id] = pricedModel(rates, skus[0]?.billing_rule ?? "unknown", id, input.params);
      continue;
    }
    const previous = input.existing[id];
    models2[id] = previous?.status === "unpriced" ? previous : { ...NO_SKU, sources_consulted: [] };
  }
  return models2;
}
function inferConditions(name) {
  const conditions = {};
  const sound = /\bsound\s*(on|off)\b/i.exec(name)?.[1];
  if (sound) conditions.sound = sound.toLowerCase();
  if (/\b(with|\+)\s*audio\b/i.test(name)) conditions.generate_audio = true;
  if (/\b(no|without)\s*audio\b/i.test(name)) conditions.generate_audio = false;
  return conditions;
}

// ../packages/catalog/src/index.ts
var files = {
  "catalog.json": catalog_default,
  "pricing.json": pricing_default,
  "params.json": params_default
};
function load(name) {
  return files[name];
}
var snapshot = {
  get catalog() {
    return load("catalog.json");
  },
  get pricing() {
    return load("pricing.json");
  },
  get params() {
    return load("params.json");
  },
  /** The oldest `retrieved` date of the three files (ISO date). */
  get retrieved() {
    const dates = [this.catalog.retrieved, this.pricing.retrieved, this.params.retrieved];
    return dates.sort()[0] ?? "";
  },
  /** Every source the three files cite at file level, de-duplicated by URL. */
  get sources() {
    const all = [...this.catalog.sources, ...this.pricing.sources, ...this.pricing.units.sources];
    const byUrl = /* @__PURE__ */ new Map();
    for (const source of all) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    return [...byUrl.values()];
  }
};
function findModel(id) {
  const models2 = snapshot.catalog.models;
  const lower = id.toLowerCase();
  return models2.find((model) => model.model_id === id) ?? models2.find((model) => model.aliases.includes(id)) ?? models2.find((model) => model.model_id.toLowerCase() === lower);
}
function findPrice(modelId, pricing = snapshot.pricing) {
  return pricing.models[modelId];
}
function findParams(modelId) {
  return snapshot.params.models[modelId];
}
function findRates(modelId, values, pricing = snapshot.pricing) {
  const price = findPrice(modelId, pricing);
  if (price?.status !== "priced") return [];
  return price.rates.filter(
    (rate2) => Object.entries(rate2.when).every(([field, value]) => sameValue(values[field], value))
  );
}
function sameValue(given, wanted) {
  return given === wanted || given !== void 0 && String(given) === String(wanted);
}

// ../packages/core/src/models/other-models.ts
var otherModels = [
  {
    name: "veo-3.1-fast-generate-preview",
    applied: {
      duration: 4,
      aspect_ratio: "16:9",
      quality: "720p",
      generate_audio: true,
      person_generation: "allow_adult",
      resize_mode: "pad"
    },
    // REFERENCE fixes duration 8 and 16:9 (a prose rule of the catalog).
    derive: "rules"
  },
  {
    name: "kling-v3-text-to-video",
    applied: { duration: 5, aspect_ratio: "16:9" }
  },
  {
    name: "seedance-1.5-pro",
    applied: { duration: 5, quality: "720p", aspect_ratio: "16:9", generate_audio: true }
  },
  {
    name: "MiniMax-Hailuo-2.3",
    applied: { quality: "768p", duration: 6 }
  },
  {
    name: "wan2.5-text-to-video",
    applied: { quality: "720p", aspect_ratio: "16:9", prompt_extend: true }
  }
];

// ../packages/core/src/models/sora-models.ts
var soraModels = [
  {
    name: "sora-2-pro-preview"
  },
  {
    name: "sora-2-beta-max",
    applied: { duration: 10, remove_watermark: true }
  },
  { name: "sora-2" },
  {
    name: "sora-2-pro",
    // Its quality is tied to the duration (15 s high, 25 s standard).
    derive: "both-ways"
  },
  { name: "sora-2-preview", imageMatchesAspectRatio: true }
];

// ../packages/core/src/models/schema-helpers.ts
function formatValue(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function formatList(values) {
  const parts = values.map(formatValue);
  return parts.length <= 1 ? parts[0] ?? "nothing" : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}
function imageExtension(value) {
  const segment = safePathname(value).split("/").at(-1) ?? "";
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(segment);
  return match ? `.${match[1]?.toLowerCase()}` : void 0;
}
function safePathname(value) {
  try {
    return new URL(value).pathname;
  } catch {
    return value.split(/[?#]/)[0] ?? value;
  }
}
function promptOf(model, max) {
  return maxText(model, max, "the prompt");
}
function maxText(model, max, what = "it") {
  return external_exports.string().check((ctx) => {
    const length = [...ctx.value].length;
    if (length > max) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} accepts at most ${max} characters, got ${length}`,
        params: { fix: `shorten ${what} to at most ${max} characters (it has ${length})` }
      });
    }
  });
}
function bool(model) {
  return external_exports.boolean({
    error: (iss) => `${model} accepts true or false, got ${formatValue(iss.input)}`
  });
}

// ../packages/core/src/models/field-schema.ts
function effectiveRule(params, field) {
  const rule = params.fields[field];
  if (!rule) return void 0;
  let out = rule;
  for (const prose of params.prose_rules) {
    const narrowed = prose.constraint?.then[field];
    if (!narrowed || Object.keys(prose.constraint?.if ?? {}).length > 0) continue;
    out = { ...out, ...narrowed };
  }
  return out;
}
var isInteger = (type) => type === "integer";
var isNumeric = (type) => type === "integer" || type === "number";
function imageRuleOf(params, field) {
  return params.images.find((rule) => rule.field === field);
}
function sameType(ext, types) {
  const norm = (t) => t === "jpg" ? "jpeg" : t.toLowerCase();
  const e = norm(ext.replace(/^\./, ""));
  return types.some((t) => norm(t) === e);
}
function linkSchema(model, types) {
  const dotted = types.map((t) => `.${t}`);
  return external_exports.string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` }).check((ctx) => {
    const ext = imageExtension(ctx.value);
    if (ext === void 0 || types.length === 0 || sameType(ext, types)) return;
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message: `${model} accepts ${dotted.join(", ")} images, got ${formatValue(ctx.value)}`,
      params: { fix: `use a ${formatList(dotted).replaceAll('"', "")} image` }
    });
  });
}
function listSchema(model, rule, image) {
  const item = rule.items?.type === "object" ? external_exports.record(external_exports.string(), external_exports.unknown()) : void 0;
  const types = image?.types ?? [];
  const element = item ?? (rule.items?.type === "string" || image ? linkSchema(model, types) : external_exports.unknown());
  const maxes = [rule.maxItems, image?.max_count ?? void 0].filter(
    (n) => typeof n === "number"
  );
  const max = maxes.length > 0 ? Math.min(...maxes) : void 0;
  const min = rule.minItems ?? (image && image.min_count > 0 ? image.min_count : void 0);
  const count = (n) => image ? `${n} image${n === 1 ? "" : "s"}` : `${n} entries`;
  return external_exports.array(element, { error: (iss) => `must be a list, got ${formatValue(iss.input)}` }).check((ctx) => {
    const n = ctx.value.length;
    if (max !== void 0 && n > max) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} accepts at most ${count(max)}, got ${n}`,
        params: { fix: `give at most ${count(max)}` }
      });
    } else if (min !== void 0 && n < min) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} needs at least ${count(min)}, got ${n}`,
        params: { fix: `give at least ${count(min)}` }
      });
    }
  });
}
function numberSchema(model, rule) {
  const whole = isInteger(rule.type);
  const { minimum: min, maximum: max } = rule;
  const kind = whole ? "a whole number" : "a number";
  const range = min !== void 0 && max !== void 0 ? ` from ${min} to ${max}` : min !== void 0 ? ` of at least ${min}` : max !== void 0 ? ` of at most ${max}` : "";
  return external_exports.number().check((ctx) => {
    const v = ctx.value;
    const bad2 = !Number.isFinite(v) || whole && !Number.isInteger(v) || min !== void 0 && v < min || max !== void 0 && v > max;
    if (bad2) {
      ctx.issues.push({
        code: "custom",
        input: v,
        message: `${model} accepts ${kind}${range}, got ${formatValue(v)}`,
        params: { fix: `use ${kind}${range}` }
      });
    }
  });
}
function textSchema(model, rule, image) {
  if (image || rule.format === "uri") return linkSchema(model, image?.types ?? []);
  const base = rule.maxLength !== void 0 ? maxText(model, rule.maxLength) : external_exports.string();
  if (rule.minLength === void 0) return base;
  const min = rule.minLength;
  return base.check((ctx) => {
    if ([...ctx.value].length < min) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} accepts at least ${min} characters, got ${[...ctx.value].length}`,
        params: { fix: `write at least ${min} characters` }
      });
    }
  });
}
function fieldSchema(model, rule, image, depth = 0) {
  if (rule.enum && rule.enum.length > 0) {
    const values = rule.enum;
    return external_exports.literal(values, {
      error: (iss) => `${model} accepts ${formatList(values)}, got ${formatValue(iss.input)}`
    });
  }
  const types = rule.type.split("|");
  const parts = types.map((type) => {
    if (isNumeric(type)) return numberSchema(model, { ...rule, type });
    if (type === "boolean") return bool(model);
    if (type === "array") return listSchema(model, rule, image);
    if (type === "object") return objectSchema(model, rule, depth);
    if (type === "string") return textSchema(model, rule, image);
    return external_exports.unknown();
  });
  if (parts.length === 1) return parts[0];
  return external_exports.union(parts, {
    error: (iss) => `${model} accepts ${types.join(" or ")}, got ${formatValue(iss.input)}`
  });
}
function objectSchema(model, rule, depth) {
  const properties = Object.entries(rule.properties ?? {});
  if (properties.length === 0 || depth > 2) return external_exports.record(external_exports.string(), external_exports.unknown());
  return external_exports.looseObject(
    Object.fromEntries(
      properties.map(([key, sub]) => [
        key,
        fieldSchema(model, sub, void 0, depth + 1).optional()
      ])
    )
  );
}
function conditionalRules(params) {
  return params.prose_rules.filter((p) => p.constraint && Object.keys(p.constraint.if).length > 0);
}

// ../packages/core/src/models/spec-from-params.ts
var callbackDescription = "HTTPS URL called when the task completes, fails or is cancelled (at most 2048 characters).";
var matches = (rule, req) => Object.entries(rule.constraint?.if ?? {}).every(([k, v]) => req[k] === v);
var describeIf = (cond) => Object.entries(cond).map(([k, v]) => `${k} ${formatValue(v)}`).join(" and ");
function allows(then, value) {
  if (then.enum && !then.enum.includes(value)) return false;
  if (then.minimum !== void 0 && typeof value === "number" && value < then.minimum) return false;
  if (then.maximum !== void 0 && typeof value === "number" && value > then.maximum) return false;
  return true;
}
function conditionalProblems(model, rules, req) {
  const problems = [];
  for (const rule of rules) {
    const cond = rule.constraint;
    if (!cond || !matches(rule, req)) continue;
    for (const [field, then] of Object.entries(cond.then)) {
      const value = req[field];
      if (value === void 0 || allows(then, value)) continue;
      const wanted = then.enum ? formatList(then.enum) : `${then.minimum} to ${then.maximum}`;
      const other = rules.find(
        (r) => r !== rule && r.constraint?.then[field]?.enum?.includes(value)
      );
      const alternative = other?.constraint ? `, or ${describeIf(other.constraint.if)} with ${field} ${formatValue(value)}` : `, or another ${Object.keys(cond.if).join(" and ")}`;
      problems.push({
        field,
        message: `${model} with ${describeIf(cond.if)} accepts only ${wanted}, got ${formatValue(value)}`,
        fix: `use ${field} ${wanted} with ${describeIf(cond.if)}${alternative} (the docs: "${rule.quote}")`,
        ...then.enum && { allowed: then.enum }
      });
    }
  }
  return problems;
}
function deriveFrom(rules, mode) {
  return (req) => {
    const out = {};
    for (const rule of rules) {
      const cond = rule.constraint;
      if (!cond) continue;
      const thens = Object.entries(cond.then);
      if (matches(rule, req)) {
        for (const [field, then] of thens) {
          if (req[field] === void 0 && then.enum?.length === 1) out[field] = then.enum[0];
        }
      } else if (mode === "both-ways" && thens.length === 1) {
        const [field, then] = thens[0];
        const ifs = Object.entries(cond.if);
        if (ifs.length !== 1 || then.enum?.length !== 1 || req[field] !== then.enum[0]) continue;
        const [key, value] = ifs[0];
        if (req[key] === void 0) out[key] = value;
      }
    }
    return out;
  };
}
function describe(rule, prose) {
  const parts = [rule.type];
  if (rule.minimum !== void 0 || rule.maximum !== void 0)
    parts.push(`${rule.minimum ?? "\u2026"} to ${rule.maximum ?? "\u2026"}`);
  if (rule.maxLength !== void 0) parts.push(`at most ${rule.maxLength} characters`);
  if (rule.maxItems !== void 0) parts.push(`at most ${rule.maxItems} entries`);
  if (rule.required) parts.push("required");
  if (rule.changes_price) parts.push("changes the price");
  return [parts.join(", "), ...prose.map((p) => p.rule)].join(". ");
}
function promptParameter(params) {
  const limit = params.prompt_limit;
  if (!limit || limit.max === null) return { description: "The prompt (no documented limit)." };
  const counted = limit.unit === "characters" ? "" : `; checked as ${limit.max} characters (stricter for most text)`;
  return {
    description: `Up to ${limit.max} ${limit.unit === "unknown" ? "characters" : limit.unit}${counted}.`
  };
}
function requestSchema(params, rules) {
  const name = params.model;
  const fields = Object.keys(rules);
  const promptMax = params.prompt_limit?.max ?? params.fields.prompt?.maxLength;
  const takesPrompt = params.fields.prompt !== void 0;
  const takes = [...takesPrompt ? ["prompt"] : [], ...fields, "callback_url"];
  const required = params.required;
  const conditional = conditionalRules(params);
  return external_exports.strictObject(
    {
      model: external_exports.literal(name),
      ...takesPrompt && {
        prompt: (promptMax ? promptOf(name, promptMax) : external_exports.string()).optional()
      },
      callback_url: external_exports.string().optional(),
      ...Object.fromEntries(
        fields.map((f) => [
          f,
          fieldSchema(name, rules[f], imageRuleOf(params, f)).optional()
        ])
      )
    },
    {
      error: (iss) => iss.code === "unrecognized_keys" ? `${name} does not take ${iss.keys.map((k) => JSON.stringify(k)).join(", ")} (it takes ${takes.join(", ")})` : void 0
    }
  ).check((ctx) => {
    const req = ctx.value;
    const problems = conditionalProblems(name, conditional, req);
    for (const field of required) {
      if (field !== "prompt" && req[field] === void 0) {
        problems.push({
          field,
          message: `is required by ${name}, got nothing`,
          fix: `give \`${field}\` (${describe(rules[field], [])})`
        });
      }
    }
    for (const problem of problems) {
      ctx.issues.push({
        code: "custom",
        input: req[problem.field],
        path: [problem.field],
        message: problem.message,
        params: { fix: problem.fix, ...problem.allowed && { allowed: problem.allowed } }
      });
    }
  });
}
function defineModel(params, overlay) {
  const name = params.model;
  const fields = Object.keys(params.fields).filter((f) => f !== "prompt");
  const rules = Object.fromEntries(fields.map((f) => [f, effectiveRule(params, f)]));
  const required = params.required;
  let schema;
  const imageRule = imageRuleOf(params, "image_urls");
  const imageField = rules.image_urls;
  const maxImages = [imageField?.maxItems, imageRule?.max_count ?? void 0].filter(
    (n) => typeof n === "number"
  );
  const derive = overlay?.derive ? deriveFrom(params.prose_rules, overlay.derive) : void 0;
  return {
    name,
    description: params.title,
    source: params.docs,
    required,
    parameters: {
      ...params.fields.prompt !== void 0 && { prompt: promptParameter(params) },
      ...Object.fromEntries(
        fields.map((f) => {
          const rule = rules[f];
          const parameter = {
            ...rule.enum && { values: rule.enum },
            ...rule.type === "boolean" && { values: [true, false] },
            // What a request without the field gets: core's filled-in value, else the docs'.
            ...(overlay?.applied?.[f] ?? rule.default) !== void 0 && {
              default: overlay?.applied?.[f] ?? rule.default
            },
            description: describe(
              rule,
              params.prose_rules.filter((p) => p.field === f)
            )
          };
          return [f, parameter];
        })
      ),
      callback_url: { description: callbackDescription }
    },
    get schema() {
      schema ??= requestSchema(params, rules);
      return schema;
    },
    applied: overlay?.applied ?? {},
    ...imageField && {
      images: {
        ...maxImages.length > 0 && { max: Math.min(...maxImages) },
        ...overlay?.imageMatchesAspectRatio && { matchAspectRatio: true },
        ...imageRule?.max_mb && { maxBytes: imageRule.max_mb * 1024 * 1024 }
      }
    },
    ...derive && { derive }
  };
}

// ../packages/core/src/models/models.ts
var overlays = new Map(
  [...soraModels, ...otherModels].map((o) => [o.name, o])
);
var models = Object.freeze(
  Object.values(snapshot.params.models).map(
    (params) => defineModel(params, overlays.get(params.model))
  )
);
function withModels(extra = [], base = models) {
  const names = new Set(extra.map((m) => m.name));
  return Object.freeze([...base.filter((m) => !names.has(m.name)), ...extra]);
}
function getModel(name, registry = models) {
  return registry.find((m) => m.name === name);
}

// ../packages/core/src/models/apply-defaults.ts
function applyDefaults(req, registry = models) {
  const spec = getModel(req.model, registry);
  if (!spec) return { ...req };
  const out = { ...req };
  const defaults = spec.applied ?? Object.fromEntries(Object.entries(spec.parameters).map(([f, p]) => [f, p.default]));
  for (const [field, value] of Object.entries(defaults)) {
    if (out[field] === void 0 && value !== void 0) out[field] = value;
  }
  return { ...out, ...spec.derive?.(out) };
}

// ../packages/core/src/models/price-table.ts
var FALLBACK_SECONDS = 10;
function roundCredits(credits) {
  return Math.ceil(credits * 1e3 - 1e-6 * Math.max(1, Math.abs(credits))) / 1e3 + 0;
}

// ../packages/core/src/models/published-price.ts
function priceList() {
  const { pricing } = snapshot;
  return {
    retrieved: pricing.retrieved,
    creditsPerUsd: pricing.units.credits_per_usd,
    source: "EvoLink's published prices (committed snapshot)"
  };
}
function dearestPublishedRate(pricing = snapshot.pricing) {
  let best = 0;
  for (const price of Object.values(pricing.models)) {
    if (price.status === "priced") best = Math.max(best, price.max_credits_per_second ?? 0);
  }
  return best;
}
function unpricedGuess(req, pricing = snapshot.pricing) {
  const seconds = typeof req.duration === "number" && Number.isFinite(req.duration) && req.duration > 0 ? req.duration : FALLBACK_SECONDS;
  return roundCredits(seconds * dearestPublishedRate(pricing));
}
function publishedPrice(full, spec, pricing = snapshot.pricing) {
  if (spec?.price) {
    const credits = spec.price(full);
    if (Number.isFinite(credits) && credits >= 0) {
      const rounded = roundCredits(credits);
      return { low: rounded, high: rounded, basis: "stated", dearest: spec.dearest?.(full) ?? {} };
    }
  }
  const price = findPrice(full.model, pricing);
  if (price?.status !== "priced") {
    const reason2 = price ? `${full.model} has no published price (${price.reason.split(" (")[0]})` : `${full.model} is not in the price list`;
    return unpriced(full, reason2, pricing);
  }
  return rangeOf(full, price, findParams(full.model), spec, pricing);
}
function unpriced(full, reason2, pricing, low) {
  const guess = unpricedGuess(full, pricing);
  return {
    low: low ?? guess,
    high: Math.max(guess, low ?? 0),
    basis: "unpriced",
    reason: reason2,
    dearest: {}
  };
}
function rangeOf(full, price, params, spec, pricing) {
  const open3 = openFields(full, price, params, spec);
  full = { ...vendorDefaults(params), ...full };
  let low = Number.POSITIVE_INFINITY;
  let high;
  let gap;
  for (const at of combinations(open3)) {
    const credits = creditsOf(
      { ...full, ...at },
      findRates(full.model, { ...full, ...at }, pricing)
    );
    if (credits === void 0) {
      gap ??= at;
      continue;
    }
    low = Math.min(low, credits);
    if (!high || credits > high.credits) high = { credits, at };
  }
  if (gap !== void 0 || !high) {
    const values = Object.entries({ ...pick(full, price), ...gap }).map(([field, value]) => `${field} ${JSON.stringify(value)}`).join(", ");
    const reason2 = `${full.model} has no published price${values ? ` for ${values}` : ""}`;
    const seconds = open3.find(([field]) => field === "duration")?.[1].filter(isNumber) ?? [];
    const longest = seconds.length > 0 ? { duration: Math.max(...seconds) } : {};
    return unpriced(
      { ...full, ...longest },
      reason2,
      pricing,
      Number.isFinite(low) ? roundCredits(low) : void 0
    );
  }
  return {
    low: roundCredits(low),
    high: roundCredits(high.credits),
    basis: "published",
    // Sorted by field name, so reports list them in one order.
    dearest: Object.fromEntries(
      Object.entries(high.at).sort(([a], [b]) => a.localeCompare(b))
    )
  };
}
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
function vendorDefaults(params) {
  const out = {};
  for (const [field, rule] of Object.entries(params?.fields ?? {})) {
    if (rule.default != null) out[field] = rule.default;
  }
  return out;
}
function pick(full, price) {
  const fields = new Set(price.rates.flatMap((rate2) => Object.keys(rate2.when)));
  return Object.fromEntries(
    [...fields].filter((f) => full[f] !== void 0).map((f) => [f, full[f]])
  );
}
function creditsOf(req, rates) {
  let best;
  for (const rate2 of rates) {
    let credits;
    if (rate2.credits_per_call !== null && rate2.credits_per_second === null) {
      credits = rate2.credits_per_call;
    } else if (rate2.credits_per_call !== null && rate2.when.duration !== void 0) {
      credits = rate2.credits_per_call;
    } else if (rate2.credits_per_second !== null && typeof req.duration === "number") {
      credits = rate2.credits_per_second * req.duration;
    } else if (rate2.credits_per_call !== null) {
      credits = rate2.credits_per_call;
    }
    if (credits !== void 0 && (best === void 0 || credits > best)) best = credits;
  }
  const n = typeof req.n === "number" && req.n > 0 ? req.n : 1;
  return best === void 0 || !Number.isFinite(best) ? void 0 : best * n;
}
function openFields(full, price, params, spec) {
  const fields = new Set(price.rates.flatMap((rate2) => Object.keys(rate2.when)));
  for (const field of params?.price_fields ?? []) fields.add(field);
  if (price.rates.some((rate2) => rate2.credits_per_second !== null && !("duration" in rate2.when)))
    fields.add("duration");
  const open3 = [];
  for (const field of fields) {
    if (full[field] !== void 0 || params?.fields[field]?.default != null) continue;
    const values = valuesOf(field, price, params, spec);
    if (values.length > 0) open3.push([field, values]);
    else if (field === "duration") open3.push([field, [Number.NaN]]);
  }
  return open3;
}
function valuesOf(field, price, params, spec) {
  const rule = params?.fields[field];
  const listed = spec?.parameters[field]?.values ?? rule?.enum ?? params?.prose_rules.find(
    (p) => p.constraint && Object.keys(p.constraint.if).length === 0 && p.constraint.then[field]?.enum
  )?.constraint?.then[field]?.enum;
  const values = new Set(listed ?? []);
  if (!listed && rule?.type === "boolean") for (const v of [true, false]) values.add(v);
  if (!listed && rule?.minimum !== void 0 && rule.maximum !== void 0) {
    values.add(rule.minimum);
    values.add(rule.maximum);
  }
  if (!listed) {
    for (const rate2 of price.rates)
      if (field in rate2.when) values.add(rate2.when[field]);
  }
  for (const value of price.unpriced_values[field] ?? []) values.add(value);
  const numbers2 = [...values].filter((v) => typeof v === "number");
  if ((field === "duration" || field === "n") && numbers2.length === values.size && numbers2.length > 2)
    return [Math.min(...numbers2), Math.max(...numbers2)];
  return [...values];
}
function combinations(open3) {
  let out = [{}];
  for (const [field, values] of open3) {
    out = out.flatMap((at) => values.map((value) => ({ ...at, [field]: value })));
  }
  return out;
}

// ../packages/core/src/models/estimate-credits.ts
function estimatePrice(req, registry = models, pricing) {
  return publishedPrice(applyDefaults(req, registry), getModel(req.model, registry), pricing);
}
function estimateCredits(req, registry = models) {
  return estimatePrice(req, registry).high;
}

// ../packages/core/src/internal/estimate-window.ts
var ROUNDING_MS = 1e3;
function countsDown(previous, next, margin) {
  const passed = next.at - previous.at;
  const fell = previous.leftMs - next.leftMs;
  return fell >= passed / (1 + margin) - 2 * ROUNDING_MS && fell <= passed * (1 + margin) + 2 * ROUNDING_MS;
}
function estimateWindow(readings, margin) {
  let earliest = Number.NEGATIVE_INFINITY;
  let latest = Number.POSITIVE_INFINITY;
  for (const r of readings) {
    earliest = Math.max(earliest, r.from + Math.max(0, r.leftMs - ROUNDING_MS) / (1 + margin));
    latest = Math.min(latest, r.at + (r.leftMs + ROUNDING_MS) * (1 + margin));
  }
  return readings.length > 0 && earliest <= latest ? { earliest, latest } : void 0;
}

// ../packages/core/src/internal/progress-window.ts
function progressWindow(readings, slack, notStartedAt = Number.NEGATIVE_INFINITY) {
  if (readings.length === 0) return void 0;
  const origin = readings[0].from;
  const b = 1 + slack;
  const lower = (s2) => {
    let m = notStartedAt - origin - b * s2;
    for (const r of readings) m = Math.max(m, r.from - origin - (r.value + b) * s2);
    return m;
  };
  const upper = (s2) => {
    let m = Number.POSITIVE_INFINITY;
    for (const r of readings) m = Math.min(m, r.at - origin - (r.value - b) * s2);
    return m;
  };
  const room = (s2) => upper(s2) - lower(s2);
  const lo = 0;
  const hi = Math.log(1e12);
  const best = search(lo, hi, (x) => room(Math.exp(x)), "max");
  if (room(Math.exp(best)) < 0) return void 0;
  const first = edge(lo, best, (x) => room(Math.exp(x)) >= 0);
  const last = edge(hi, best, (x) => room(Math.exp(x)) >= 0);
  const earliestAt = search(first, last, (x) => lower(Math.exp(x)) + 99 * Math.exp(x), "min");
  const latestAt = search(first, last, (x) => upper(Math.exp(x)) + 100 * Math.exp(x), "max");
  const earliest = origin + lower(Math.exp(earliestAt)) + 99 * Math.exp(earliestAt);
  const latest = origin + upper(Math.exp(latestAt)) + 100 * Math.exp(latestAt);
  return { earliest, latest: Math.max(earliest, latest) };
}
function search(a, b, f, goal) {
  const sign = goal === "min" ? 1 : -1;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (sign * f(m1) <= sign * f(m2)) hi = m2;
    else lo = m1;
  }
  return (lo + hi) / 2;
}
function edge(outside, inside, ok) {
  if (ok(outside)) return outside;
  let bad2 = outside;
  let good = inside;
  for (let i = 0; i < 100 && Math.abs(good - bad2) > 1e-9; i++) {
    const mid = (bad2 + good) / 2;
    if (ok(mid)) good = mid;
    else bad2 = mid;
  }
  return good;
}

// ../packages/core/src/internal/queue-window.ts
function queueLeavesAt(readings, margin) {
  const first = readings[0];
  const last = readings.at(-1);
  if (!first || !last || last.position >= first.position || last.at <= first.at) return void 0;
  const msPerPlace = (last.at - first.at) / (first.position - last.position);
  return last.at + last.position * msPerPlace / (1 + margin);
}

// ../packages/core/src/internal/poll-notes.ts
var PROGRESS_SLACK = 2;
var WINDOW_SLACKS = [0, 0.5, 1, PROGRESS_SLACK];
var MIN_ESTIMATE_SPAN_MS = 6e3;
var MAX_READINGS = 256;
var TERMINAL = /* @__PURE__ */ new Set(["completed", "failed", "cancelled"]);
var PollNotes = class {
  broken = /* @__PURE__ */ new Map();
  #margin;
  #slackMs;
  #judged;
  #progress = [];
  /** The latest time the work had certainly not started: created, or seen pending. */
  #notStartedAt = Number.NEGATIVE_INFINITY;
  #estimates = [];
  #queue = [];
  /** The finish windows last predicted, to catch a finish that is overdue past them. */
  #predicted = /* @__PURE__ */ new Map();
  constructor(o) {
    this.#margin = o.margin;
    this.#slackMs = o.close;
  }
  /**
   * Judges the observations of `history` not judged yet. `createdAt`: when the task was
   * created (its progress cannot have started before), when known.
   */
  observe(history, createdAt) {
    if (createdAt !== void 0) this.#notStartedAt = Math.max(this.#notStartedAt, createdAt);
    const judged = this.#judged;
    let start = 0;
    if (judged) {
      const at = history.lastIndexOf(judged);
      start = at >= 0 ? at + 1 : history.findIndex((o) => o.at > judged.at);
      if (start < 0) return;
    }
    for (const o of history.slice(start)) {
      this.#judge(o);
      this.#judged = o;
    }
  }
  /** The windows of the signals trusted now, for a task whose latest status is `status`. */
  windows(status) {
    const out = [];
    this.#predicted.clear();
    const working = status !== "pending" && !TERMINAL.has(status);
    const progressing = working && !this.broken.has("progress");
    const values = new Set(this.#progress.map((r) => r.value).filter((v) => v > 0));
    const progress = progressing && values.size >= 3 ? this.#progressWindow() : void 0;
    if (progress) out.push({ signal: "progress", finish: true, ...progress });
    const estimate = this.broken.has("estimate") ? void 0 : this.#estimateWindow();
    if (estimate) out.push({ signal: "estimate", finish: true, ...estimate });
    const leaves = status === "pending" && !this.broken.has("queue") ? queueLeavesAt(this.#queue, this.#margin) : void 0;
    if (leaves !== void 0) {
      out.push({ signal: "queue", finish: false, earliest: leaves, latest: Infinity });
    }
    for (const w of out) if (w.finish) this.#predicted.set(w.signal, w);
    if (progressing && values.size > 0 && values.size < 3) out.settling = true;
    return out;
  }
  #judge(o) {
    if (TERMINAL.has(o.status)) return;
    for (const [signal, w] of this.#predicted) {
      if ((o.sentAt ?? o.at) > w.latest + this.#slackMs)
        this.#break(signal, "the finish is overdue");
    }
    this.#judgeProgress(o);
    this.#judgeEstimate(o);
    this.#judgeQueue(o);
  }
  #judgeProgress(o) {
    const moved = this.#progress.some((r) => r.value > 0);
    if (o.status === "pending") {
      if (moved) this.#break("progress", "the task went back to pending");
      else this.#notStartedAt = Math.max(this.#notStartedAt, o.sentAt ?? o.at);
      return;
    }
    const value = o.progress;
    if (!Number.isFinite(value)) return;
    const last = this.#progress.at(-1);
    if (value < 0 || value > 100) this.#break("progress", "out of 0-100");
    else if (last && value < last.value) this.#break("progress", "went back");
    else if (value === 0) this.#progress = [{ from: o.sentAt ?? o.at, at: o.at, value }];
    else {
      keep(this.#progress, { from: o.sentAt ?? o.at, at: o.at, value });
      if (!progressWindow(this.#progress, PROGRESS_SLACK, this.#notStartedAt)) {
        this.#break("progress", "no steady rate fits it");
      }
    }
  }
  #judgeEstimate(o) {
    const left = o.estimatedMs;
    if (left === void 0 || !Number.isFinite(left) || left <= 0) return;
    const reading = { from: o.sentAt ?? o.at, at: o.at, leftMs: left };
    const previous = this.#estimates.at(-1);
    const first = this.#estimates[0];
    if (previous && !countsDown(previous, reading, this.#margin) || first && !countsDown(first, reading, this.#margin)) {
      this.#break("estimate", "it does not count down");
    }
    keep(this.#estimates, reading);
    if (!estimateWindow(this.#estimates, this.#margin)) {
      this.#break("estimate", "its readings disagree");
    }
  }
  #judgeQueue(o) {
    const position = o.queuePosition;
    if (o.status !== "pending" || position === void 0 || !Number.isFinite(position)) return;
    const last = this.#queue.at(-1);
    if (position < 0 || last && position > last.position) this.#break("queue", "it rose");
    keep(this.#queue, { at: o.sentAt ?? o.at, position });
  }
  #progressWindow() {
    for (const slack of WINDOW_SLACKS) {
      const w = progressWindow(this.#progress, slack, this.#notStartedAt);
      if (w) return w;
    }
    return void 0;
  }
  #estimateWindow() {
    const first = this.#estimates[0];
    const last = this.#estimates.at(-1);
    if (!first || !last || last.at - first.at < MIN_ESTIMATE_SPAN_MS) return void 0;
    return estimateWindow(this.#estimates, this.#margin);
  }
  #break(signal, why) {
    if (!this.broken.has(signal)) this.broken.set(signal, why);
    this.#predicted.delete(signal);
  }
};
function keep(readings, reading) {
  readings.push(reading);
  if (readings.length > MAX_READINGS) readings.splice(1, 1);
}

// ../packages/core/src/policies/poll-policy.ts
function adaptivePolling(options = {}) {
  const bound = Math.max(1, options.boundMs ?? 8e3);
  const cap = bound * Math.max(1, options.capFactor ?? 5);
  const close = Math.min(bound, Math.max(1, options.closeMs ?? 1e3));
  const margin = Math.max(0, options.estimateMargin ?? 0.5);
  const notesByWait = /* @__PURE__ */ new WeakMap();
  return (state) => {
    let notes = state.waitKey ? notesByWait.get(state.waitKey) : void 0;
    if (!notes) {
      notes = new PollNotes({ margin, close });
      if (state.waitKey) notesByWait.set(state.waitKey, notes);
    }
    const createdMs = state.task.created * 1e3;
    notes.observe(state.history, createdMs > 0 && createdMs <= state.now ? createdMs : void 0);
    const anchor = state.anchorAt ?? state.now - state.elapsedMs;
    const onRhythm = bound - ((state.now - anchor) % bound + bound) % bound;
    const windows = notes.windows(state.task.status);
    const refused = state.now > (state.history.at(-1)?.at ?? state.now);
    if (windows.length === 0 || refused) return onRhythm;
    const opens = Math.min(...windows.map((w) => w.earliest));
    if (opens - state.now > close) {
      return Math.min(windows.settling ? onRhythm : cap, opens - state.now);
    }
    return windows.some((w) => w.finish && w.earliest - state.now <= close) ? close : onRhythm;
  };
}

// ../packages/core/src/upload/upload-file.ts
import { openAsBlob } from "node:fs";
import path from "node:path";
var UPLOAD_TTL_MS = 72 * 60 * 60 * 1e3;
var uploadBody = external_exports.looseObject({
  success: external_exports.boolean().optional(),
  data: external_exports.looseObject({
    file_id: external_exports.string().min(1),
    file_url: external_exports.string().optional(),
    download_url: external_exports.string().optional(),
    file_size: external_exports.number().optional(),
    mime_type: external_exports.string().optional(),
    upload_time: external_exports.string().optional(),
    expires_at: external_exports.string().optional()
  })
});
var ROUTE = "POST /api/v1/files/upload/stream";
function uploadFile(http, options) {
  return withRetries(
    http,
    { what: ROUTE, route: ROUTE, signal: options.signal, repeatable: true, retryRateLimit: true },
    () => attemptUpload(http, options)
  );
}
async function attemptUpload(http, o) {
  if (o.signal?.aborted) throw new AbortError(`${ROUTE} was aborted`, { cause: o.signal.reason });
  let file;
  try {
    file = await openAsBlob(o.path, { type: o.mimeType ?? "application/octet-stream" });
  } catch (error) {
    throw new ClipwrightError(`cannot read the file to upload: ${error.message}`, {
      cause: error
    });
  }
  const { FormData } = await undici();
  const form = new FormData();
  form.append("file", file, path.basename(o.path));
  if (o.uploadPath) form.append("upload_path", o.uploadPath);
  if (o.fileName) form.append("file_name", o.fileName);
  const { status, text, headers } = await sendForText(
    http,
    new URL("/api/v1/files/upload/stream", http.baseUrl),
    {
      method: "POST",
      headers: { authorization: `Bearer ${http.apiKey()}`, accept: "application/json" },
      body: form,
      signal: o.signal,
      what: ROUTE
    }
  );
  const requestId = requestIdOf(headers);
  http.logger.debug?.(`${ROUTE} -> ${status}`, { requestId });
  const body = parseJson(text);
  if (status < 200 || status >= 300 || body?.success === false) {
    throw filesError(status, text, body, headers, http.clock.now());
  }
  const parsed = uploadBody.safeParse(body);
  if (!parsed.success) {
    throw new UnexpectedResponseError(`${ROUTE} returned ${status} without a file id`, {
      status,
      requestId
    });
  }
  const d = parsed.data.data;
  const url = d.file_url || d.download_url;
  if (!url || !URL.canParse(url)) {
    throw new UnexpectedResponseError(`${ROUTE} returned no valid file link`, {
      status,
      requestId
    });
  }
  const uploadedAt = Date.parse(d.upload_time ?? "");
  const expires = Date.parse(d.expires_at ?? "");
  return {
    fileId: d.file_id,
    url,
    fileUrl: d.file_url,
    downloadUrl: d.download_url,
    bytes: d.file_size,
    mimeType: d.mime_type,
    expiresAt: Number.isFinite(expires) ? expires : (Number.isFinite(uploadedAt) ? uploadedAt : http.clock.now()) + UPLOAD_TTL_MS,
    requestId
  };
}
function parseJson(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
function filesError(status, text, body, headers, now) {
  if (body && typeof body.error === "object")
    return apiErrorFromResponse(status, text, headers, now);
  const code = body?.code;
  const effective = status >= 300 ? status : typeof code === "number" && code >= 400 && code < 600 ? code : 0;
  const requestId = requestIdOf(headers);
  if (effective === 0) {
    return new UnexpectedResponseError(`${ROUTE} answered ${status} with success: false`, {
      status,
      requestId
    });
  }
  const msg = typeof body?.msg === "string" && body.msg !== "" ? body.msg : void 0;
  return apiErrorFromStatus({
    status: effective,
    message: msg ?? (text.trim().slice(0, 200) || `HTTP ${effective} with an empty body`),
    ...typeof code === "string" || typeof code === "number" ? { code } : {},
    requestId,
    retryAfterMs: parseRetryAfter(headers["retry-after"], now)
  });
}

// ../packages/core/src/validation/did-you-mean.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var normalise = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
var numbers = (name) => name.match(/[0-9]+/g)?.join(".") ?? "";
function didYouMean(name, known, options = {}) {
  const given = normalise(name);
  const limit = options.maxDistance ?? (() => Math.max(2, Math.floor(given.length / 3)));
  let best;
  for (const candidate of known) {
    if (options.sameNumbers && numbers(candidate) !== numbers(name)) continue;
    const target = normalise(candidate);
    const d = (0, import_fastest_levenshtein.distance)(given, target);
    if (d > limit(target)) continue;
    if (!best || d < best.distance) best = { name: candidate, distance: d };
  }
  return best?.name;
}

// ../packages/core/src/models/lifecycle.ts
function snapshotLifecycleSource(date = snapshot.catalog.retrieved) {
  return `the committed snapshot of the vendor's catalog, ${date}`;
}
function lifecycleCatalog(models2, source) {
  const byId = new Map(models2.map((m) => [m.model_id, m]));
  const find = (name) => {
    const exact = byId.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return models2.find((m) => m.aliases.includes(name)) ?? models2.find((m) => m.model_id.toLowerCase() === lower);
  };
  return { find, live: liveModels(models2), source, kept: /* @__PURE__ */ new Map() };
}
function liveModels(catalog = snapshot.catalog.models) {
  return catalog.filter((m) => m.listed && (m.lifecycle === "active" || m.lifecycle === "preview")).map((m) => m.model_id);
}
function instead(name, entry, live) {
  if (entry?.successor) return entry.successor;
  return didYouMean(name, live, { maxDistance: (t) => Math.max(3, Math.floor(t.length / 2)) });
}
function lifecycleNotice(name, options = {}) {
  if (options.kept) {
    if (options.kept.has(name)) return options.kept.get(name);
    const notice2 = noticeFor(name, options);
    if (options.kept.size < MAX_KEPT) options.kept.set(name, notice2);
    return notice2;
  }
  if (options.find || options.live) return noticeFor(name, options);
  if (notices.has(name)) return notices.get(name);
  const notice = noticeFor(name, {});
  if (notices.size >= MAX_KEPT) notices.clear();
  notices.set(name, notice && Object.freeze(notice));
  return notice;
}
var notices = /* @__PURE__ */ new Map();
var MAX_KEPT = 256;
function noticeFor(name, options) {
  const find = options.find ?? findModel;
  const live = options.live ?? liveModels();
  const entry = find(name);
  const from = options.source ?? snapshotLifecycleSource();
  const other = instead(name, entry, live);
  const use = other ? `use ${JSON.stringify(other)}` : "use a live model (`clipwright models` lists them)";
  if (!entry) {
    return {
      level: "warning",
      message: `model ${JSON.stringify(name)} is not in the vendor's catalog (${from}): only the common checks apply`,
      fix: `check the name; ${other ? `did you mean ${JSON.stringify(other)}?` : "`clipwright models` lists the known models"}`
    };
  }
  if (entry.lifecycle === "retired") {
    return {
      level: "error",
      message: `model ${JSON.stringify(name)} is retired (${from})${entry.deprecates_at ? `; it stopped on ${entry.deprecates_at}` : ""}`,
      fix: use
    };
  }
  if (entry.lifecycle === "deprecated") {
    return {
      level: "warning",
      message: `model ${JSON.stringify(name)} is deprecated (${from})${entry.deprecates_at ? `: it stops working on ${entry.deprecates_at}` : ""}${entry.successor ? `; its successor is ${JSON.stringify(entry.successor)}` : ""}`,
      fix: use
    };
  }
  if (!entry.listed) {
    return {
      level: "warning",
      message: `model ${JSON.stringify(name)} is no longer listed in the vendor's newest catalog (${from}); it may stop working`,
      fix: `move to a listed model, e.g. ${other ? JSON.stringify(other) : '"sora-2-pro-preview"'}`
    };
  }
  return void 0;
}

// ../packages/core/src/validation/to-issues.ts
var plainTypes = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields"
};
var plainType = (expected) => plainTypes[expected] ?? `a ${expected}`;
var plainErrors = (iss) => iss.code === "invalid_type" ? `must be ${plainType(iss.expected)}, got ${formatValue(iss.input)}` : void 0;
function toIssues(result, input, context = {}) {
  if (result.success || !result.error) return [];
  return result.error.issues.flatMap((iss) => {
    if (iss.code === "unrecognized_keys") {
      return iss.keys.map((key) => ({
        field: key,
        message: iss.message,
        received: input[key],
        fix: `remove \`${key}\`: ${context.model ?? "the model"} does not take it`
      }));
    }
    const field = iss.path.map(String).join(".") || "request";
    const received = iss.path.reduce(
      (value, key) => value?.[key],
      input
    );
    const own = iss.params;
    const allowed = own?.allowed ?? (iss.path.length === 1 ? context.parameters?.[String(iss.path[0])]?.values : void 0);
    return [
      {
        field,
        message: iss.message,
        ...received !== void 0 && { received },
        ...allowed && { allowed },
        fix: own?.fix ?? fixFor(iss, allowed, context.fixes?.[String(iss.path[0])])
      }
    ];
  });
}
function fixFor(iss, allowed, fieldFix) {
  if (fieldFix) return fieldFix;
  const values = allowed ?? (iss.code === "invalid_value" ? iss.values : void 0);
  if (values && values.length > 0) return `use one of ${values.map(formatValue).join(", ")}`;
  if (iss.code === "invalid_type") return `write it as ${plainType(iss.expected)}`;
  if (iss.code === "too_big") return `use at most ${iss.maximum}`;
  if (iss.code === "too_small") return `use at least ${iss.minimum}`;
  return "correct the value as the message says";
}

// ../packages/core/src/validation/validate-callback-url.ts
import { isIP as isIP3 } from "node:net";
var MAX_CALLBACK_URL_LENGTH = 2048;
function callbackUrlIssues(url, options = {}) {
  const issue = (message, fix = "use a public https:// URL") => [
    { field: "callback_url", message, received: url, fix }
  ];
  if (typeof url !== "string") {
    return issue(
      `must be an HTTPS URL string, got ${typeof url}`,
      "write it as text: an https:// URL"
    );
  }
  if (url.length > MAX_CALLBACK_URL_LENGTH) {
    return issue(
      `must be at most ${MAX_CALLBACK_URL_LENGTH} characters, got ${url.length}`,
      `shorten the URL to at most ${MAX_CALLBACK_URL_LENGTH} characters`
    );
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return issue(
      `must be an absolute HTTPS URL, got ${JSON.stringify(url)}`,
      "write the whole URL, e.g. https://example.com/hooks/clipwright"
    );
  }
  if (options.allowInsecure) {
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? [] : issue(`must use https, got ${parsed.protocol.slice(0, -1)}`);
  }
  if (parsed.protocol !== "https:") {
    return issue(
      `must use https (the API only calls HTTPS callbacks), got ${parsed.protocol.slice(0, -1)}`
    );
  }
  const host = bareHost(parsed);
  const name = internalHostName(host);
  if (name) {
    return issue(
      name === "this-machine" ? `must not point at this machine (${host}); the API refuses internal addresses` : `must not point at an internal host (${host}: .local, .internal and metadata names stay inside a network); the API refuses internal addresses`,
      "use a public host name the API can reach"
    );
  }
  if (isIP3(host) !== 0 && isBlockedAddress(host)) {
    return issue(
      `must not point at a loopback, private, link-local or unspecified address (${host}); the API refuses internal addresses`,
      "use a public host name the API can reach"
    );
  }
  return [];
}

// ../packages/core/src/validation/validate-request.ts
var commonSchema = external_exports.looseObject({
  model: external_exports.string({
    error: (iss) => `is required: a model name such as "sora-2-beta-max", got ${formatValue(iss.input)}`
  }).min(1, { error: 'must not be empty: give a model name such as "sora-2-beta-max"' }),
  prompt: external_exports.string({
    error: (iss) => `is required: a text describing the video, got ${formatValue(iss.input)}`
  }).refine((p) => p.trim().length > 0, { error: "must not be empty: describe the video" }).optional(),
  image_urls: external_exports.array(
    external_exports.string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` }).refine(isHttpUrl, {
      error: (iss) => `must be an http(s) URL, got ${formatValue(iss.input)}`
    }),
    { error: (iss) => `must be a list of image URLs, got ${formatValue(iss.input)}` }
  ).optional()
});
var commonFixes = {
  model: "name a model, e.g. `model: sora-2-beta-max`",
  prompt: "describe the video in the prompt",
  image_urls: "give each image as an http(s) URL, e.g. https://example.com/frame.png"
};
function validateRequest(req, options = {}) {
  if (typeof req !== "object" || req === null || Array.isArray(req)) {
    throw new ValidationError([
      { field: "request", message: `must be an object, got ${formatValue(req)}`, received: req }
    ]);
  }
  const input = req;
  const issues = toIssues(commonSchema.safeParse(input, { error: plainErrors }), input, {
    fixes: commonFixes
  });
  if (input.callback_url !== void 0) {
    issues.push(
      ...callbackUrlIssues(input.callback_url, { allowInsecure: options.allowInsecureCallbacks })
    );
  }
  issues.push(...imageLinkIssues(input.image_urls, issues, options));
  const registry = options.models ?? models;
  const spec = typeof input.model === "string" ? getModel(input.model, registry) : void 0;
  if (spec && input.prompt === void 0 && (spec.required ?? ["prompt"]).includes("prompt")) {
    issues.push({
      field: "prompt",
      message: "is required: a text describing the video, got nothing",
      fix: commonFixes.prompt
    });
  }
  if (spec) {
    const seen = new Set(issues.map((i) => i.field.split(".")[0]));
    const result = spec.schema.safeParse(input, { error: plainErrors });
    const context = { model: spec.name, parameters: spec.parameters };
    for (const issue of toIssues(result, input, context)) {
      if (!seen.has(issue.field.split(".")[0])) issues.push(issue);
    }
  } else if (typeof input.model === "string") {
    const known = didYouMean(
      input.model,
      registry.map((m) => m.name),
      { sameNumbers: true, maxDistance: (target) => Math.max(1, Math.floor(target.length / 5)) }
    );
    if (known) {
      issues.unshift({
        field: "model",
        message: `unknown model ${formatValue(input.model)}; did you mean ${formatValue(known)}?`,
        received: input.model,
        fix: `use ${formatValue(known)}`
      });
    }
  }
  const notice = typeof input.model === "string" ? lifecycleNotice(
    input.model,
    options.lifecycle ?? (options.findCatalogModel ? { find: options.findCatalogModel } : {})
  ) : void 0;
  if (notice?.level === "error") {
    issues.unshift({
      field: "model",
      message: notice.message,
      received: input.model,
      fix: notice.fix
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return input;
}
function imageLinkIssues(images, earlier, options) {
  if (!Array.isArray(images)) return [];
  return images.flatMap((link, index) => {
    const field = `image_urls.${index}`;
    if (typeof link !== "string" || !isHttpUrl(link) || earlier.some((i) => i.field === field)) {
      return [];
    }
    const problem = resultLinkProblem(new URL(link), {
      allowInsecure: options.allowInsecureCallbacks === true,
      trustedOrigin: options.trustedImageOrigin
    });
    return problem ? [
      {
        field,
        message: `must be a public https link the API can fetch, got ${formatValue(link)}: ${problem}`,
        received: link,
        fix: "give a public https link to the image, or a repository image (`image:`) to upload"
      }
    ] : [];
  });
}
function isHttpUrl(value) {
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

// ../packages/core/src/client/credits.ts
var amount = external_exports.number().refine(Number.isFinite, "must be a finite number");
var creditsSchema = external_exports.looseObject({
  data: external_exports.looseObject({
    token: external_exports.looseObject({
      remaining_credits: amount.nullish(),
      unlimited_credits: external_exports.boolean().nullish(),
      used_credits: amount.nullish()
    }),
    user: external_exports.looseObject({
      remaining_credits: amount,
      used_credits: amount.nullish()
    })
  })
});
function parseCredits(body, requestId) {
  const result = creditsSchema.safeParse(body);
  if (!result.success) {
    const where = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ");
    throw new UnexpectedResponseError(`GET /v1/credits did not look like a balance (${where})`, {
      requestId,
      cause: result.error
    });
  }
  const { token, user } = result.data.data;
  const keyRemaining = token.unlimited_credits === true ? void 0 : token.remaining_credits ?? void 0;
  return {
    available: Math.max(0, Math.min(user.remaining_credits, keyRemaining ?? Infinity)),
    accountRemaining: user.remaining_credits,
    keyRemaining,
    keyUsed: token.used_credits ?? 0
  };
}

// ../packages/core/src/client/system-clock.ts
import { setTimeout as delay } from "node:timers/promises";
var systemClock = {
  now: () => Date.now(),
  async sleep(ms, signal) {
    try {
      await delay(Math.max(0, ms), void 0, { signal });
    } catch (error) {
      if (signal?.aborted)
        throw new AbortError("the operation was aborted", { cause: signal.reason });
      throw error;
    }
  }
};

// ../packages/core/src/client/resolve-settings.ts
function resolveSettings(options) {
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.EVOLINK_API_KEY;
  const baseUrl = options.baseUrl ?? env.EVOLINK_BASE_URL ?? "https://api.evolink.ai";
  const filesBaseUrl = options.filesBaseUrl ?? env.EVOLINK_FILES_BASE_URL ?? (options.baseUrl ?? env.EVOLINK_BASE_URL ? baseUrl : "https://files-api.evolink.ai");
  let agent;
  const http = {
    baseUrl,
    apiKey: () => {
      if (!apiKey) {
        throw new ClipwrightError("no API key: set EVOLINK_API_KEY or pass apiKey to createClient");
      }
      return apiKey;
    },
    dispatcher: () => {
      agent ??= options.dispatcher ? Promise.resolve(options.dispatcher) : undici().then(
        ({ Agent }) => new Agent({ keepAliveTimeout: 3e4, keepAliveMaxTimeout: 6e5 })
      );
      return agent;
    },
    headersTimeoutMs: options.headersTimeoutMs ?? 3e4,
    createTimeoutMs: options.createTimeoutMs ?? 12e4,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 6e4,
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    rateLimitMaxWaitMs: Math.max(0, options.rateLimitMaxWaitMs ?? 9e5),
    retry: options.retry ?? {},
    clock: options.clock ?? systemClock,
    logger: options.logger ?? {},
    onRetry: options.onRetry,
    gates: /* @__PURE__ */ new Map()
  };
  return { http, filesBaseUrl };
}

// ../packages/core/src/client/task-requests.ts
async function getTask(http, id, o = {}) {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError([
      { field: "task_id", message: "must be a non-empty task id", received: id }
    ]);
  }
  const res = await requestJson(http, {
    method: "GET",
    path: `/v1/tasks/${encodeURIComponent(id)}`,
    route: "GET /v1/tasks/{id}",
    signal: o.signal,
    retryRateLimit: o.retryRateLimit
  });
  return parseTask(res.body, {
    what: `GET /v1/tasks/${id}`,
    status: res.status,
    requestId: res.requestId
  });
}
async function createTask(http, body, idempotencyKey2, signal) {
  const res = await requestJson(http, {
    method: "POST",
    path: "/v1/videos/generations",
    body,
    idempotencyKey: idempotencyKey2,
    signal,
    headersTimeoutMs: http.createTimeoutMs
  });
  const task = parseTask(res.body, {
    what: "POST /v1/videos/generations",
    status: res.status,
    requestId: res.requestId
  });
  return { ...task, replayed: res.replayed };
}

// ../packages/core/src/client/create-client.ts
function createClient(options = {}) {
  const { http, filesBaseUrl } = resolveSettings(options);
  const randomUUID4 = options.randomUUID ?? cryptoRandomUUID;
  const registry = withModels(options.models);
  const validate = (req) => validateRequest(req, {
    allowInsecureCallbacks: options.allowInsecureCallbacks,
    models: registry,
    trustedImageOrigin: URL.canParse(filesBaseUrl) ? new URL(filesBaseUrl).origin : void 0
  });
  const pollPolicy = options.pollPolicy ?? adaptivePolling();
  const waitTimeoutMs = options.waitTimeoutMs ?? 18e5;
  async function create(req, o = {}) {
    return createTask(http, validate(req), o.idempotencyKey ?? randomUUID4(), o.signal);
  }
  function wait(idOrTask, o = {}) {
    return waitForTask(idOrTask, {
      get: (id, signal) => getTask(http, id, { signal, retryRateLimit: false }),
      clock: http.clock,
      policy: o.pollPolicy ?? pollPolicy,
      timeoutMs: o.timeoutMs ?? waitTimeoutMs,
      signal: o.signal,
      onProgress: o.onProgress,
      maxSlowDownMs: http.retry.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
      onRetry: http.onRetry
    });
  }
  return {
    baseUrl: http.baseUrl,
    models: registry,
    validateRequest: validate,
    estimateCredits: (req) => estimateCredits(req, registry),
    videos: {
      create,
      async generate(req, o = {}) {
        const task = await create(req, { idempotencyKey: o.idempotencyKey, signal: o.signal });
        return wait(task, o);
      }
    },
    tasks: { get: (id, o) => getTask(http, id, o), wait },
    files: {
      upload: (o) => uploadFile({ ...http, baseUrl: filesBaseUrl }, o),
      baseUrl: filesBaseUrl
    },
    async credits(o = {}) {
      const res = await requestJson(http, { method: "GET", path: "/v1/credits", signal: o.signal });
      return parseCredits(res.body, res.requestId);
    },
    async download(taskOrUrl, destinationPath, o = {}) {
      const url = typeof taskOrUrl === "string" ? taskOrUrl : videoUrl(taskOrUrl);
      if (!URL.canParse(url)) {
        throw new UnexpectedResponseError(
          `the result link is not a valid URL: ${JSON.stringify(url.slice(0, 200))}`
        );
      }
      const effects = {
        randomUUID: randomUUID4,
        ...options.openDownloadFile && { openFile: options.openDownloadFile }
      };
      return downloadFile(http, url, destinationPath, o, effects, {
        allowInsecure: options.allowInsecureCallbacks === true,
        trustedOrigin: new URL(http.baseUrl).origin
      });
    }
  };
}

// ../packages/core/src/catalog/catalog-cache.ts
import * as nodeFs from "node:fs/promises";
import path2 from "node:path";
var CATALOG_FRESH_MS = 5 * 6e4;
var CATALOG_STALE_MS = 24 * 60 * 6e4;
var entrySchema = external_exports.object({
  url: external_exports.string(),
  etag: external_exports.string().max(1e3).optional(),
  fetchedAt: external_exports.number().finite(),
  body: external_exports.unknown()
});
var CatalogCache = class {
  #dir;
  #fs;
  constructor(stateDir, fs = nodeFs) {
    this.#dir = path2.join(stateDir, "catalog");
    this.#fs = fs;
  }
  /** The copy of `endpoint`, or `undefined`. */
  async read(endpoint) {
    try {
      const text = await this.#fs.readFile(this.#file(endpoint), "utf8");
      const parsed = entrySchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : void 0;
    } catch {
      return void 0;
    }
  }
  /** Saves `entry` (written beside, then renamed: a reader never sees half a file). */
  async write(endpoint, entry) {
    const file = this.#file(endpoint);
    const temp = `${file}.${process.pid}.tmp`;
    await this.#fs.mkdir(this.#dir, { recursive: true });
    await this.#fs.writeFile(temp, `${JSON.stringify(entry)}
`);
    await this.#fs.rename(temp, file);
  }
  #file(endpoint) {
    return path2.join(this.#dir, `${endpoint}.json`);
  }
};

// ../packages/core/src/catalog/catalog-price-skus.ts
function catalogPriceSkus(prices, context) {
  const skus = [];
  const uses = [];
  for (const entry of prices) {
    if (!context.videoModels.has(entry.model_id)) continue;
    const shown = `${entry.currency} ${entry.price} ${entry.unit}`;
    const read = readEntry(entry);
    if ("reason" in read) {
      uses.push({
        sku_id: entry.sku_id,
        model_id: entry.model_id,
        price: shown,
        used: false,
        ...read
      });
      continue;
    }
    const sameId = context.known.get(entry.sku_id);
    const known = sameId?.model_name === entry.model_id ? sameId : void 0;
    uses.push({ sku_id: entry.sku_id, model_id: entry.model_id, price: shown, used: true });
    if (known && known.billing_rule === read.billingRule && known.cny_price === read.cny) continue;
    skus.push({
      sku_id: `${entry.sku_id} (catalog pricing)`,
      sku_name: known?.sku_name ?? entry.sku_id,
      model_name: entry.model_id,
      model_type: "video",
      billing_rule: read.billingRule,
      cny_price: read.cny,
      ...known?.resolution_multipliers && {
        resolution_multipliers: known.resolution_multipliers
      },
      conditions: known?.conditions ?? {},
      sources: [{ url: context.url, retrieved: context.retrieved, cny_price: read.cny }]
    });
  }
  return { skus, uses };
}
var MIN_LIVE_CNY = 1e-5;
var cnyPer = { usd: 6.8, cny: 1, credits: 0.1, credit: 0.1 };
var perSecond = /* @__PURE__ */ new Set(["second", "seconds", "s", "sec", "per_second", "video_second"]);
var perVideo = /* @__PURE__ */ new Set(["video", "request", "call", "generation", "task", "per_call"]);
function readEntry(entry) {
  const role = entry.role?.trim().toLowerCase();
  if (role && role !== "output") return { reason: `role "${entry.role}" is not a video's price` };
  const rate2 = cnyPer[entry.currency.trim().toLowerCase()];
  if (rate2 === void 0)
    return { reason: `currency "${entry.currency}" is not USD, CNY or credits` };
  const unit = entry.unit.trim().toLowerCase().replace(/^(per|1)\s+/, "").replace(/^\//, "");
  const billingRule = perSecond.has(unit) ? "per_second" : perVideo.has(unit) ? "per_call" : void 0;
  if (!billingRule)
    return { reason: `unit "${entry.unit}" is not a second or one video: not mapped to a price` };
  if (!/^\d+(\.\d+)?$/.test(entry.price.trim()) || Number(entry.price) <= 0)
    return { reason: `price "${entry.price}" is not a decimal above zero` };
  const cny = Math.round(Number(entry.price) * rate2 * 1e6) / 1e6;
  if (cny < MIN_LIVE_CNY) return { reason: `price "${entry.price}" is below 1/10,000 credit` };
  return { billingRule, cny };
}

// ../packages/core/src/catalog/catalog-schemas.ts
var metaSchema = external_exports.looseObject({
  schema_version: external_exports.string().min(1),
  catalog_version: external_exports.string().min(1),
  updated_at: external_exports.string().optional(),
  fresh_until: external_exports.string().optional()
});
var lifecycleSchema = external_exports.enum(["preview", "active", "deprecated", "retired"]);
var catalogModelsSchema = external_exports.looseObject({
  meta: metaSchema,
  models: external_exports.array(
    external_exports.looseObject({
      model_id: external_exports.string().min(1).max(200),
      display_name: external_exports.string().optional(),
      provider: external_exports.string().optional(),
      aliases: external_exports.array(external_exports.string()).default([]),
      capabilities: external_exports.array(external_exports.string()).default([]),
      protocols: external_exports.array(external_exports.string()).default([]),
      lifecycle: lifecycleSchema,
      deprecates_at: external_exports.string().nullish()
    })
  )
});
var catalogPricingSchema = external_exports.looseObject({
  meta: metaSchema,
  prices: external_exports.array(
    external_exports.looseObject({
      sku_id: external_exports.string(),
      model_id: external_exports.string(),
      role: external_exports.string().optional(),
      currency: external_exports.string(),
      unit: external_exports.string(),
      price: external_exports.string(),
      official_price: external_exports.string().nullish(),
      effective_at: external_exports.string().optional(),
      source_url: external_exports.string().nullish()
    })
  )
});
var catalogHealthSchema = external_exports.looseObject({
  meta: metaSchema,
  models: external_exports.array(
    external_exports.looseObject({
      model_id: external_exports.string().min(1),
      status: external_exports.string().min(1).max(100),
      observed_at: external_exports.string().optional()
    })
  )
});
var priceListSkuSchema = external_exports.looseObject({
  sku_id: external_exports.union([external_exports.string().min(1), external_exports.number()]).transform(String),
  sku_name: external_exports.string().default(""),
  model_name: external_exports.string().min(1),
  model_type: external_exports.literal("video"),
  billing_rule: external_exports.string().min(1),
  cny_price: external_exports.number().finite().nonnegative().optional(),
  resolution_multipliers: external_exports.record(external_exports.string(), external_exports.number().finite().positive()).optional(),
  min_charge_uc: external_exports.number().finite().nonnegative().optional()
});
var priceListSchema = external_exports.looseObject({
  success: external_exports.boolean().optional(),
  data: external_exports.array(external_exports.unknown())
});
var catalogEndpoints = {
  models: { path: "/v1/catalog/models?capability=video", web: false, schema: catalogModelsSchema },
  pricing: { path: "/v1/catalog/pricing", web: false, schema: catalogPricingSchema },
  health: { path: "/v1/catalog/health", web: false, schema: catalogHealthSchema },
  priceList: { path: "/web/api/models/pricing", web: true, schema: priceListSchema }
};

// ../packages/core/src/catalog/merge-live-prices.ts
function mergeLivePrices(snapshot2, live, context) {
  const notices2 = [];
  const byId = new Map(snapshot2.skus.map((sku) => [sku.sku_id, sku]));
  const extra = [];
  for (const [index, raw] of (live.skus ?? []).entries()) {
    if (raw?.model_type !== "video") continue;
    const parsed = priceListSkuSchema.safeParse(raw);
    if (!parsed.success) {
      notices2.push(`price list entry ${index} skipped: not the documented shape`);
      continue;
    }
    if (parsed.data.cny_price !== void 0 && parsed.data.cny_price < MIN_LIVE_CNY) {
      notices2.push(`price list entry ${index} skipped: a price below 1/10,000 credit`);
      continue;
    }
    const same = byId.get(parsed.data.sku_id);
    const sku = asSku(
      parsed.data,
      same?.model_name === parsed.data.model_name ? same : void 0,
      live
    );
    if (sku) extra.push(sku);
  }
  const known = new Map(snapshot2.skus.map((sku) => [sku.sku_id, sku]));
  for (const sku of extra) known.set(sku.sku_id.replace(/ \(live\)$/, ""), sku);
  const fromCatalog = catalogPriceSkus(live.catalogPricing?.prices ?? [], {
    known,
    videoModels: /* @__PURE__ */ new Set([
      ...context.modelIds,
      ...[...known.values()].filter((s2) => s2.model_type === "video").map((s2) => s2.model_name)
    ]),
    url: catalogEndpoints.pricing.path,
    retrieved: live.catalogPricingRetrieved ?? live.retrieved
  });
  extra.push(...fromCatalog.skus);
  const catalogPrices = fromCatalog.uses;
  const catalog_pricing = live.catalogPricing ?? snapshot2.catalog_pricing;
  if (extra.length === 0)
    return { pricing: { ...snapshot2, catalog_pricing }, notices: notices2, added: 0, catalogPrices };
  const skus = [...snapshot2.skus, ...extra];
  const models2 = deriveModels({
    skus,
    modelIds: context.modelIds,
    creditsPerCny: snapshot2.units.credits_per_cny,
    existing: snapshot2.models,
    ...context.params && { params: context.params }
  });
  return {
    pricing: { ...snapshot2, skus, models: models2, catalog_pricing },
    notices: notices2,
    added: extra.length,
    catalogPrices
  };
}
function asSku(live, known, where) {
  if (live.cny_price === void 0) return void 0;
  if (known && known.cny_price === live.cny_price && known.billing_rule === live.billing_rule && JSON.stringify(known.resolution_multipliers ?? {}) === JSON.stringify(live.resolution_multipliers ?? {}))
    return void 0;
  const { sku_id, sku_name, model_name, billing_rule, cny_price, resolution_multipliers } = live;
  return {
    sku_id: `${sku_id} (live)`,
    sku_name,
    model_name,
    model_type: "video",
    billing_rule,
    cny_price,
    ...resolution_multipliers && { resolution_multipliers },
    ...live.min_charge_uc !== void 0 && { min_charge_uc: live.min_charge_uc },
    conditions: known?.conditions ?? inferConditions(sku_name),
    sources: [{ url: where.url, retrieved: where.retrieved, cny_price }]
  };
}

// ../packages/core/src/catalog/model-health.ts
var UNAVAILABLE_HEALTH_STATUSES = [
  "unavailable",
  "down",
  "outage",
  "offline",
  "disabled",
  "maintenance"
];
function healthUnavailable(status) {
  return UNAVAILABLE_HEALTH_STATUSES.includes(status.trim().toLowerCase());
}
function healthByModel(body) {
  const out = /* @__PURE__ */ new Map();
  for (const entry of body?.models ?? []) {
    out.set(entry.model_id, {
      status: entry.status,
      ...entry.observed_at !== void 0 && { observedAt: entry.observed_at },
      unavailable: healthUnavailable(entry.status)
    });
  }
  return out;
}

// ../packages/core/src/catalog/read-catalog-document.ts
var MAX_BODY_CHARS = 20 * 1024 * 1024;
async function readCatalogDocument(endpoint, options) {
  const now = options.clock.now();
  const cached = await options.cache?.read(endpoint);
  const copy = cached?.url === options.url ? validCopy(endpoint, cached.body) : void 0;
  const age = cached && copy ? now - cached.fetchedAt : Number.POSITIVE_INFINITY;
  if (copy && age >= 0 && age < CATALOG_FRESH_MS) {
    return { endpoint, kind: "cache", body: copy, fetchedAt: cached?.fetchedAt };
  }
  try {
    const answer = await get(options, copy ? cached?.etag : void 0);
    if (answer.status === 304 && copy && cached) {
      await options.cache?.write(endpoint, { ...cached, fetchedAt: now }).catch(() => {
      });
      return { endpoint, kind: "live", body: copy, fetchedAt: now };
    }
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
    const body = parseBody(endpoint, answer.text);
    await options.cache?.write(endpoint, {
      url: options.url,
      ...answer.etag && { etag: answer.etag },
      fetchedAt: now,
      body
    }).catch(() => {
    });
    return { endpoint, kind: "live", body, fetchedAt: now };
  } catch (error) {
    const why = `${describe2(endpoint)} could not be read (${reason(error)})`;
    if (copy && cached && age >= 0 && age <= CATALOG_STALE_MS) {
      const when = new Date(cached.fetchedAt).toISOString();
      return {
        endpoint,
        kind: "cache",
        body: copy,
        fetchedAt: cached.fetchedAt,
        notice: `${why}; using the copy cached at ${when}`
      };
    }
    return { endpoint, kind: "snapshot", notice: `${why}; using the committed snapshot` };
  }
}
function describe2(endpoint) {
  const { path: path14 } = catalogEndpoints[endpoint];
  return `GET ${path14.split("?")[0]}`;
}
function validCopy(endpoint, body) {
  const parsed = catalogEndpoints[endpoint].schema.safeParse(body);
  return parsed.success ? parsed.data : void 0;
}
function parseBody(endpoint, text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("the answer is not JSON");
  }
  const parsed = catalogEndpoints[endpoint].schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first?.path.length ? ` at ${first.path.join(".")}` : "";
    throw new Error(`the answer is not the documented shape${at}: ${first?.message ?? "invalid"}`);
  }
  return parsed.data;
}
function reason(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`.slice(0, 300);
}
async function get(options, etag) {
  const headers = { accept: "application/json" };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  if (etag) headers["if-none-match"] = etag;
  const controller = new AbortController();
  const done = new AbortController();
  const timeout = options.timeoutClock.sleep(options.timeoutMs, done.signal).then(
    () => {
      controller.abort(new Error(`no answer within ${options.timeoutMs} ms`));
      throw new Error(`no answer within ${options.timeoutMs} ms`);
    },
    () => void 0
  );
  try {
    const request = (async () => {
      const response = await options.fetch(options.url, {
        ...options.init,
        headers,
        signal: controller.signal
      });
      const text = response.status === 304 ? "" : await response.text();
      if (text.length > MAX_BODY_CHARS) throw new Error(`answer over ${MAX_BODY_CHARS} characters`);
      const tag = external_exports.string().max(1e3).safeParse(response.headers.get("etag"));
      return { status: response.status, text, ...tag.success && { etag: tag.data } };
    })();
    return await Promise.race([request, timeout]);
  } finally {
    done.abort();
  }
}

// ../packages/core/src/catalog/load-catalog.ts
var endpoints = Object.keys(catalogEndpoints);
function snapshotCatalog(notices2 = []) {
  const date = snapshot.pricing.retrieved;
  return {
    pricing: snapshot.pricing,
    models: snapshot.catalog.models,
    lifecycleSource: { kind: "snapshot", fetchedAt: snapshot.catalog.retrieved },
    health: /* @__PURE__ */ new Map(),
    priceSource: { kind: "snapshot", fetchedAt: date, snapshotDate: date },
    pricesChanged: false,
    catalogPricing: { kind: "snapshot", entries: [] },
    documents: Object.fromEntries(endpoints.map((e) => [e, { kind: "snapshot" }])),
    notices: notices2
  };
}
async function loadCatalog(options = {}) {
  if (options.offline) return snapshotCatalog();
  const clock = options.clock ?? systemClock;
  const base = (options.baseUrl ?? "https://api.evolink.ai").replace(/\/+$/, "");
  const web = (options.webBaseUrl ?? base).replace(/\/+$/, "");
  for (const url of [base, web]) {
    const refused = unsafeBase(url);
    if (refused)
      return snapshotCatalog([`catalog not read from ${refused}; using the committed snapshot`]);
  }
  const cache = options.stateDir ? new CatalogCache(options.stateDir, options.fs) : void 0;
  const read = (endpoint) => readCatalogDocument(endpoint, {
    url: `${catalogEndpoints[endpoint].web ? web : base}${catalogEndpoints[endpoint].path}`,
    ...options.apiKey && { apiKey: options.apiKey },
    ...cache && { cache },
    clock,
    timeoutClock: options.timeoutClock ?? clock,
    fetch: options.fetch ?? globalThis.fetch,
    ...options.dispatcher !== void 0 && { init: { dispatcher: options.dispatcher } },
    timeoutMs: options.timeoutMs ?? 1e4
  });
  const [models2, pricing, health, priceList2] = await Promise.all([
    read("models"),
    read("pricing"),
    read("health"),
    read("priceList")
  ]);
  return assemble({ models: models2, pricing, health, priceList: priceList2 });
}
function assemble(docs) {
  const notices2 = Object.values(docs).flatMap((d) => d.notice ? [d.notice] : []);
  const modelList = overlayModels(snapshot.catalog.models, docs.models.body);
  const list = docs.priceList;
  const listUrl = `${catalogEndpoints.priceList.path}`;
  const fetchedAt = list.fetchedAt === void 0 ? void 0 : new Date(list.fetchedAt);
  const merged = mergeLivePrices(
    snapshot.pricing,
    {
      ...list.body && { skus: list.body.data },
      ...docs.pricing.body && { catalogPricing: catalogPricingOf(docs.pricing.body) },
      ...docs.pricing.fetchedAt !== void 0 && {
        catalogPricingRetrieved: new Date(docs.pricing.fetchedAt).toISOString().slice(0, 10)
      },
      url: listUrl,
      retrieved: fetchedAt?.toISOString().slice(0, 10) ?? snapshot.pricing.retrieved
    },
    { modelIds: modelList.map((m) => m.model_id), params: snapshot.params }
  );
  notices2.push(...merged.notices);
  const date = snapshot.pricing.retrieved;
  return {
    pricing: merged.pricing,
    models: modelList,
    lifecycleSource: docs.models.body && docs.models.fetchedAt !== void 0 ? { kind: docs.models.kind, fetchedAt: new Date(docs.models.fetchedAt).toISOString() } : { kind: "snapshot", fetchedAt: snapshot.catalog.retrieved },
    health: healthByModel(docs.health.body),
    pricesChanged: merged.added > 0,
    catalogPricing: {
      kind: docs.pricing.kind,
      ...docs.pricing.fetchedAt !== void 0 && {
        fetchedAt: new Date(docs.pricing.fetchedAt).toISOString()
      },
      entries: merged.catalogPrices
    },
    priceSource: {
      kind: list.kind,
      fetchedAt: fetchedAt?.toISOString() ?? date,
      snapshotDate: date
    },
    documents: Object.fromEntries(
      Object.values(docs).map((d) => [
        d.endpoint,
        {
          kind: d.kind,
          ...d.fetchedAt !== void 0 && { fetchedAt: new Date(d.fetchedAt).toISOString() }
        }
      ])
    ),
    notices: notices2
  };
}
function catalogPricingOf(body) {
  return body;
}
function overlayModels(known, live) {
  if (!live) return [...known];
  const byId = new Map(live.models.map((m) => [m.model_id, m]));
  const out = known.map((model) => {
    const entry = byId.get(model.model_id);
    if (!entry) return { ...model, listed: false };
    byId.delete(model.model_id);
    return {
      ...model,
      aliases: entry.aliases,
      lifecycle: entry.lifecycle,
      deprecates_at: entry.deprecates_at ?? null,
      listed: true
    };
  });
  for (const entry of byId.values()) {
    out.push({
      model_id: entry.model_id,
      display_name: entry.display_name ?? entry.model_id,
      provider: entry.provider ?? "",
      aliases: entry.aliases,
      capabilities: entry.capabilities,
      protocols: entry.protocols,
      lifecycle: entry.lifecycle,
      deprecates_at: entry.deprecates_at ?? null,
      successor: null,
      listed: true,
      source: catalogEndpoints.models.path,
      retrieved: live.meta.updated_at?.slice(0, 10) ?? "",
      evidence: []
    });
  }
  return out;
}
function unsafeBase(base) {
  let url;
  try {
    url = new URL(base);
  } catch {
    return "a base URL that is not a URL";
  }
  if (url.username || url.password) return "a base URL with credentials in it";
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol === "https:" || url.protocol === "http:" && local) return void 0;
  return `${url.protocol}//${url.host} (HTTPS only, except to this machine)`;
}
function catalogLifecycle(catalog) {
  const { kind, fetchedAt } = catalog.lifecycleSource;
  const date = fetchedAt.slice(0, 10);
  const source = kind === "live" ? `the vendor's live catalog, read ${date}` : kind === "cache" ? `the vendor's catalog as cached on ${date}` : snapshotLifecycleSource(date);
  return lifecycleCatalog(catalog.models, source);
}
function lifecycleChanged(catalog, names) {
  if (catalog.lifecycleSource.kind === "snapshot") return false;
  const live = lifecycleCatalog(catalog.models, "").find;
  const committed = lifecycleCatalog(snapshot.catalog.models, "").find;
  for (const name of names) {
    const [a, b] = [committed(name), live(name)];
    if (a === b) continue;
    if (!a || !b) return true;
    if (a.lifecycle !== b.lifecycle || (a.deprecates_at ?? null) !== (b.deprecates_at ?? null) || a.listed !== b.listed || (a.successor ?? null) !== (b.successor ?? null))
      return true;
  }
  return false;
}

// ../packages/core/src/catalog/snapshot-age.ts
var SNAPSHOT_MAX_AGE_DAYS = 30;
var DAY_MS = 864e5;
function ageInDays(retrieved, now) {
  const at = Date.parse(retrieved);
  return Number.isFinite(at) ? Math.floor((now - at) / DAY_MS) : void 0;
}
function staleSnapshotWarning(retrieved, now) {
  const days = ageInDays(retrieved, now);
  if (days === void 0 || days <= SNAPSHOT_MAX_AGE_DAYS) return void 0;
  return `prices come from the committed snapshot of ${retrieved}, ${days} days old (more than ${SNAPSHOT_MAX_AGE_DAYS}): the vendor may charge more than estimated; update Clipwright or run with network access to the price list`;
}

// ../packages/core/src/errors/model-unavailable.ts
var unavailableCodes = /* @__PURE__ */ new Set([
  "model_access_denied",
  "key_model_not_allowed",
  "model_not_found",
  "model_not_supported",
  "model_unavailable",
  "model_deprecated",
  "no_available_channel",
  "channel_selection_failed"
]);
var keyCodes = /* @__PURE__ */ new Set([
  "key_disabled",
  "key_expired",
  "user_disabled",
  "account_disabled",
  "mcp_paused"
]);
function modelUnavailable(error) {
  if (!(error instanceof ApiError)) return false;
  if (error.status < 400 || error.status >= 500 || error.outcomeUnknown) return false;
  const code = String(error.apiCode ?? "").toLowerCase();
  if (code === IDEMPOTENCY_CONFLICT || keyCodes.has(code)) return false;
  if (unavailableCodes.has(code) || code.startsWith("channel:")) return true;
  if (error.status === 403 || error.status === 404) return true;
  return error.status === 400 && error.param === "model";
}

// ../packages/core/src/validation/image-issues.ts
var MAX_IMAGE_BYTES = 10 * 1024 * 1024;
var imageFormats = ["png", "jpeg", "webp"];
function imageIssues(request, image, index = 0, registry = models) {
  const field = `image_urls.${index}`;
  const issues = [];
  if (!imageFormats.includes(image.format)) {
    issues.push({
      field,
      message: `is ${image.format ? `a ${image.format.toUpperCase()} image` : "not a PNG, JPEG or WebP image"} (read from its content, not its name); the API takes PNG, JPEG and WebP`,
      received: image.format,
      allowed: imageFormats,
      fix: "convert it to PNG, JPEG or WebP"
    });
  }
  const spec = getModel(request.model, registry);
  issues.push(...imageSizeIssues(image.bytes, index, spec?.images?.maxBytes));
  const ratio2 = typeof request.aspect_ratio === "string" ? request.aspect_ratio : void 0;
  const { width, height } = image;
  if (spec?.images?.matchAspectRatio && ratio2 && width && height) {
    const wanted = parseRatio(ratio2);
    const matches2 = wanted && (wanted.exact ? width === wanted.w && height === wanted.h : width * wanted.h === height * wanted.w);
    if (wanted && !matches2) {
      issues.push({
        field,
        message: `is ${width}x${height}, but ${spec.name} needs an image of the aspect ratio ${ratio2} exactly`,
        received: `${width}x${height}`,
        fix: wanted.exact ? `resize the image to ${wanted.w}x${wanted.h}, or change aspect_ratio` : `crop the image to ${ratio2} (e.g. ${wanted.w * 80}x${wanted.h * 80}), or change aspect_ratio`
      });
    }
  }
  return issues;
}
function imageSizeIssues(bytes, index = 0, max = MAX_IMAGE_BYTES) {
  const limit = Math.min(max, MAX_IMAGE_BYTES);
  if (bytes <= limit) return [];
  const mb = limit / (1024 * 1024);
  return [
    {
      field: `image_urls.${index}`,
      message: `is ${bytes} bytes, over ${max < MAX_IMAGE_BYTES ? "the model's" : "the API's"} limit of ${limit} bytes (${mb} MB) per image`,
      received: bytes,
      fix: `compress or scale the image down below ${mb} MB`
    }
  ];
}
function parseRatio(value) {
  const m = /^(\d+)\s*([:x])\s*(\d+)$/.exec(value);
  if (!m) return void 0;
  const w = Number(m[1]);
  const h = Number(m[3]);
  return w > 0 && h > 0 ? { w, h, exact: m[2] === "x" } : void 0;
}

// ../packages/pipeline/src/output/file-ops.ts
import * as fsp2 from "node:fs/promises";
var realFileOps = fsp2;

// ../packages/pipeline/src/output/temp-files.ts
import { randomUUID } from "node:crypto";
import { constants as constants2 } from "node:fs";
import path3 from "node:path";
var uuidPattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
var tempNamePattern = new RegExp(`^\\..+\\.${uuidPattern}\\.(tmp|part)(\\.[0-9a-f]{8}\\.part)?$`);
function tempPath(dir, base, ext = "tmp") {
  return path3.join(dir, `.${base}.${randomUUID()}.${ext}`);
}
function copyToTemp(fs, source, temp) {
  return fs.copyFile(source, temp, constants2.COPYFILE_EXCL);
}
function isTempName(name) {
  return tempNamePattern.test(name);
}
async function sweepTempFiles(dirs, fs = realFileOps) {
  const removed = [];
  for (const dir of new Set(dirs)) {
    let names;
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.filter(isTempName)) {
      const file = path3.join(dir, name);
      if ((await fs.lstat(file)).isDirectory()) continue;
      await fs.rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}

// ../packages/pipeline/src/output/place-file.ts
var UnsafeOutputError = class extends ClipwrightError {
  name = "UnsafeOutputError";
  code = "unsafe_output";
  constructor(folder) {
    super(
      `${folder} is a symlink or not a folder, so nothing is written through it (outputs stay inside the output folder); remove it or choose another output name`
    );
  }
};
async function checkFolders(root, dest, options = {}) {
  const fs = options.fs ?? realFileOps;
  const rel = path4.relative(root, path4.dirname(dest));
  if (rel.startsWith("..") || path4.isAbsolute(rel)) throw new UnsafeOutputError(path4.dirname(dest));
  let folder = root;
  for (const part of rel === "" ? [] : rel.split(path4.sep)) {
    folder = path4.join(folder, part);
    if (options.create) {
      try {
        await fs.mkdir(folder);
      } catch (error) {
        const code = error.code;
        if (code !== "EEXIST") throw asDiskError(error, folder) ?? error;
      }
    }
    let info;
    try {
      info = await fs.lstat(folder);
    } catch (error) {
      if (error.code === "ENOENT" && !options.create) return;
      throw error;
    }
    if (info.isSymbolicLink() || !info.isDirectory()) throw new UnsafeOutputError(folder);
  }
}
async function placeFile(finished, dest, options = {}) {
  const fs = options.fs ?? realFileOps;
  try {
    if (options.within) await checkFolders(options.within, dest, { create: true, fs });
    else await fs.mkdir(path4.dirname(dest), { recursive: true });
    if (!options.keep) {
      try {
        await renameChecked(finished, dest, options);
        return;
      } catch (error) {
        if (error.code !== "EXDEV") throw error;
      }
    }
    const temp = tempPath(path4.dirname(dest), path4.basename(dest));
    try {
      await copyToTemp(fs, finished, temp);
      await renameChecked(temp, dest, options);
    } finally {
      await fs.rm(temp, { force: true });
    }
    if (!options.keep) await fs.rm(finished, { force: true });
  } catch (error) {
    throw asDiskError(error, dest) ?? error;
  }
}
async function renameChecked(from, dest, options) {
  const fs = options.fs ?? realFileOps;
  if (options.within && path4.resolve(path4.dirname(dest)) !== path4.resolve(options.within)) {
    const [realRoot, realFolder] = await Promise.all([
      fs.realpath(options.within),
      fs.realpath(path4.dirname(dest))
    ]);
    if (realFolder !== path4.join(realRoot, path4.relative(options.within, path4.dirname(dest)))) {
      throw new UnsafeOutputError(path4.dirname(dest));
    }
  }
  await fs.rename(from, dest);
}

// ../packages/pipeline/src/output/write-file-atomic.ts
import path5 from "node:path";

// ../packages/pipeline/src/report/escape-html.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ../packages/pipeline/src/output/secret-redactor.ts
var unredacted = (text) => text;
var REDACTED = "***";
function secretForms(secret) {
  const html = secret.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
  );
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    encodeURI(secret),
    html,
    escapeHtml(secret)
  ];
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
function secretRedactor(secrets = []) {
  const forms = secrets.filter((s2) => typeof s2 === "string" && s2.trim().length >= 4).flatMap((s2) => secretForms(s2.trim())).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return unredacted;
  const redact = (text) => forms.reduce((out, form) => out.replaceAll(form, REDACTED), text);
  if (forms.some((f) => f.includes("\n"))) redact.spansLines = true;
  return redact;
}

// ../packages/pipeline/src/output/write-file-atomic.ts
async function writeFileAtomic(dest, data, options = {}) {
  const fs = options.fs ?? realFileOps;
  const tempDir = options.tempDir ?? path5.dirname(dest);
  const temp = tempPath(tempDir, path5.basename(dest));
  try {
    await fs.mkdir(tempDir, { recursive: true });
    const redact = options.redact ?? unredacted;
    await fs.writeFile(temp, typeof data === "string" ? redact(data) : redactLines(data, redact));
    await placeFile(temp, dest, options);
  } catch (error) {
    throw asDiskError(error, dest) ?? error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}
var WRITE_GROUP_CHARS = 64 * 1024;
function* redactLines(chunks, redact) {
  if (redact.spansLines) {
    yield redact([...chunks].join(""));
    return;
  }
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length < WRITE_GROUP_CHARS) continue;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut === 0) continue;
    yield redact(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  if (pending) yield redact(pending);
}

// ../packages/pipeline/src/output/folder-cache.ts
function folderCache(dir, options = {}) {
  const fileOf = (hash, ext) => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new RangeError(`not a content hash: ${hash}`);
    return path6.join(dir, `${hash}.${ext}`);
  };
  return {
    async get(hash) {
      const file = fileOf(hash, "mp4");
      try {
        const info = lstatSync(file);
        const recorded = JSON.parse(
          readFileSync(fileOf(hash, "json"), "utf8")
        );
        if (!info.isFile() || info.size !== recorded.bytes) return void 0;
        const actual = await hashFile(file);
        if (actual.sha256 !== recorded.sha256) return void 0;
        return { path: file, ...actual };
      } catch {
        return void 0;
      }
    },
    async has(hash) {
      try {
        const info = lstatSync(fileOf(hash, "mp4"));
        const recorded = JSON.parse(
          readFileSync(fileOf(hash, "json"), "utf8")
        );
        return info.isFile() && info.size === recorded.bytes;
      } catch {
        return false;
      }
    },
    async put(hash, file) {
      const dest = fileOf(hash, "mp4");
      await rm2(dest, { force: true });
      await placeFile(file, dest, { ...options, keep: true });
      const { bytes, sha256 } = await hashFile(dest);
      await writeFileAtomic(
        fileOf(hash, "json"),
        `${JSON.stringify({ bytes, sha256 })}
`,
        options
      );
    }
  };
}

// ../packages/pipeline/src/model/chain.ts
function chainModels(job) {
  return job.chain ? job.chain.map((m) => m.request.model) : [job.request.model];
}
function chainJobs(job) {
  if (!job.chain) return [job];
  const { chain, ...base } = job;
  return chain.map((m) => ({ ...base, ...m }));
}
function chainKey(job) {
  return job.chain ? job.chain.map((m) => m.hash).join("+") : job.hash;
}

// ../packages/pipeline/src/model/credits.ts
function sumCredits(items) {
  return roundCredits(
    items.reduce((sum, x) => sum + (typeof x === "number" ? x : x.credits), 0)
  );
}

// ../packages/pipeline/src/diff/plan-diff.ts
async function diffPlans(base, head, options = {}) {
  const before = new Map(base.jobs.map((j) => [j.name, j]));
  const baseHashes = new Set(base.jobs.map(chainKey));
  const isMade = async (job) => baseHashes.has(chainKey(job)) || options.cache !== void 0 && (await Promise.all(chainJobs(job).map((j) => options.cache?.get(j.hash)))).some(
    (hit) => hit !== void 0
  );
  const entries = [];
  for (const job of head.jobs) {
    const old = before.get(job.name);
    before.delete(job.name);
    const status = !old ? "added" : chainKey(old) === chainKey(job) ? "unchanged" : "changed";
    entries.push({
      name: job.name,
      status,
      source: job.source,
      ...old ? { baseCredits: old.credits } : {},
      credits: job.credits,
      delta: sumCredits([job.credits, -(old?.credits ?? 0)]),
      changes: old && status === "changed" ? changedFields(old, job) : [],
      hash: job.hash,
      cached: await isMade(job)
    });
  }
  for (const old of before.values()) {
    entries.push({
      name: old.name,
      status: "removed",
      source: old.source,
      baseCredits: old.credits,
      delta: -old.credits,
      changes: [],
      hash: old.hash,
      cached: true
    });
  }
  entries.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const e of entries) counts[e.status]++;
  const baseTotal = sumCredits(base.jobs.map((j) => j.credits));
  const headTotal = sumCredits(head.jobs.map((j) => j.credits));
  return {
    entries,
    counts,
    delta: sumCredits([headTotal, -baseTotal]),
    toGenerate: sumCredits(
      entries.filter((e) => (e.status === "added" || e.status === "changed") && !e.cached).map((e) => e.credits ?? 0)
    ),
    base: { totalCredits: baseTotal },
    head: { totalCredits: headTotal },
    problems: head.problems
  };
}
var order = { added: 0, changed: 1, removed: 2, unchanged: 3 };
function changedFields(a, b) {
  const ra = a.request;
  const rb = b.request;
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(ra), ...Object.keys(rb)])];
  const changed = keys.filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k]));
  if (chainModels(a).slice(1).join() !== chainModels(b).slice(1).join()) changed.push("fallbacks");
  return changed.sort(
    (x, y) => Number(y === "prompt") - Number(x === "prompt") || x.localeCompare(y)
  );
}

// ../packages/pipeline/src/model/outcome.ts
var outcomes = [
  "completed",
  "cached",
  "suspect",
  "planned",
  "failed",
  "invalid",
  "budget",
  "cancelled"
];
function isDelivered(r) {
  return (r.status === "completed" || r.status === "cached") && r.path !== void 0;
}
function isResumable(r) {
  return r.status === "cancelled" && r.taskId !== void 0;
}
function countOutcomes(results) {
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0]));
  for (const r of results) counts[r.status] += 1;
  return counts;
}

// ../packages/pipeline/src/plan/params-text.ts
var import_yaml3 = __toESM(require_dist(), 1);

// ../packages/pipeline/src/plan/read-params.ts
var import_yaml2 = __toESM(require_dist(), 1);

// ../packages/pipeline/src/plan/video-entry.ts
var settingKeys = [
  "model",
  "duration",
  "aspect_ratio",
  "quality",
  "remove_watermark",
  "image",
  "fallbacks"
];
var storyboardFields = ["shots", "storyboard"];
var paramAliases = {
  duration: "duration",
  aspect_ratio: "aspect_ratio",
  quality: "quality",
  remove_watermark: "remove_watermark",
  image: "image_urls"
};
var frontMatterKeys = [
  ...settingKeys,
  "params",
  "output",
  "vars",
  ...storyboardFields
];
var manifestVideoKeys = [
  ...settingKeys,
  "params",
  "output",
  "vars",
  "prompt",
  ...storyboardFields
];
var manifestDefaultsKeys = [...settingKeys, "params", "vars"];
var manifestKeys = ["defaults", "videos"];

// ../packages/pipeline/src/plan/yaml-fields.ts
var import_yaml = __toESM(require_dist(), 1);
function locator(lineCounter, lineOffset = 0) {
  return (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
}
function nodeStart(node, locate, fallback) {
  return (0, import_yaml.isNode)(node) && node.range ? locate(node.range[0]) : fallback;
}
function readFields(map, options) {
  const fields = /* @__PURE__ */ new Map();
  const problems = [];
  const start = nodeStart(map, options.locate, { line: 1, column: 1 });
  const { doc } = options;
  const resolve = (node) => doc && (0, import_yaml.isAlias)(node) ? node.resolve(doc) ?? node : node;
  const pairs = [];
  const merged = [];
  for (const pair of map.items) {
    const keyNode = pair.key;
    if (doc && (0, import_yaml.isScalar)(keyNode) && keyNode.value === "<<") {
      const source = resolve(pair.value);
      const sources = (0, import_yaml.isSeq)(source) ? source.items.map(resolve) : [source];
      if (sources.every(import_yaml.isMap)) {
        for (const m of sources) merged.push(...m.items);
        continue;
      }
    }
    pairs.push(pair);
  }
  const own = new Set(pairs.map((p) => (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)));
  for (const pair of [
    ...pairs,
    ...merged.filter((p) => !own.has(String((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key)))
  ]) {
    const keyNode = pair.key;
    const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyPos = nodeStart(keyNode, options.locate, start);
    const valueNode = resolve(pair.value);
    const at = nodeStart(pair.value, options.locate, keyPos);
    if (options.known !== "any" && !options.known.includes(key)) {
      const suggestion = didYouMean(key, options.known);
      problems.push({
        file: options.file,
        ...keyPos,
        field: key,
        message: `unknown key in the ${options.where}`,
        fix: suggestion ? `did you mean \`${suggestion}\`?` : `remove it; known keys: ${options.known.join(", ")}`
      });
      continue;
    }
    let value;
    try {
      value = (0, import_yaml.isNode)(valueNode) ? doc ? valueNode.toJS(doc, { maxAliasCount: 100 }) : valueNode.toJSON() : valueNode;
    } catch (error) {
      problems.push({
        file: options.file,
        ...at,
        field: key,
        message: `\`${key}\` cannot be read: ${yamlLimitMessage(error)}`,
        fix: "write the value out instead of repeating aliases (`*name`) inside each other"
      });
      continue;
    }
    fields.set(key, { value, node: valueNode, at });
  }
  return { fields, problems };
}
function readVars(located, options) {
  const vars = {};
  const problems = [];
  if (!located || located.value == null) return { vars, problems };
  if (!(0, import_yaml.isMap)(located.node)) {
    problems.push({
      file: options.file,
      ...located.at,
      field: "vars",
      message: "vars must be a mapping of names to values",
      fix: "write it as `vars:` followed by indented `name: value` lines"
    });
    return { vars, problems };
  }
  for (const pair of located.node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = (0, import_yaml.isNode)(pair.value) ? pair.value.toJSON() : pair.value;
    if (value !== null && typeof value === "object") {
      problems.push({
        file: options.file,
        ...nodeStart(pair.value, options.locate, located.at),
        field: `vars.${key}`,
        message: "a variable must be a single value, not a list or mapping",
        fix: "give it a string, number or boolean"
      });
      continue;
    }
    vars[key] = value == null ? "" : String(value);
  }
  return { vars, problems };
}
function yamlMessage(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?\s*$/, "");
}
function yamlFix(error) {
  return error.code === "TAB_AS_INDENT" ? "YAML does not allow tabs in indentation: indent with spaces instead" : "correct the YAML syntax (quote values that contain `:` or `#`)";
}
function yamlLimitMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) {
    return 'its aliases expand to more than 100 copies (a YAML "billion laughs" document)';
  }
  return `the YAML library refused it (${message.split("\n")[0]?.slice(0, 200)})`;
}

// ../packages/pipeline/src/plan/read-params.ts
var notParams = {
  model: "set the model outside `params`, as `model:`",
  prompt: "write the prompt as the file body (a prompt file) or as `prompt:` (a manifest video)",
  callback_url: "remove it: Clipwright follows its tasks itself and never sends `callback_url`",
  image: "write it as `image:` outside `params`, or as `image_urls:` (a list) inside",
  fallbacks: "move `fallbacks:` out of `params`",
  output: "move `output:` out of `params`",
  vars: "move `vars:` out of `params`"
};
function readParams(fields, options) {
  const located = fields.get("params");
  if (!located || located.value == null) return { problems: [] };
  const { file } = options;
  if (!(0, import_yaml2.isMap)(located.node)) {
    return {
      problems: [
        {
          file,
          ...located.at,
          field: "params",
          message: "params must be a mapping of the model\u2019s request fields to values",
          fix: "write `params:` followed by indented `field: value` lines, e.g. `seed: 42`"
        }
      ]
    };
  }
  const read = readFields(located.node, {
    file,
    locate: options.locate,
    known: "any",
    where: `${options.where} params`,
    ...options.doc && { doc: options.doc }
  });
  const problems = [...read.problems];
  const params = /* @__PURE__ */ new Map();
  for (const [key, value] of read.fields) {
    const elsewhere = notParams[key];
    const alias = aliasOf(key);
    const top = alias ? fields.get(alias) : void 0;
    if (elsewhere) {
      problems.push({
        file,
        ...value.at,
        field: `params.${key}`,
        message: `\`${key}\` is not a request parameter of the model`,
        fix: elsewhere
      });
    } else if (alias && top && top.value != null) {
      problems.push({
        file,
        ...value.at,
        field: `params.${key}`,
        message: `\`${key}\` is given twice: as \`${alias}:\` (line ${top.at.line}) and as \`params.${key}\``,
        fix: `keep one: remove \`${key}\` from \`params\`, or the \`${alias}:\` line`
      });
    } else {
      params.set(key, value);
    }
  }
  return { params, problems };
}
function aliasOf(field) {
  return Object.keys(paramAliases).find((k) => paramAliases[k] === field);
}

// ../packages/pipeline/src/plan/params-text.ts
function parseParamsText(text, named = {}) {
  if (text.trim() === "") return { params: {} };
  const doc = (0, import_yaml3.parseDocument)(text, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) return { error: `not valid YAML or JSON (${first.message.split("\n")[0]})` };
  if (doc.contents == null) return { params: {} };
  if (!(0, import_yaml3.isMap)(doc.contents))
    return { error: "must be a mapping of request fields to values, e.g. `seed: 42`" };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { error: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const params = value;
  for (const key of Object.keys(params)) {
    const refused = callerParamProblem(key, named, "in `params` and as its own input");
    if (refused) return { error: refused };
  }
  return { params };
}
function callerParamProblem(key, named, twice) {
  const elsewhere = notParams[key];
  if (elsewhere) return `\`${key}\` is not a request parameter of the model: ${elsewhere}`;
  const alias = aliasOf(key);
  if (alias && named[alias] !== void 0)
    return `\`${key}\` is given twice, ${twice}: keep one`;
  return void 0;
}

// ../packages/pipeline/src/plan/shard.ts
function parseShard(shard) {
  const parsed = typeof shard === "string" ? (() => {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
    return m ? { index: Number(m[1]), total: Number(m[2]) } : void 0;
  })() : shard;
  if (!parsed || !Number.isSafeInteger(parsed.index) || !Number.isSafeInteger(parsed.total) || parsed.total < 1 || parsed.index < 1 || parsed.index > parsed.total) {
    throw new RangeError(
      `invalid shard ${JSON.stringify(shard)}: write k/n with 1 <= k <= n, e.g. "1/3"`
    );
  }
  return parsed;
}
function inShard(hash, shard) {
  const bucket = Number.parseInt(hash.slice(0, 12), 16) % shard.total;
  return bucket === shard.index - 1;
}

// ../packages/pipeline/src/media/assemble-storyboard.ts
import { createHash as createHash2 } from "node:crypto";
import { copyFile, mkdtemp, rm as rm3, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path8 from "node:path";

// ../node_modules/.pnpm/canonicalize@5.1.0/node_modules/canonicalize/lib/canonicalize.js
function serializeString(value) {
  if (!value.isWellFormed()) {
    throw new Error("Lone surrogate is not allowed");
  }
  return JSON.stringify(value);
}
function serializePrimitive(value) {
  switch (typeof value) {
    case "number":
      if (isNaN(value)) {
        throw new Error("NaN is not allowed");
      }
      if (!isFinite(value)) {
        throw new Error("Infinity is not allowed");
      }
      return JSON.stringify(value);
    case "string":
      return serializeString(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return JSON.stringify(value);
  }
}
function enterValue(value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === "object" && typeof value.toJSON === "function") {
    if (seen.has(value)) {
      throw new Error("Circular reference detected");
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }
  if (value === null || typeof value !== "object") {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }
  if (seen.has(value)) {
    throw new Error("Circular reference detected");
  }
  seen.add(value);
  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}
function canonicalize(object) {
  if (object === null || typeof object !== "object") {
    return serializePrimitive(object);
  }
  const seen = /* @__PURE__ */ new Set();
  const root = enterValue(object, seen);
  if (typeof root !== "object") {
    return root;
  }
  let result = root.keys === null ? "[" : "{";
  const stack = [root];
  outer:
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const container = frame.container;
      if (frame.keys === null) {
        while (frame.index < container.length) {
          const i = frame.index++;
          if (i > 0) {
            result += ",";
          }
          const element = container[i];
          const value = element === void 0 || typeof element === "symbol" || typeof element === "function" ? null : element;
          if (value === null || typeof value !== "object") {
            result += serializePrimitive(value);
            continue;
          }
          const child = enterValue(value, seen);
          if (typeof child !== "object") {
            result += child === void 0 ? "null" : child;
            continue;
          }
          result += child.keys === null ? "[" : "{";
          stack.push(child);
          continue outer;
        }
        result += "]";
      } else {
        const keys = frame.keys;
        while (frame.index < keys.length) {
          const key = keys[frame.index++];
          const value = container[key];
          if (value === void 0 || typeof value === "symbol" || typeof value === "function") {
            continue;
          }
          if (value === null || typeof value !== "object") {
            if (frame.first) {
              frame.first = false;
            } else {
              result += ",";
            }
            result += serializeString(key) + ":" + serializePrimitive(value);
            continue;
          }
          const child = enterValue(value, seen);
          if (child === void 0) {
            continue;
          }
          if (frame.first) {
            frame.first = false;
          } else {
            result += ",";
          }
          result += serializeString(key) + ":";
          if (typeof child !== "object") {
            result += child;
            continue;
          }
          result += child.keys === null ? "[" : "{";
          stack.push(child);
          continue outer;
        }
        result += "}";
      }
      seen.delete(container);
      if (frame.wrappers !== null) {
        for (const wrapper of frame.wrappers) seen.delete(wrapper);
      }
      stack.pop();
    }
  return result;
}

// ../packages/pipeline/src/media/card-font.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// ../packages/pipeline/src/media/media-error.ts
var MediaError = class extends Error {
  name = "MediaError";
  code;
  /** The program's standard error, cut to its limit (empty when it never ran). */
  stderr;
  constructor(code, message, stderr = "") {
    super(message);
    this.code = code;
    this.stderr = stderr;
  }
};
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function plainText(text) {
  return text.replace(CONTROL, "?");
}
function firstLine(error) {
  const stderr = String(error.stderr ?? "").trim();
  const text = stderr || error.message || String(error);
  return plainText(text.split("\n").find((line) => line.trim() !== "") ?? "");
}

// ../packages/pipeline/src/media/card-font.ts
var CARD_FONT_NAME = "DejaVuSans.ttf";
var BUNDLED = [`./fonts/${CARD_FONT_NAME}`, `../fonts/${CARD_FONT_NAME}`];
function cardFontPath(base = import.meta.url) {
  for (const candidate of BUNDLED) {
    const file = fileURLToPath(new URL(candidate, base));
    if (existsSync(file)) return file;
  }
  try {
    return fileURLToPath(import.meta.resolve(`dejavu-fonts-ttf/ttf/${CARD_FONT_NAME}`));
  } catch {
    throw new MediaError(
      "missing",
      `the card font ${CARD_FONT_NAME} is neither beside the code (fonts/) nor resolvable from dejavu-fonts-ttf: reinstall, or pass fontFile`
    );
  }
}

// ../packages/pipeline/src/media/run-ffmpeg.ts
import { lstat } from "node:fs/promises";
import path7 from "node:path";

// ../packages/pipeline/src/media/program-runner.ts
import { spawn } from "node:child_process";
var realTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle)
};
function realProgramRunner(env = process.env, timers = realTimers) {
  return (program, args, bounds) => new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env,
      cwd: bounds.cwd,
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    let killedFor;
    const kill = (why) => {
      killedFor ??= why;
      child.kill("SIGKILL");
    };
    const timer = timers.setTimeout(() => kill("timeout"), bounds.timeoutMs);
    const stdout = capped(child.stdout, bounds.maxOutputBytes, () => kill("output_limit"));
    const stderr = capped(child.stderr, bounds.maxOutputBytes, () => kill("output_limit"));
    child.on("error", (error) => {
      timers.clearTimeout(timer);
      reject(
        error.code === "ENOENT" ? new MediaError("missing", `${program} is not on the PATH (install ffmpeg)`) : new MediaError("failed", `${program} could not start: ${error.message}`)
      );
    });
    child.on("close", (code, signal) => {
      timers.clearTimeout(timer);
      const err = stderr().toString("utf8");
      const failure = outcome(program, bounds, killedFor, code, signal, err);
      if (failure) reject(failure);
      else resolve({ stdout: stdout(), stderr: err });
    });
  });
}
function capped(stream, max, over) {
  const chunks = [];
  let seen = 0;
  stream.on("data", (chunk) => {
    const room = max - seen;
    if (room > 0) chunks.push(chunk.subarray(0, room));
    seen += chunk.length;
    if (seen > max) over();
  });
  return () => Buffer.concat(chunks);
}
function outcome(program, bounds, killedFor, code, signal, stderr) {
  if (killedFor === "timeout") {
    const message = `${program} ran past its limit of ${bounds.timeoutMs} ms and was stopped`;
    return new MediaError("timeout", message, stderr);
  }
  if (killedFor === "output_limit") {
    const message = `${program} wrote more than ${bounds.maxOutputBytes} bytes and was stopped`;
    return new MediaError("output_limit", message, stderr);
  }
  if (code === 0) return void 0;
  const line = plainText(stderr.trim().split("\n").at(-1) ?? "");
  const why = `${program} failed (${signal ?? `exit ${code}`})${line ? `: ${line}` : ""}`;
  return new MediaError("failed", why, stderr);
}

// ../packages/pipeline/src/media/run-ffmpeg.ts
var DEFAULT_LIMITS = {
  timeoutMs: 6e4,
  threads: 1,
  maxPixels: 4096 * 2160,
  maxAllocBytes: 128 * 1024 * 1024,
  maxOutputBytes: 4 * 1024 * 1024
};
function resolveLimits(options = {}) {
  const limits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    threads: options.threads ?? DEFAULT_LIMITS.threads,
    maxPixels: options.maxPixels ?? DEFAULT_LIMITS.maxPixels,
    maxAllocBytes: options.maxAllocBytes ?? DEFAULT_LIMITS.maxAllocBytes,
    maxOutputBytes: options.maxOutputBytes ?? DEFAULT_LIMITS.maxOutputBytes
  };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new MediaError("refused", `media limit ${name} must be a positive whole number`);
    }
  }
  return limits;
}
function runnerOf(options) {
  return options.run ?? realProgramRunner();
}
function fileUrl(file) {
  return `file:${path7.resolve(file)}`;
}
async function assertRegularFile(file, what = file) {
  let isFile = false;
  try {
    isFile = (await lstat(file)).isFile();
  } catch (error) {
    throw new MediaError("refused", `${what} cannot be read: ${error.message}`);
  }
  if (!isFile) throw new MediaError("refused", `${what} is not a regular file, so it is not read`);
}
function ffmpegHead(limits, loglevel = "error") {
  return [
    "-hide_banner",
    "-nostdin",
    "-nostats",
    "-loglevel",
    loglevel,
    "-max_alloc",
    String(limits.maxAllocBytes),
    "-filter_threads",
    String(limits.threads),
    "-filter_complex_threads",
    String(limits.threads)
  ];
}
function ffprobeHead(limits) {
  return ["-hide_banner", "-loglevel", "error", "-max_alloc", String(limits.maxAllocBytes)];
}
function mp4Input(file, limits) {
  return [
    "-protocol_whitelist",
    "file",
    "-f",
    "mov",
    "-enable_drefs",
    "0",
    "-threads",
    String(limits.threads),
    "-max_pixels",
    String(limits.maxPixels),
    "-i",
    fileUrl(file)
  ];
}
var AUDIO_DEMUXERS = {
  ".mp3": "mp3",
  ".m4a": "mov",
  ".mp4": "mov",
  ".aac": "aac",
  ".wav": "wav",
  ".flac": "flac",
  ".ogg": "ogg",
  ".opus": "ogg"
};
function audioInput(file, limits) {
  const demuxer = AUDIO_DEMUXERS[path7.extname(file).toLowerCase()];
  if (!demuxer) {
    throw new MediaError(
      "refused",
      `${file}: an audio track must be one of ${Object.keys(AUDIO_DEMUXERS).join(", ")}`
    );
  }
  return [
    "-protocol_whitelist",
    "file",
    "-f",
    demuxer,
    "-threads",
    String(limits.threads),
    "-i",
    fileUrl(file)
  ];
}

// ../packages/pipeline/src/media/probe-video.ts
async function probeVideo(file, options = {}) {
  const limits = resolveLimits(options);
  await assertRegularFile(file);
  const { stdout } = await runnerOf(options)("ffprobe", probeArgs(file, limits), {
    timeoutMs: limits.timeoutMs,
    maxOutputBytes: limits.maxOutputBytes
  });
  return parseProbe(stdout.toString("utf8"));
}
function probeArgs(file, limits) {
  return [
    ...ffprobeHead(limits),
    "-protocol_whitelist",
    "file",
    "-f",
    "mov",
    "-enable_drefs",
    "0",
    "-threads",
    String(limits.threads),
    "-skip_frame",
    "all",
    "-show_streams",
    "-show_format",
    "-of",
    "json",
    "-i",
    fileUrl(file)
  ];
}
var num = (value) => {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : void 0;
};
var ratio = (value) => {
  const m = typeof value === "string" ? /^(\d+):(\d+)$/.exec(value) : null;
  if (!m) return void 0;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > 0 && b > 0 ? a / b : void 0;
};
var rate = (value) => {
  const m = typeof value === "string" ? /^(\d+)\/(\d+)$/.exec(value) : null;
  if (!m) return void 0;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > 0 && b > 0 ? a / b : void 0;
};
function parseProbe(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new MediaError("failed", "ffprobe gave no readable answer");
  }
  const streams = Array.isArray(doc.streams) ? doc.streams : [];
  const format = doc.format ?? {};
  const v = streams.find((s2) => s2?.codec_type === "video" && num(s2.width) && num(s2.height));
  const a = streams.find((s2) => s2?.codec_type === "audio");
  let video;
  if (v) {
    const width = num(v.width) ?? 0;
    const height = num(v.height) ?? 0;
    const sar = ratio(v.sample_aspect_ratio) ?? 1;
    video = {
      codec: String(v.codec_name ?? "unknown"),
      width,
      height,
      displayWidth: Math.round(width * sar),
      displayHeight: height,
      frameRate: rate(v.avg_frame_rate) ?? rate(v.r_frame_rate),
      duration: num(v.duration)
    };
  }
  const audio = a ? {
    codec: String(a.codec_name ?? "unknown"),
    sampleRate: num(a.sample_rate),
    channels: num(a.channels),
    duration: num(a.duration)
  } : void 0;
  return { duration: num(format.duration) ?? video?.duration, video, audio };
}
var grouped = (n) => n.toLocaleString("en-US");
function refuseHugeVideo(probe, limits, name) {
  const v = probe.video;
  if (!v) return;
  const pixels = v.width * v.height;
  if (pixels > limits.maxPixels) {
    throw new MediaError(
      "refused",
      `${name} is ${v.width}x${v.height} (${grouped(pixels)} pixels a frame), more than the ${grouped(limits.maxPixels)} allowed: it is not decoded`
    );
  }
}

// ../packages/pipeline/src/media/storyboard-graph.ts
function planSegments(shots, s2) {
  if (shots.length === 0) throw new MediaError("refused", "storyboard: it has no shots");
  const segments = [];
  if (s2.titleCard)
    segments.push({
      kind: "title",
      card: s2.titleCard,
      frames: s2.titleCard.frames,
      hasAudio: false
    });
  shots.forEach((shot, index) => {
    const frames = Math.round(shot.duration * s2.fps);
    if (!(frames >= 1))
      throw new MediaError("refused", `storyboard: shot ${index + 1} has no frames`);
    segments.push({ kind: "shot", shot: index, frames, hasAudio: shot.hasAudio });
  });
  if (s2.endCard)
    segments.push({ kind: "end", card: s2.endCard, frames: s2.endCard.frames, hasAudio: false });
  const x = s2.crossfadeFrames;
  let start = 0;
  return segments.map((seg, i) => {
    const need = x * ((i > 0 ? 1 : 0) + (i < segments.length - 1 ? 1 : 0)) + 1;
    if (x > 0 && seg.frames < need) {
      const name = seg.kind === "shot" ? `shot ${(seg.shot ?? 0) + 1}` : `the ${seg.kind} card`;
      throw new MediaError(
        "refused",
        `storyboard: ${name} lasts ${seg.frames} frames, too short for crossfades of ${x} frames (needs ${need})`
      );
    }
    const placed = { ...seg, startFrame: start };
    start += seg.frames - x;
    return placed;
  });
}
function totalFrames(segments) {
  const last = segments.at(-1);
  return last ? last.startFrame + last.frames : 0;
}
var cardTextFile = (kind) => `${kind}-card.txt`;
var CARD_FONT_FILE = "card-font.ttf";
var SAMPLE_RATE = 48e3;
var AUDIO_FORMAT = `aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=stereo`;
var secs = (frames, fps) => (frames / fps).toFixed(6);
function videoChain(seg, s2) {
  const { width: w, height: h, fps } = s2;
  const tail = `trim=end_frame=${seg.frames},setpts=PTS-STARTPTS`;
  if (seg.card) {
    const c = seg.card;
    const lines = c.text.split("\n");
    const longest = Math.max(...lines.map((l) => [...l].length));
    const size = Math.max(
      8,
      Math.floor(Math.min(h / 10, 0.9 * w / (0.6 * longest), 0.8 * h / (1.3 * lines.length)))
    );
    const text = `drawtext=fontfile=${CARD_FONT_FILE}:textfile=${cardTextFile(seg.kind)}:expansion=none:fontcolor=${c.color}:fontsize=${size}:line_spacing=${Math.round(size * 0.3)}:x=(w-text_w)/2:y=(h-text_h)/2`;
    return `color=c=${c.background}:s=${w}x${h}:r=${fps},format=yuv420p,${text},setsar=1,${tail}`;
  }
  return `[${seg.shot}:v:0]setpts=PTS-STARTPTS,fps=${fps},scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,format=yuv420p,tpad=stop_mode=clone:stop=-1,${tail}`;
}
function audioChain(seg, input, s2) {
  const samples = seg.frames * SAMPLE_RATE / s2.fps;
  const tail = `atrim=end_sample=${samples},asetpts=PTS-STARTPTS`;
  if (input !== void 0) {
    return `[${input}:a:0]asetpts=PTS-STARTPTS,${AUDIO_FORMAT},apad,${tail}`;
  }
  return `anullsrc=r=${SAMPLE_RATE}:cl=stereo,${AUDIO_FORMAT},${tail}`;
}
function joinChains(segments, withAudio, s2) {
  const n = segments.length;
  if (n === 1) return ["[v0]null[vjoin]", ...withAudio ? ["[a0]anull[ajoin]"] : []];
  if (s2.crossfadeFrames === 0) {
    const ins = segments.map((_, i) => `[v${i}]${withAudio ? `[a${i}]` : ""}`).join("");
    return [`${ins}concat=n=${n}:v=1:a=${withAudio ? 1 : 0}[vjoin]${withAudio ? "[ajoin]" : ""}`];
  }
  const d = secs(s2.crossfadeFrames, s2.fps);
  const chains = [];
  for (let i = 1; i < n; i++) {
    const from = i === 1 ? "[v0]" : `[vx${i - 1}]`;
    const to = i === n - 1 ? "[vjoin]" : `[vx${i}]`;
    const offset = secs(segments[i]?.startFrame ?? 0, s2.fps);
    chains.push(`${from}[v${i}]xfade=transition=fade:duration=${d}:offset=${offset}${to}`);
    if (withAudio) {
      const aFrom = i === 1 ? "[a0]" : `[ax${i - 1}]`;
      const aTo = i === n - 1 ? "[ajoin]" : `[ax${i}]`;
      chains.push(`${aFrom}[a${i}]acrossfade=d=${d}:c1=tri:c2=tri${aTo}`);
    }
  }
  return chains;
}
function musicChain(index, frames, s2) {
  const audio = s2.audio;
  if (!audio) return "";
  const samples = frames * SAMPLE_RATE / s2.fps;
  const total = frames / s2.fps;
  const fade = Math.min(1, total / 4);
  return `[${index}:a:0]asetpts=PTS-STARTPTS,${AUDIO_FORMAT},volume=${audio.volume.toFixed(3)},apad,atrim=end_sample=${samples},asetpts=PTS-STARTPTS,afade=t=out:st=${(total - fade).toFixed(6)}:d=${fade.toFixed(6)}[music]`;
}
function storyboardGraph(segments, shotCount, s2) {
  const frames = totalFrames(segments);
  const shotSound = segments.some((seg) => seg.hasAudio);
  const music = s2.audio !== void 0;
  const keepShotSound = shotSound && !(music && s2.audio?.mode === "replace");
  const chains = segments.map((seg, i) => `${videoChain(seg, s2)}[v${i}]`);
  const soundInputs = [];
  if (keepShotSound) {
    for (const [i, seg] of segments.entries()) {
      const sounded = seg.kind === "shot" && seg.hasAudio && seg.shot !== void 0;
      if (sounded) soundInputs.push(seg.shot ?? 0);
      const input = sounded ? shotCount + soundInputs.length - 1 : void 0;
      chains.push(`${audioChain(seg, input, s2)}[a${i}]`);
    }
  }
  chains.push(...joinChains(segments, keepShotSound, s2));
  chains.push("[vjoin]null[vout]");
  if (music) chains.push(musicChain(shotCount + soundInputs.length, frames, s2));
  if (music && keepShotSound) {
    chains.push(
      "[ajoin][music]amix=inputs=2:duration=first:dropout_transition=0:normalize=0[aout]"
    );
  } else if (music) {
    chains.push("[music]anull[aout]");
  } else if (keepShotSound) {
    chains.push("[ajoin]anull[aout]");
  }
  return {
    graph: chains.join(";"),
    soundInputs,
    maps: keepShotSound || music ? ["[vout]", "[aout]"] : ["[vout]"]
  };
}

// ../packages/pipeline/src/media/storyboard-settings.ts
var bad = (message) => new MediaError("refused", `storyboard: ${message}`);
function wholeIn(name, value, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw bad(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
  }
  return value;
}
function colour(name, value) {
  if (!/^#[0-9a-fA-F]{6}$/.test(value))
    throw bad(`${name} must be a colour like #1a2b3c, not ${JSON.stringify(value)}`);
  return `0x${value.slice(1).toLowerCase()}`;
}
var CONTROL2 = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
function cardText(name, text) {
  const clean = text.replace(/\r\n?/g, "\n").replace(CONTROL2, "");
  const lines = clean.split("\n").map((line) => line.trim());
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  const joined = lines.join("\n");
  if (joined === "") throw bad(`${name}.text is empty`);
  if (lines.length > 6 || [...joined].length > 300) {
    throw bad(`${name}.text is longer than 6 lines or 300 characters`);
  }
  return joined;
}
function resolveCard(name, card, fps) {
  if (!card) return void 0;
  const seconds = card.seconds ?? 3;
  if (!(seconds > 0 && seconds <= 30))
    throw bad(`${name}.seconds must be more than 0 and at most 30`);
  return {
    text: cardText(name, card.text),
    frames: Math.max(1, Math.round(seconds * fps)),
    background: colour(`${name}.background`, card.background ?? "#000000"),
    color: colour(`${name}.color`, card.color ?? "#ffffff")
  };
}
function resolveStoryboard(settings, maxPixels) {
  const width = wholeIn("width", settings.width ?? 1280, 16, 4096);
  const height = wholeIn("height", settings.height ?? 720, 16, 4096);
  if (width % 2 || height % 2) throw bad(`width and height must be even, not ${width}x${height}`);
  if (width * height > maxPixels) throw bad(`${width}x${height} is more than ${maxPixels} pixels`);
  const fps = wholeIn("fps", settings.fps ?? 24, 1, 60);
  if (48e3 % fps !== 0) throw bad(`fps must divide 48000 (24, 25, 30, 48, 50 or 60), not ${fps}`);
  const t = settings.transition ?? { kind: "cut" };
  let crossfadeFrames = 0;
  if (t.kind === "crossfade") {
    crossfadeFrames = Math.round(t.seconds * fps);
    if (!(t.seconds > 0) || crossfadeFrames < 1)
      throw bad(`a crossfade must last at least one frame (1/${fps} s)`);
  } else if (t.kind !== "cut") {
    throw bad(
      `transition.kind must be cut or crossfade, not ${JSON.stringify(t.kind)}`
    );
  }
  const a = settings.audio;
  const volume = a?.volume ?? 1;
  if (a && !(volume >= 0 && volume <= 4)) throw bad("audio.volume must be from 0 to 4");
  if (a && a.mode !== void 0 && a.mode !== "replace" && a.mode !== "mix")
    throw bad("audio.mode must be replace or mix");
  return {
    width,
    height,
    fps,
    crossfadeFrames,
    titleCard: resolveCard("titleCard", settings.titleCard, fps),
    endCard: resolveCard("endCard", settings.endCard, fps),
    audio: a ? { path: a.path, mode: a.mode ?? "replace", volume } : void 0,
    quality: wholeIn("quality", settings.quality ?? 20, 0, 51)
  };
}

// ../packages/pipeline/src/media/assemble-storyboard.ts
var ENCODER = {
  id: "x264-veryfast-high-g2s-aac128k/1",
  threads: 2
};
async function assembleStoryboard(shotPaths, outPath, settings, options = {}) {
  const limits = resolveLimits(options);
  const s2 = resolveStoryboard(settings, limits.maxPixels);
  const maxShots = options.maxShots ?? 24;
  if (shotPaths.length > maxShots) {
    throw new MediaError(
      "refused",
      `storyboard: ${shotPaths.length} shots, more than the ${maxShots} one assembly takes`
    );
  }
  const probes = await probeShots(shotPaths, options);
  const segments = planSegments(
    probes.map((p) => ({ duration: p.video?.duration ?? p.duration ?? 0, hasAudio: !!p.audio })),
    s2
  );
  if (s2.audio) await assertRegularFile(s2.audio.path, `the sound track ${s2.audio.path}`);
  const { graph, maps, soundInputs } = storyboardGraph(segments, shotPaths.length, s2);
  const frames = totalFrames(segments);
  const work = await mkdtemp(path8.join(options.tempDir ?? tmpdir(), "clipwright-assemble-"));
  try {
    await writeCards(work, s2, () => options.fontFile ?? cardFontPath());
    const args = [
      ...ffmpegHead(limits),
      ...shotPaths.flatMap((shot) => mp4Input(shot, limits)),
      ...soundInputs.flatMap((i) => mp4Input(shotPaths[i] ?? "", limits)),
      ...s2.audio ? audioInput(s2.audio.path, limits) : [],
      "-filter_complex",
      graph,
      ...maps.flatMap((label) => ["-map", label]),
      ...encoderArgs(s2, maps.length > 1),
      fileUrl(outPath)
    ];
    await runnerOf(options)("ffmpeg", args, {
      timeoutMs: options.timeoutMs ?? 6e4 + Math.ceil(1e4 * frames / s2.fps),
      maxOutputBytes: limits.maxOutputBytes,
      cwd: work
    });
  } finally {
    await rm3(work, { recursive: true, force: true });
  }
  return resultOf(segments, s2, maps.length > 1);
}
async function probeShots(shotPaths, options) {
  const limits = resolveLimits(options);
  const probes = [];
  for (const [i, shot] of shotPaths.entries()) {
    const name = `shot ${i + 1} (${shot})`;
    await assertRegularFile(shot, name);
    const probe = options.probes?.[i] ?? await probeVideo(shot, options);
    if (!probe.video) throw new MediaError("refused", `${name} has no video stream`);
    refuseHugeVideo(probe, limits, name);
    probes.push(probe);
  }
  return probes;
}
async function writeCards(work, s2, font) {
  if (!s2.titleCard && !s2.endCard) return;
  await copyFile(font(), path8.join(work, CARD_FONT_FILE));
  if (s2.titleCard) await writeFile(path8.join(work, cardTextFile("title")), s2.titleCard.text);
  if (s2.endCard) await writeFile(path8.join(work, cardTextFile("end")), s2.endCard.text);
}
function encoderArgs(s2, withAudio) {
  return [
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-profile:v",
    "high",
    "-crf",
    String(s2.quality),
    "-pix_fmt",
    "yuv420p",
    "-g",
    String(2 * s2.fps),
    "-threads",
    String(ENCODER.threads),
    "-flags:v",
    "+bitexact",
    ...withAudio ? ["-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2", "-flags:a", "+bitexact"] : [],
    "-map_metadata",
    "-1",
    "-map_chapters",
    "-1",
    "-fflags",
    "+bitexact",
    "-movflags",
    "+faststart",
    "-f",
    "mp4",
    "-y"
  ];
}
function resultOf(segments, s2, hasAudio) {
  const sec = (frames) => frames / s2.fps;
  return {
    duration: sec(totalFrames(segments)),
    width: s2.width,
    height: s2.height,
    hasAudio,
    segments: segments.map((seg) => ({
      kind: seg.kind,
      ...seg.shot !== void 0 ? { shot: seg.shot } : {},
      start: sec(seg.startFrame),
      duration: sec(seg.frames)
    }))
  };
}
function assemblyHash(shotsSha256, settings, inputs = {}) {
  const s2 = resolveStoryboard(settings, Number.MAX_SAFE_INTEGER);
  if (s2.audio && !inputs.audioSha256) {
    throw new MediaError("refused", "assemblyHash: the sound track needs its audioSha256");
  }
  const doc = {
    format: "clipwright-storyboard/1",
    encoder: ENCODER,
    shots: [...shotsSha256],
    settings: {
      ...s2,
      audio: s2.audio ? { ...s2.audio, path: void 0, sha256: inputs.audioSha256 } : null
    },
    font: inputs.fontSha256 ?? "dejavu-fonts-ttf/DejaVuSans",
    ffmpeg: inputs.ffmpegVersion ?? null
  };
  return createHash2("sha256").update(canonicalize(doc) ?? "").digest("hex");
}

// ../packages/pipeline/src/media/check-cache.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { closeSync as closeSync3, constants as constants3, fstatSync as fstatSync2, openSync as openSync3, readSync as readSync2 } from "node:fs";
import { mkdir as mkdir2, rename as rename2, rm as rm4, writeFile as writeFile2 } from "node:fs/promises";
import path9 from "node:path";
var MAX_ENTRY_BYTES = 64 * 1024;
var sha256Pattern = /^[0-9a-f]{64}$/;
function folderCheckCache(dir) {
  const entry = (sha256) => {
    if (!sha256Pattern.test(sha256)) throw new RangeError(`not a sha256: ${sha256}`);
    return path9.join(dir, `${sha256}.check.json`);
  };
  return {
    async get(sha256) {
      const text = readRegularFile(entry(sha256));
      if (text === void 0) return void 0;
      try {
        return JSON.parse(text);
      } catch {
        return void 0;
      }
    },
    async set(sha256, value) {
      const dest = entry(sha256);
      const temp = path9.join(dir, `.${path9.basename(dest)}.${randomUUID2()}.tmp`);
      try {
        await mkdir2(dir, { recursive: true });
        await writeFile2(temp, `${JSON.stringify(value)}
`, { flag: "wx" });
        await rm4(dest, { force: true, recursive: false });
        await rename2(temp, dest);
      } catch {
        await rm4(temp, { force: true });
      }
    }
  };
}
function readRegularFile(file) {
  let fd;
  try {
    fd = openSync3(file, constants3.O_RDONLY | constants3.O_NOFOLLOW | constants3.O_NONBLOCK);
  } catch {
    return void 0;
  }
  try {
    const info = fstatSync2(fd);
    if (!info.isFile() || info.size > MAX_ENTRY_BYTES) return void 0;
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync2(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return void 0;
  } finally {
    closeSync3(fd);
  }
}
var noCheckCache = {
  get: async () => void 0,
  set: async () => {
  }
};

// ../packages/pipeline/src/media/check-delivery.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream } from "node:fs";

// ../packages/pipeline/src/media/make-poster.ts
function fitSize(w, h, maxSide) {
  const scale = Math.min(1, maxSide / Math.max(w, h));
  const even = (n) => Math.max(2, 2 * Math.round(n * scale / 2));
  return { width: even(w), height: even(h) };
}
async function makePoster(videoPath, outPath, options = {}) {
  const limits = resolveLimits(options);
  await assertRegularFile(videoPath);
  const probe = options.probe ?? await probeVideo(videoPath, options);
  const v = probe.video;
  if (!v) throw new MediaError("refused", `${videoPath} has no video stream`);
  refuseHugeVideo(probe, limits, videoPath);
  const maxSide = options.maxSide ?? 640;
  const candidates = options.candidates ?? 48;
  if (!(Number.isInteger(maxSide) && maxSide >= 16 && Number.isInteger(candidates) && candidates >= 1)) {
    throw new MediaError(
      "refused",
      "poster: maxSide must be a whole number of at least 16, candidates at least 1"
    );
  }
  const size = fitSize(v.displayWidth, v.displayHeight, maxSide);
  const args = [
    ...ffmpegHead(limits),
    ...mp4Input(videoPath, limits),
    "-map",
    "0:v:0",
    "-vf",
    `scale=${size.width}:${size.height}:flags=bilinear,setsar=1,thumbnail=n=${candidates}`,
    "-an",
    "-sn",
    "-dn",
    "-frames:v",
    "1",
    "-q:v",
    "3",
    "-f",
    "mjpeg",
    "-y",
    fileUrl(outPath)
  ];
  await runnerOf(options)("ffmpeg", args, {
    timeoutMs: limits.timeoutMs,
    maxOutputBytes: limits.maxOutputBytes
  });
  return size;
}

// ../packages/pipeline/src/media/measure-video.ts
var DEFAULT_DETECT = {
  blackPixelThreshold: 0.1,
  blackMinSeconds: 0.5,
  freezeNoiseDb: -60,
  freezeMinSeconds: 2
};
var DETECT_SIDE = 160;
async function measureVideo(file, probe, detect, limits, options) {
  const v = probe.video;
  if (!v) throw new Error("measureVideo needs a video stream");
  const size = fitSize(v.displayWidth, v.displayHeight, DETECT_SIDE);
  const filters = `scale=${size.width}:${size.height}:flags=fast_bilinear,blackdetect=d=${detect.blackMinSeconds}:pix_th=${detect.blackPixelThreshold},freezedetect=n=${detect.freezeNoiseDb}dB:d=${detect.freezeMinSeconds}`;
  const args = [...ffmpegHead(limits, "info"), ...mp4Input(file, limits), "-map", "0:v:0"];
  args.push("-vf", filters);
  if (probe.audio) args.push("-map", "0:a:0", "-af", "volumedetect");
  else args.push("-an");
  args.push("-sn", "-dn", "-f", "null", "-");
  const { stderr } = await runnerOf(options)("ffmpeg", args, {
    timeoutMs: limits.timeoutMs,
    maxOutputBytes: limits.maxOutputBytes
  });
  return parseDetections(stderr, probe.duration ?? 0, probe.audio !== void 0);
}
function parseDetections(stderr, duration, hasAudio) {
  let blackSeconds = 0;
  let frozenSeconds = 0;
  let freezeStart;
  let audioMaxDb;
  const report = /^\[(?:Parsed_)?(blackdetect|freezedetect|volumedetect)(?:_\d+)? @ 0x[0-9a-f]+\] (.*)$/;
  for (const line of stderr.split(/\r?\n/)) {
    const m = report.exec(line);
    if (!m) continue;
    const [, filter, text = ""] = m;
    if (filter === "blackdetect") {
      const black = /black_start:\s*([\d.]+)\s+black_end:\s*([\d.]+)/.exec(text);
      const end = duration - Number(black?.[2]) < 0.1 ? duration : Number(black?.[2]);
      if (black) blackSeconds += Math.max(0, end - Number(black[1]));
    } else if (filter === "freezedetect") {
      const start = /freeze_start:\s*([\d.]+)/.exec(text);
      const end = /freeze_end:\s*([\d.]+)/.exec(text);
      if (start) freezeStart = Number(start[1]);
      if (end && freezeStart !== void 0) {
        frozenSeconds += Math.max(0, Number(end[1]) - freezeStart);
        freezeStart = void 0;
      }
    } else {
      const max = /max_volume:\s*(-?[\d.]+|-inf) dB/.exec(text);
      if (max) audioMaxDb = max[1] === "-inf" ? SILENCE_DB : Math.max(SILENCE_DB, Number(max[1]));
    }
  }
  if (freezeStart !== void 0) frozenSeconds += Math.max(0, duration - freezeStart);
  return {
    blackSeconds: round3(blackSeconds),
    frozenSeconds: round3(frozenSeconds),
    audioMaxDb: hasAudio ? audioMaxDb ?? SILENCE_DB : void 0
  };
}
var SILENCE_DB = -200;
var round3 = (n) => Math.round(n * 1e3) / 1e3;

// ../packages/pipeline/src/media/read-file-head.ts
import { closeSync as closeSync4, constants as constants4, openSync as openSync4, readSync as readSync3 } from "node:fs";
function readFileHead(file, length) {
  let fd;
  try {
    fd = openSync4(file, constants4.O_RDONLY | constants4.O_NOFOLLOW | constants4.O_NONBLOCK);
  } catch {
    return void 0;
  }
  try {
    const head = Buffer.alloc(length);
    return readSync3(fd, head, 0, length, 0) === length ? head : void 0;
  } catch {
    return void 0;
  } finally {
    closeSync4(fd);
  }
}

// ../packages/pipeline/src/media/delivery-facts.ts
var FACTS_VERSION = 1;
async function measureDelivery(file, detect, options) {
  const limits = resolveLimits(options);
  await assertRegularFile(file);
  const facts = {
    version: FACTS_VERSION,
    detect,
    audio: false,
    blackSeconds: 0,
    frozenSeconds: 0
  };
  if (!startsWithFtyp(file)) {
    return { ...facts, problem: { code: "not_mp4", message: "it does not start like an MP4" } };
  }
  let probe;
  try {
    probe = await probeVideo(file, options);
  } catch (error) {
    if (error.code !== "failed") throw error;
    return {
      ...facts,
      problem: { code: "not_mp4", message: `ffprobe cannot read it: ${error.message}` }
    };
  }
  const v = probe.video;
  Object.assign(facts, {
    ...probe.duration !== void 0 ? { duration: probe.duration } : {},
    audio: probe.audio !== void 0,
    ...v ? { video: pick2(v) } : {}
  });
  if (!v) return facts;
  try {
    refuseHugeVideo(probe, limits, "the video");
    const measures = await measureVideo(file, probe, detect, limits, options);
    facts.blackSeconds = measures.blackSeconds;
    facts.frozenSeconds = measures.frozenSeconds;
    if (measures.audioMaxDb !== void 0) facts.audioMaxDb = measures.audioMaxDb;
  } catch (error) {
    const code = error.code;
    if (code === "missing" || !(error instanceof MediaError)) throw error;
    facts.problem = {
      code: code === "refused" ? "too_large" : "unreadable",
      message: error.message
    };
  }
  return facts;
}
var pick2 = (v) => ({
  codec: v.codec,
  width: v.width,
  height: v.height,
  displayWidth: v.displayWidth,
  displayHeight: v.displayHeight
});
function startsWithFtyp(file) {
  return readFileHead(file, 8)?.toString("latin1", 4, 8) === "ftyp";
}
var isNum = (x) => typeof x === "number" && Number.isFinite(x);
function asCachedFacts(value, detect) {
  const f = value;
  if (!f || typeof f !== "object" || f.version !== FACTS_VERSION) return void 0;
  if (JSON.stringify(f.detect) !== JSON.stringify(detect)) return void 0;
  if (typeof f.audio !== "boolean" || !isNum(f.blackSeconds) || !isNum(f.frozenSeconds))
    return void 0;
  if (f.duration !== void 0 && !isNum(f.duration)) return void 0;
  if (f.audioMaxDb !== void 0 && !isNum(f.audioMaxDb)) return void 0;
  if (f.problem !== void 0) {
    const ok = ["not_mp4", "too_large", "unreadable"].includes(f.problem?.code) && typeof f.problem.message === "string";
    if (!ok) return void 0;
  }
  if (f.video !== void 0) {
    const v = f.video;
    const ok = v && typeof v.codec === "string" && [v.width, v.height, v.displayWidth, v.displayHeight].every(isNum);
    if (!ok) return void 0;
  }
  return f;
}

// ../packages/pipeline/src/media/check-delivery.ts
var DEFAULT_TOLERANCES = {
  durationSeconds: 0.5,
  durationRatio: 0.1,
  aspectRatio: 0.01,
  resolutionShare: 0.02,
  blackShare: 0.8,
  frozenShare: 0.8,
  silentBelowDb: -60
};
async function checkDelivery(videoPath, expect, options = {}) {
  const detect = { ...DEFAULT_DETECT, ...options.detect };
  const cache = options.cache ?? noCheckCache;
  const sha256 = options.cache ? options.sha256 ?? await sha256File(videoPath) : void 0;
  let facts = sha256 ? asCachedFacts(await cache.get(sha256), detect) : void 0;
  if (!facts) {
    facts = await measureDelivery(videoPath, detect, options);
    if (sha256 && facts.problem?.code !== "unreadable") await cache.set(sha256, facts);
  }
  const reasons = decideDelivery(facts, expect, { ...DEFAULT_TOLERANCES, ...options.tolerances });
  return reasons.length === 0 ? { ok: true, facts } : { ok: false, reasons, facts };
}
async function sha256File(file) {
  const hash = createHash3("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
var s = (n) => `${Math.round(n * 100) / 100} s`;
function decideDelivery(facts, expect, tol) {
  if (facts.problem?.code === "not_mp4") {
    return [{ code: "not_mp4", message: `not an MP4: ${facts.problem.message}` }];
  }
  const v = facts.video;
  if (!v) return [{ code: "no_video", message: "the MP4 has no video stream" }];
  const reasons = [];
  if (facts.problem) reasons.push({ code: facts.problem.code, message: facts.problem.message });
  reasons.push(...durationReasons(facts.duration, expect.duration, tol));
  reasons.push(...shapeReasons(v, expect, tol));
  reasons.push(...soundReasons(facts, expect, tol));
  if (!facts.problem) reasons.push(...stillReasons(facts, tol));
  return reasons;
}
function durationReasons(actual, asked, tol) {
  if (asked === void 0) return [];
  if (actual === void 0) return [{ code: "short", message: "the MP4 states no duration" }];
  const slack = Math.max(tol.durationSeconds, tol.durationRatio * asked);
  const within = `${s(asked)} was asked (within ${s(slack)})`;
  if (actual < asked - slack)
    return [{ code: "short", message: `it lasts ${s(actual)}; ${within}` }];
  if (actual > asked + slack)
    return [{ code: "long", message: `it lasts ${s(actual)}; ${within}` }];
  return [];
}
function aspectValue(aspect) {
  const m = /^(\d+)\s*[:x]\s*(\d+)$/.exec(aspect.trim());
  if (!m) return void 0;
  const [w, h] = [Number(m[1]), Number(m[2])];
  return w > 0 && h > 0 ? w / h : void 0;
}
function qualityShortSide(quality) {
  const q = quality.trim().toLowerCase();
  const named = { "2k": 1440, "4k": 2160 };
  if (Object.hasOwn(named, q)) return named[q];
  const m = /^(\d{3,4})p$/.exec(q);
  return m ? Number(m[1]) : void 0;
}
function shapeReasons(v, expect, tol) {
  const reasons = [];
  const size = `${v.displayWidth}x${v.displayHeight}`;
  const asked = expect.aspectRatio === void 0 ? void 0 : aspectValue(expect.aspectRatio);
  const actual = v.displayWidth / v.displayHeight;
  if (asked !== void 0 && Math.abs(actual / asked - 1) > tol.aspectRatio) {
    reasons.push({
      code: "aspect",
      message: `it is ${size} (${actual.toFixed(3)}); ${expect.aspectRatio} (${asked.toFixed(3)}) was asked`
    });
  }
  const side = expect.quality === void 0 ? void 0 : qualityShortSide(expect.quality);
  const short = Math.min(v.displayWidth, v.displayHeight);
  const slack = side === void 0 ? 0 : Math.max(2, tol.resolutionShare * side);
  if (side !== void 0 && Math.abs(short - side) > slack) {
    reasons.push({
      code: "resolution",
      message: `it is ${size} (short side ${short} px); ${expect.quality} (short side ${side} px, within ${Math.round(slack)} px) was asked`
    });
  }
  const want = expect.size;
  if (want && (want.width !== v.displayWidth || want.height !== v.displayHeight)) {
    reasons.push({
      code: "resolution",
      message: `it is ${size}; ${want.width}x${want.height} was asked`
    });
  }
  return reasons;
}
function soundReasons(facts, expect, tol) {
  if (expect.sound !== true) return [];
  if (!facts.audio) return [{ code: "silent", message: "sound was asked; it has no audio track" }];
  if (facts.audioMaxDb !== void 0 && facts.audioMaxDb < tol.silentBelowDb) {
    return [
      {
        code: "silent",
        message: `sound was asked; its audio track is silent (loudest ${facts.audioMaxDb} dB, below ${tol.silentBelowDb} dB)`
      }
    ];
  }
  return [];
}
function stillReasons(facts, tol) {
  const duration = facts.duration ?? 0;
  if (duration <= 0) return [];
  const share = (x) => `${Math.round(100 * x / duration)} %`;
  if (facts.blackSeconds > tol.blackShare * duration) {
    return [
      {
        code: "black",
        message: `${s(facts.blackSeconds)} of ${s(duration)} is black (${share(facts.blackSeconds)})`
      }
    ];
  }
  if (facts.frozenSeconds > tol.frozenShare * duration) {
    return [
      {
        code: "frozen",
        message: `${s(facts.frozenSeconds)} of ${s(duration)} is one unchanging picture (${share(facts.frozenSeconds)})`
      }
    ];
  }
  return [];
}

// ../packages/pipeline/src/media/media-tools.ts
var MEDIA_NEEDS = {
  poster: { filters: ["thumbnail"], encoders: [] },
  check: { filters: ["blackdetect", "freezedetect", "volumedetect"], encoders: [] },
  storyboard: {
    filters: ["xfade", "acrossfade", "drawtext", "tpad", "amix"],
    encoders: ["libx264", "aac"]
  }
};
var quick = { timeoutMs: 15e3, maxOutputBytes: 1024 * 1024 };
async function findMediaTools(tasks, run = realProgramRunner()) {
  const version = (await run("ffmpeg", ["-hide_banner", "-version"], quick)).stdout.toString(
    "utf8"
  );
  await run("ffprobe", ["-hide_banner", "-version"], quick);
  const listed = async (kind) => (await run("ffmpeg", ["-hide_banner", kind], quick)).stdout.toString("utf8").split("\n").map((line) => line.trim().split(/\s+/)[1] ?? "");
  const filters = new Set(await listed("-filters"));
  const encoders = new Set(await listed("-encoders"));
  const missing = /* @__PURE__ */ new Set();
  for (const task of tasks) {
    for (const f of MEDIA_NEEDS[task].filters) if (!filters.has(f)) missing.add(`the ${f} filter`);
    for (const e of MEDIA_NEEDS[task].encoders)
      if (!encoders.has(e)) missing.add(`the ${e} encoder`);
  }
  return { ffmpegVersion: version.split("\n")[0]?.trim() ?? "", missing: [...missing] };
}
async function requireMediaTools(tasks, run) {
  const tools = await findMediaTools(tasks, run);
  if (tools.missing.length > 0) {
    throw new MediaError(
      "missing",
      `ffmpeg lacks ${tools.missing.join(", ")} (${tools.ffmpegVersion}): install a full build (apt-get install ffmpeg, brew install ffmpeg)`
    );
  }
  return tools;
}

// ../packages/pipeline/src/model/problem.ts
function formatProblem(p) {
  const where = p.file ? `${p.file}:${p.line}:${p.column} ` : "";
  const field = p.field ? `${p.field}: ` : "";
  return `${where}${field}${p.message} (fix: ${p.fix})`;
}

// ../packages/pipeline/src/model/job-result.ts
function jobResult(job, patch) {
  const { model, prompt, ...parameters } = job.request;
  return {
    name: job.name,
    source: job.source.file,
    hash: job.hash,
    model,
    ...job.chain && { chain: chainModels(job) },
    parameters: sharedParameters(parameters),
    prompt,
    estimate: job.credits,
    credits: 0,
    ...patch
  };
}
function cachedResult(job, file) {
  if (job.chain) return jobResult(job, { status: "cached", ...file });
  const { model, prompt, ...parameters } = job.request;
  return {
    name: job.name,
    source: job.source.file,
    hash: job.hash,
    model,
    parameters: sharedParameters(parameters),
    prompt,
    estimate: job.credits,
    credits: 0,
    status: "cached",
    bytes: file.bytes,
    sha256: file.sha256,
    path: file.path
  };
}
function invalidResult(invalid) {
  return {
    name: invalid.name,
    source: invalid.source.file,
    hash: "",
    model: "",
    parameters: {},
    prompt: "",
    estimate: 0,
    credits: 0,
    status: "invalid",
    error: { code: "invalid", message: invalid.problems.map(formatProblem).join("\n") }
  };
}
var sharedParams = /* @__PURE__ */ new Map();
var MAX_SHARED = 256;
function sharedParameters(parameters) {
  const key = JSON.stringify(parameters);
  const kept = sharedParams.get(key);
  if (kept !== void 0) return kept;
  if (sharedParams.size >= MAX_SHARED) sharedParams.clear();
  sharedParams.set(key, parameters);
  return parameters;
}

// ../packages/pipeline/src/run/assemble-storyboards.ts
import path13 from "node:path";

// ../packages/pipeline/src/run/run-job.ts
import path12 from "node:path";

// ../packages/pipeline/src/run/create-task.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// ../packages/pipeline/src/run/error-of.ts
function errorOf(error) {
  if (error instanceof Error) {
    const specific = error instanceof ApiError ? error.apiCode : error instanceof TaskFailedError ? error.failureCode : void 0;
    const code = error.code;
    return {
      code: typeof specific === "string" && specific !== "" || typeof specific === "number" ? String(specific) : typeof code === "string" && code !== "" ? code : error.name,
      message: error.message
    };
  }
  return { code: "unknown_error", message: String(error) };
}

// ../packages/pipeline/src/run/server-credits.ts
var GATEWAY_UNITS_PER_CREDIT = 1e4;
var UNIT_SUSPICION = 100;
function readServerCredits(figure, job) {
  if (typeof figure !== "number" || !Number.isFinite(figure) || figure < 0) return {};
  const high = job.credits;
  if (figure <= UNIT_SUSPICION * high) return { credits: figure };
  const low = job.creditsLow ?? high;
  const inCredits = figure / GATEWAY_UNITS_PER_CREDIT;
  if (inCredits >= low * 0.99 - 1e-3 && inCredits <= high * 1.01 + 1e-3) {
    return {
      credits: inCredits,
      note: `${job.name}: the server reported ${figure}, read as 1/10,000-credit units (${inCredits} credits)`
    };
  }
  return {
    note: `${job.name}: the server reported ${figure} credits, more than ${UNIT_SUSPICION}x the published ${high}; not understood, the estimate is counted`
  };
}

// ../packages/pipeline/src/run/create-task.ts
function idempotencyKey(hash, attempt) {
  return `clipwright-${hash.slice(0, 40)}-${attempt}`;
}
function createTask2(job, ctx, options = {}) {
  return ctx.keyGate.run(() => createNow(job, ctx, options));
}
async function createNow(job, ctx, options) {
  const ready = await reserve(job, ctx);
  if ("refused" in ready) return ready;
  let reservation = ready.reservation;
  const { attempt, key } = keyFor(job.hash, ctx.journal.get(job.hash), ctx.regenerate);
  await ctx.journal.set({ hash: job.hash, name: job.name, attempt, key });
  const now = ctx.budget.priceOf(job.request.model, job.credits);
  if (!ctx.budget.grow(reservation, now)) {
    ctx.budget.settle(reservation, 0);
    return overBudget(now, ctx);
  }
  reservation = Math.max(reservation, now);
  let task;
  try {
    task = await createOnce(job, ready.request, key, ctx);
  } catch (error) {
    const failed = createFailed(error, job, reservation, ctx, options);
    if ("outcomeUnknown" in failed) {
      await ctx.journal.set({ hash: job.hash, name: job.name, attempt, key, outcome: "unknown" });
    }
    return failed;
  }
  ctx.keyGate.accept();
  const created = ctx.clock.now();
  await ctx.journal.set({ hash: job.hash, name: job.name, attempt, key, taskId: task.id, created });
  if (task.replayed) {
    ctx.budget.settle(reservation, 0);
    reservation = 0;
  } else {
    reservation = settleReserved(job, task, reservation, ctx);
  }
  ctx.emit({ type: "created", job, task });
  return { task, reservation };
}
async function reserve(job, ctx) {
  const stop = ctx.stopReason(job);
  if (stop)
    return {
      refused: stop.status,
      error: { code: stop.code, message: stop.message },
      ...stop.unavailable && { unavailable: true }
    };
  const credits = ctx.budget.priceOf(job.request.model, job.credits);
  if (!ctx.budget.reserve(credits)) return overBudget(credits, ctx);
  try {
    return { request: await ctx.images.requestFor(job), reservation: credits };
  } catch (error) {
    ctx.budget.settle(credits, 0);
    ctx.onFailure(error);
    return { refused: "failed", error: errorOf(error) };
  }
}
function overBudget(credits, ctx) {
  return {
    refused: "budget",
    error: {
      code: "budget",
      message: `needs ${credits} credits, more than the run's maxCredits (${ctx.budget.max}) has left`
    }
  };
}
function settleReserved(job, task, reservation, ctx) {
  const read = readServerCredits(task.usage?.credits_reserved, job);
  if (read.note) ctx.emit({ type: "notice", warning: true, message: read.note });
  if (read.credits === void 0) return reservation;
  ctx.budget.learn(job.request.model, job.credits, read.credits);
  ctx.budget.adjust(reservation, read.credits);
  return read.credits;
}
function createFailed(error, job, reservation, ctx, options) {
  const refused = error instanceof ApiError && error.status >= 400 && error.status < 500 && !error.outcomeUnknown && error.apiCode !== IDEMPOTENCY_CONFLICT;
  const unsent = (error instanceof ConnectionError || error instanceof TimeoutError) && !error.sent;
  const certain = refused || unsent;
  if (error instanceof ApiError && error.status !== 401 && error.status !== 403)
    ctx.keyGate.accept();
  ctx.budget.settle(reservation, certain ? 0 : reservation);
  const unavailable = refused && modelUnavailable(error);
  ctx.onFailure(error, job, { fallback: unavailable && options.fallback !== void 0 });
  return {
    refused: "failed",
    error: errorOf(error),
    ...certain ? {} : { credits: reservation, outcomeUnknown: true },
    ...unavailable && { unavailable: true }
  };
}
function keyFor(hash, entry, regenerate) {
  if (entry?.key && entry.taskId === void 0 && !entry.failure && !regenerate) {
    return { attempt: entry.attempt, key: entry.key };
  }
  const attempt = entry === void 0 ? 1 : entry.key === void 0 ? entry.attempt : entry.attempt + 1;
  const key = idempotencyKey(hash, attempt);
  return { attempt, key: regenerate ? `${key}-${randomUUID3()}` : key };
}
async function createOnce(job, request, key, ctx) {
  try {
    return await ctx.client().videos.create(request, { idempotencyKey: key });
  } catch (error) {
    const forgotten = error instanceof ApiError && error.apiCode === INVALID_IMAGE_URL && await ctx.images.forgetReused(job);
    if (!forgotten) throw error;
    const fresh = await ctx.images.requestFor(job).catch(() => void 0);
    if (!fresh) throw error;
    return ctx.client().videos.create(fresh, { idempotencyKey: key });
  }
}
var INVALID_IMAGE_URL = "invalid_image_url";

// ../packages/pipeline/src/run/finish-task.ts
import path10 from "node:path";

// ../packages/pipeline/src/run/download-progress.ts
var DOWNLOAD_PROGRESS_MS = 250;
function throttleDownloadProgress(emit, now, intervalMs = DOWNLOAD_PROGRESS_MS) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let last;
  const send = (progress) => {
    lastAt = now();
    last = progress;
    emit(progress);
  };
  return {
    /** One chunk's progress: passed on when it is the final one or the interval has passed. */
    report(progress) {
      const final = progress.total !== void 0 && progress.bytes >= progress.total;
      if (final || now() - lastAt >= intervalMs) send(progress);
    },
    /** The download is complete with `bytes`: its 100 % is reported unless it already was. */
    finish(bytes) {
      if (last?.bytes === bytes) return;
      send({ bytes, ...last?.total !== void 0 ? { total: last.total } : { total: bytes } });
    }
  };
}

// ../packages/pipeline/src/run/finish-task.ts
async function deliver(job, task, reservation, ctx) {
  const outPath = path10.join(ctx.outDir, job.output);
  const figure = task.usage?.credits_used ?? task.usage?.credits_reserved;
  const read = readServerCredits(figure, { name: job.name, credits: reservation || job.credits });
  const charged = reservation === 0 ? 0 : read.credits ?? reservation;
  ctx.budget.settle(reservation, charged);
  const temp = tempPath(ctx.tempDir, job.hash, "part");
  try {
    const progress = throttleDownloadProgress(
      (p) => ctx.emit({
        type: "downloaded",
        job,
        bytes: p.bytes,
        ...p.total !== void 0 && { total: p.total }
      }),
      () => ctx.clock.now()
    );
    const file = await ctx.client().download(task, temp, {
      signal: ctx.waitSignal,
      onProgress: progress.report
    });
    progress.finish(file.bytes);
    await placeFile(file.path, outPath, { within: ctx.outDir, fs: ctx.fs });
    try {
      await ctx.cache.put(job.hash, outPath);
    } catch (error) {
      ctx.emit({
        type: "notice",
        warning: true,
        message: `${job.output} is delivered, but keeping it in the cache failed: ${errorOf(error).message}`
      });
    }
    await ctx.journal.delete(job.hash);
    return jobResult(job, {
      taskId: task.id,
      status: "completed",
      credits: charged,
      bytes: file.bytes,
      sha256: file.sha256,
      path: job.output
    });
  } catch (error) {
    if (error instanceof LinkExpiredError) {
      const current = ctx.journal.get(job.hash);
      await ctx.journal.set({
        hash: job.hash,
        name: job.name,
        attempt: (current?.attempt ?? 1) + 1
      });
    }
    if (!isAbort(error)) ctx.onFailure(error);
    return jobResult(job, {
      taskId: task.id,
      status: isAbort(error) ? "cancelled" : "failed",
      credits: charged,
      error: errorOf(error)
    });
  } finally {
    await ctx.fs.rm(temp, { force: true });
  }
}
async function waitFailed(error, job, taskId, reserved, ctx) {
  if (error instanceof TaskFailedError) {
    ctx.budget.settle(reserved, 0);
    const current = ctx.journal.get(job.hash) ?? { hash: job.hash, name: job.name, attempt: 1 };
    const message = error.task.error?.message ?? error.message;
    await ctx.journal.set(
      error.retryable ? (
        // Transient: the next run creates a new task, under a new key.
        { hash: job.hash, name: job.name, attempt: current.attempt + 1 }
      ) : {
        ...current,
        failure: { code: error.failureCode, message, taskId: error.taskId }
      }
    );
    ctx.onFailure(error);
    return jobResult(job, {
      taskId,
      status: "failed",
      error: { code: error.failureCode, message }
    });
  }
  ctx.budget.settle(reserved, reserved);
  if (isAbort(error)) {
    return jobResult(job, {
      taskId,
      status: "cancelled",
      credits: reserved,
      error: {
        code: "cancelled",
        message: `stopped waiting for task ${taskId}; run again within 24 h to resume it`
      }
    });
  }
  ctx.onFailure(error);
  return jobResult(job, {
    taskId,
    status: "failed",
    credits: reserved,
    error: {
      code: error instanceof WaitTimeoutError ? "wait_timeout" : errorOf(error).code,
      message: `${errorOf(error).message}; run again within 24 h to resume task ${taskId}`
    }
  });
}
function isAbort(error) {
  return error instanceof AbortError || error instanceof Error && error.name === "AbortError";
}

// ../packages/pipeline/src/run/journal.ts
import { readFile } from "node:fs/promises";
import path11 from "node:path";
var RESUME_WINDOW_MS = 24 * 60 * 60 * 1e3;
var Journal = class _Journal {
  file;
  entries;
  /** Uploaded images by `<files origin> <sha256>`: kept in the same file, so whatever keeps the journal (the Actions cache) keeps them too. */
  uploads;
  writing = Promise.resolve();
  write;
  constructor(file, entries, uploads, write) {
    this.file = file;
    this.entries = entries;
    this.uploads = uploads;
    this.write = write;
  }
  /** `write`: how the journal is written (`redact` keeps the key out, `fs`). Default: as is. */
  static async open(stateDir, write = {}) {
    const file = path11.join(stateDir, "journal.json");
    const entries = /* @__PURE__ */ new Map();
    const uploads = /* @__PURE__ */ new Map();
    try {
      const data = JSON.parse(await readFile(file, "utf8"));
      for (const [hash, entry] of Object.entries(data.entries ?? {})) entries.set(hash, entry);
      for (const [key, record] of Object.entries(data.uploads ?? {})) {
        if (typeof record?.url === "string" && typeof record.expiresAt === "number")
          uploads.set(key, record);
      }
    } catch (error) {
      if (error.code !== "ENOENT") {
        throw new Error(
          `cannot read the journal ${file}: ${error.message}; move it away to start afresh`
        );
      }
    }
    return new _Journal(file, entries, uploads, write);
  }
  get(hash) {
    return this.entries.get(hash);
  }
  /** Records `entry` and resolves once it is on disk. */
  set(entry) {
    this.entries.set(entry.hash, entry);
    return this.flush();
  }
  upload(key) {
    return this.uploads.get(key);
  }
  /** Records an upload (dropping those expired by `now`) and resolves once it is on disk. */
  setUpload(key, record, now) {
    for (const [k, r] of this.uploads) if (r.expiresAt <= now) this.uploads.delete(k);
    this.uploads.set(key, record);
    return this.flush();
  }
  /** Forgets an upload (the Files API no longer knows its link) and resolves once it is on disk. */
  forgetUpload(key) {
    this.uploads.delete(key);
    return this.flush();
  }
  delete(hash) {
    this.entries.delete(hash);
    return this.flush();
  }
  flush() {
    const snapshot2 = JSON.stringify(
      {
        version: 1,
        entries: Object.fromEntries(this.entries),
        ...this.uploads.size > 0 && { uploads: Object.fromEntries(this.uploads) }
      },
      null,
      2
    );
    const write = this.writing.then(() => writeFileAtomic(this.file, snapshot2, this.write));
    this.writing = write.catch(() => {
    });
    return write;
  }
};

// ../packages/pipeline/src/run/run-job.ts
async function runJob(job, ctx) {
  const result = await runChain(job, chainJobs(job), ctx);
  return job.chain ? { ...result, chain: chainModels(job) } : result;
}
async function runChain(job, links, ctx) {
  const remembered = rememberedFailure(links[0] ?? job, ctx);
  if (remembered) return remembered;
  const outPath = path12.join(ctx.outDir, job.output);
  try {
    await checkFolders(ctx.outDir, outPath, { fs: ctx.fs });
  } catch (error) {
    if (!(error instanceof UnsafeOutputError)) throw error;
    return jobResult(job, { status: "failed", error: errorOf(error) });
  }
  if (!ctx.regenerate) {
    const done = await fromCache(links, outPath, ctx) ?? await resumed(links, ctx);
    if (done) return done;
  }
  for (const [index, link] of links.entries()) {
    const next = links[index + 1];
    const failed = index > 0 ? rememberedFailure(link, ctx) : void 0;
    if (failed) return failed;
    const health = next ? ctx.health?.get(link.request.model) : void 0;
    if (next && health?.unavailable) {
      ctx.emit({
        type: "fallback",
        job,
        from: link.request.model,
        to: next.request.model,
        error: {
          code: "model_health_unavailable",
          message: `the vendor's health endpoint reports ${link.request.model} as ${JSON.stringify(health.status)}`
        }
      });
      continue;
    }
    const created = await createTask2(link, ctx, next ? { fallback: next.request.model } : {});
    if ("refused" in created) {
      if (created.unavailable && next) {
        ctx.emit({
          type: "fallback",
          job,
          from: link.request.model,
          to: next.request.model,
          error: created.error
        });
        continue;
      }
      return jobResult(link, {
        status: created.refused,
        error: created.error,
        credits: created.credits ?? 0,
        ...created.outcomeUnknown && { creditsUnknown: true }
      });
    }
    let task;
    try {
      task = await waitFor(created.task.id, link, ctx);
    } catch (error) {
      return waitFailed(error, link, created.task.id, created.reservation, ctx);
    }
    return deliver(link, task, created.reservation, ctx);
  }
  throw new Error(`no model left to try for ${job.name}`);
}
async function fromCache(links, outPath, ctx) {
  for (const link of links) {
    const cached = await ctx.cache.get(link.hash);
    if (!cached) continue;
    await copyInto(typeof cached === "string" ? cached : cached.path, outPath, ctx);
    const { sha256, bytes } = typeof cached === "string" ? await hashFile(outPath) : cached;
    return cachedResult(link, { bytes, sha256, path: link.output });
  }
  return void 0;
}
async function resumed(links, ctx) {
  for (const link of links) {
    const entry = ctx.journal.get(link.hash);
    if (entry?.failure || entry?.taskId === void 0 || entry.created === void 0 || ctx.clock.now() - entry.created >= RESUME_WINDOW_MS)
      continue;
    let task;
    try {
      const found = await ctx.client().tasks.get(entry.taskId, { signal: ctx.waitSignal });
      const other = otherJob(found, link);
      if (other) {
        ctx.emit({
          type: "notice",
          warning: true,
          message: `${link.name}: the journal's task ${entry.taskId} is ${other}, not this video's job: dropped, the video is created again.`
        });
        await ctx.journal.set({ hash: link.hash, name: link.name, attempt: entry.attempt + 1 });
        return void 0;
      }
      task = await waitFor(entry.taskId, link, ctx);
    } catch (error) {
      if (!(error instanceof NotFoundError)) return waitFailed(error, link, entry.taskId, 0, ctx);
      await ctx.journal.set({ hash: link.hash, name: link.name, attempt: entry.attempt + 1 });
      return void 0;
    }
    return deliver(link, task, 0, ctx);
  }
  return void 0;
}
function otherJob(task, job) {
  if (task.model && task.model !== job.request.model)
    return `a task of ${task.model}, not ${job.request.model}`;
  const seconds = task.task_info?.video_duration;
  const wanted = job.request.duration;
  if (seconds !== void 0 && wanted !== void 0 && seconds !== wanted)
    return `a ${seconds} s video, not ${wanted} s`;
  return void 0;
}
function rememberedFailure(job, ctx) {
  const f = ctx.journal.get(job.hash)?.failure;
  if (ctx.regenerate || !f) return void 0;
  return jobResult(job, {
    taskId: f.taskId,
    status: "failed",
    error: {
      code: f.code,
      message: `not sent again: task ${f.taskId} failed with ${f.code} (${f.message}); change the input, or regenerate to try anyway`
    }
  });
}
function waitFor(taskId, job, ctx) {
  return ctx.client().tasks.wait(taskId, {
    signal: ctx.waitSignal,
    ...ctx.waitTimeoutMs !== void 0 && { timeoutMs: ctx.waitTimeoutMs },
    onProgress: (t) => ctx.emit({ type: "progress", job, task: t })
  });
}
async function copyInto(source, dest, ctx) {
  const temp = tempPath(ctx.tempDir, path12.basename(dest), "part");
  try {
    await copyToTemp(ctx.fs, source, temp);
    await placeFile(temp, dest, { within: ctx.outDir, fs: ctx.fs });
  } catch (error) {
    await ctx.fs.rm(temp, { force: true });
    throw error;
  }
}

// ../packages/pipeline/src/run/assemble-storyboards.ts
async function assembleStoryboards(storyboards, results, options) {
  const byName = new Map(results.map((r) => [r.name, r]));
  const out = [];
  for (const board of storyboards) {
    if (options.signal?.aborted) {
      const error = { code: "cancelled", message: "the run was stopped before it was assembled" };
      out.push(storyboardResult(board, { status: "cancelled", error }));
      continue;
    }
    const shots = board.shots.map((name) => byName.get(name));
    out.push(await assembleOne(board, shots, options));
  }
  return out;
}
function storyboardResult(board, patch) {
  return {
    name: board.name,
    source: board.source.file,
    hash: "",
    model: "storyboard",
    parameters: { ...board.settings },
    prompt: "",
    // The shots carry the estimate and the credits: a storyboard adds none (no double count).
    estimate: 0,
    credits: 0,
    shots: board.shots,
    ...patch
  };
}
var delivered = (r) => r !== void 0 && (r.status === "completed" || r.status === "cached" || r.status === "suspect") && r.path !== void 0 && r.sha256 !== void 0;
async function assembleOne(board, shots, options) {
  const missing = shots.findIndex((r) => !delivered(r));
  if (missing >= 0) return shotNotDelivered(board, missing, shots[missing]);
  const ready = shots;
  const settings = settingsOf(board, options.root);
  const hash = assemblyHash(
    ready.map((r) => r.sha256),
    settings,
    board.audio ? { audioSha256: board.audio.sha256 } : {}
  );
  const outPath = path13.join(options.outDir, board.output);
  let status = "cached";
  try {
    const cached = await options.cache.get(hash);
    if (cached) await copyInto(typeof cached === "string" ? cached : cached.path, outPath, options);
    else {
      await build(board, ready, settings, hash, outPath, options);
      status = "completed";
    }
  } catch (error) {
    return storyboardResult(board, {
      hash,
      status: "failed",
      error: {
        code: error instanceof MediaError ? `storyboard_${error.code}` : "storyboard_failed",
        message: `the storyboard could not be assembled: ${error.message}`
      }
    });
  }
  const { sha256, bytes } = await hashFile(outPath);
  const result = storyboardResult(board, { hash, status, sha256, bytes, path: board.output });
  const suspectShot = ready.findIndex((r) => r.status === "suspect");
  if (suspectShot >= 0) {
    const shot = ready[suspectShot];
    return {
      ...result,
      status: "suspect",
      error: {
        code: "suspect_shot",
        message: `shot ${suspectShot + 1} (${shot?.path}) is suspect: ${shot?.error?.message ?? "its check failed"}`
      }
    };
  }
  return options.checks === false ? result : checkAssembled(result, board, outPath, options);
}
function shotNotDelivered(board, index, shot) {
  const name = board.shots[index] ?? "";
  const status = shot?.status === "budget" || shot?.status === "cancelled" || shot?.status === "invalid" ? shot.status : "failed";
  const why = shot ? `${shot.status}${shot.error ? `: ${shot.error.message}` : ""}` : "not run (left out of this run)";
  return storyboardResult(board, {
    status,
    error: {
      code: "storyboard_shot",
      message: `shot ${index + 1} (${name}) was not delivered (${why}); the delivered shots stay cached`
    }
  });
}
function settingsOf(board, root) {
  const s2 = board.settings;
  return s2.audio ? { ...s2, audio: { ...s2.audio, path: path13.resolve(root, s2.audio.path) } } : s2;
}
async function build(board, shots, settings, hash, outPath, options) {
  const temp = tempPath(options.tempDir, `${hash}.mp4`);
  try {
    await assembleStoryboard(
      shots.map((s2) => path13.join(options.outDir, s2.path)),
      temp,
      settings,
      {
        run: options.run ?? realProgramRunner(),
        tempDir: options.tempDir,
        ...options.fontFile && { fontFile: options.fontFile }
      }
    );
    await options.cache.put(hash, temp);
    await placeFile(temp, outPath, { within: options.outDir, fs: options.fs });
  } catch (error) {
    await options.fs.rm(temp, { force: true });
    throw error;
  }
  options.notice?.(`${board.output}: assembled from its ${shots.length} shots`);
}
async function checkAssembled(result, board, file, options) {
  const s2 = board.settings;
  try {
    const check = await checkDelivery(
      file,
      { size: { width: s2.width ?? 1280, height: s2.height ?? 720 } },
      {
        run: options.run ?? realProgramRunner(),
        cache: folderCheckCache(options.checkDir),
        ...result.sha256 && { sha256: result.sha256 },
        ...options.tolerances && { tolerances: options.tolerances }
      }
    );
    if (check.ok) return result;
    return {
      ...result,
      status: "suspect",
      error: {
        code: `suspect_${check.reasons[0]?.code ?? "unreadable"}`,
        message: check.reasons.map((r) => `${r.code}: ${r.message}`).join("; ")
      }
    };
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    options.notice?.(`${board.output} was not checked: ${error.message}`);
    return result;
  }
}

// ../packages/pipeline/src/run/storyboard-tools.ts
async function storyboardToolsGate(plan, run) {
  const boards = plan.storyboards ?? [];
  if (boards.length === 0) return { plan, refused: [] };
  try {
    await requireMediaTools(["storyboard"], run);
    return { plan, refused: [] };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const message = `storyboards need ffmpeg and ffprobe: ${why}`;
    const fail = { code: "media_tools_missing", message };
    const shots = new Set(boards.flatMap((b) => b.shots));
    const refused = [
      ...plan.jobs.filter((j) => shots.has(j.name)).map((j) => jobResult(j, { status: "failed", error: fail })),
      ...boards.map((b) => storyboardResult(b, { status: "failed", error: fail }))
    ];
    const { storyboards: _, ...rest } = plan;
    return { plan: { ...rest, jobs: plan.jobs.filter((j) => !shots.has(j.name)) }, refused };
  }
}

// ../packages/pipeline/src/session/verdict.ts
function verdictOf(results) {
  return results.every(
    (r) => r.status === "completed" || r.status === "cached" || r.status === "planned"
  ) ? "ok" : "failures";
}
function nothingMatched(plan) {
  const skipped = (plan.skipped?.shard ?? 0) + (plan.skipped?.unchanged ?? 0) + (plan.skipped?.filtered ?? 0);
  return plan.jobs.length + plan.invalid.length + plan.problems.length + skipped === 0;
}
function stoppedByBalance(check) {
  if (check.status === "refused" && check.refusal.status === 401)
    return { verdict: "refused", refusal: check.refusal };
  if (check.status === "known" && !check.enough) return { verdict: "insufficient-balance" };
  return void 0;
}
function failingOutcomes(counts, failOn) {
  return failOn.map((outcome2) => ({ outcome: outcome2, count: counts[outcome2] ?? 0 })).filter((f) => f.count > 0);
}

export {
  ClipwrightError,
  ConnectionError,
  TimeoutError,
  AbortError,
  systemClock,
  didYouMean,
  lifecycleNotice,
  snapshotCatalog,
  loadCatalog,
  catalogLifecycle,
  lifecycleChanged,
  staleSnapshotWarning,
  ApiError,
  AuthenticationError,
  PermissionDeniedError,
  InternalServerError,
  modelUnavailable,
  getModel,
  applyDefaults,
  roundCredits,
  priceList,
  estimatePrice,
  MAX_IMAGE_BYTES,
  imageIssues,
  imageSizeIssues,
  sumCredits,
  require_dist,
  locator,
  nodeStart,
  readFields,
  readVars,
  yamlMessage,
  yamlFix,
  MediaError,
  firstLine,
  realProgramRunner,
  AUDIO_DEMUXERS,
  settingKeys,
  paramAliases,
  frontMatterKeys,
  manifestVideoKeys,
  manifestDefaultsKeys,
  manifestKeys,
  readParams,
  aliasOf,
  resolveStoryboard,
  canonicalize,
  ValidationError,
  validateRequest,
  createClient,
  parseShard,
  inShard,
  chainModels,
  chainKey,
  formatProblem,
  jobResult,
  invalidResult,
  outcomes,
  isDelivered,
  isResumable,
  countOutcomes,
  folderCheckCache,
  makePoster,
  readFileHead,
  checkDelivery,
  hashFile,
  realFileOps,
  tempPath,
  copyToTemp,
  sweepTempFiles,
  placeFile,
  errorOf,
  escapeHtml,
  secretRedactor,
  writeFileAtomic,
  RESUME_WINDOW_MS,
  Journal,
  runJob,
  copyInto,
  assembleStoryboards,
  storyboardResult,
  folderCache,
  storyboardToolsGate,
  verdictOf,
  nothingMatched,
  stoppedByBalance,
  failingOutcomes,
  diffPlans,
  parseParamsText
};
