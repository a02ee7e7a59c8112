/*
 * Swadaya — Indonesian search for Material for MkDocs: index building. MIT licence.
 *
 * lunr's Builder.add, rewritten to be faster with the same result, and the index built in
 * two steps on big sites: page starts first (answering at once), then everything.
 */
(function (root) {
  "use strict";

  var ns = root.swadayaSearch, lunr = root.lunr;

  /* Both patches rely on lunr 2.3's builder internals (the lunr Material bundles since 2019).
     With another lunr, leave lunr's own builder alone: search stays right, only slower. */
  if (!/^2\.3\./.test(String(lunr.version))) return;

  /* lunr's Builder.add, rewritten to turn each token into text once and to look up each
     posting once: same index (a test compares the two), in about half the time, which is
     most of what a reader waits for when search first opens. */
  var originalAdd = lunr.Builder.prototype.add;
  function fastAdd(doc, attributes) {
    var docRef = doc[this._ref], fields = Object.keys(this._fields);
    var whitelist = this.metadataWhitelist, inverted = this.invertedIndex;
    this._documents[docRef] = attributes || {};
    this.documentCount += 1;
    for (var i = 0; i < fields.length; i++) {
      var fieldName = fields[i], extractor = this._fields[fieldName].extractor;
      var field = extractor ? extractor(doc) : doc[fieldName];
      var tokens = this.tokenizer(field, { fields: [fieldName] });
      var terms = this.pipeline.run(tokens);
      var fieldRef = new lunr.FieldRef(docRef, fieldName), fieldTerms = Object.create(null);
      this.fieldTermFrequencies[fieldRef] = fieldTerms;
      this.fieldLengths[fieldRef] = terms.length;
      for (var j = 0; j < terms.length; j++) {
        var token = terms[j], term = token.toString();
        fieldTerms[term] = (fieldTerms[term] || 0) + 1;
        var posting = inverted[term];
        if (posting === undefined) {
          posting = Object.create(null);
          posting._index = this.termIndex;
          this.termIndex += 1;
          for (var k = 0; k < fields.length; k++) posting[fields[k]] = Object.create(null);
          inverted[term] = posting;
        }
        var byDoc = posting[fieldName], entry = byDoc[docRef];
        if (entry === undefined) entry = byDoc[docRef] = Object.create(null);
        for (var l = 0; l < whitelist.length; l++) {
          var key = whitelist[l], list = entry[key];
          if (list === undefined) list = entry[key] = [];
          list.push(token.metadata[key]);
        }
      }
    }
  }
  ns.builderAdd = { original: originalAdd, fast: fastAdd };

  /* Search in two steps, so the first results come quickly on a big site: Material's builder
     (the one lunr.id was used on) indexes each page's first part at once (title, summary,
     introduction: what the best results are made of) and answers with that; the whole site,
     sections included, is then indexed in slices between queries and takes its place. */
  var SLICE_MS = 50;   /* index this long, then let queries in */
  var originalBuild = lunr.Builder.prototype.build;
  var lastQuery = null;

  /* Remember what the reader last asked (Material's own listener answers it). */
  if (root.addEventListener)
    root.addEventListener("message", function (event) {
      if (event.data && event.data.type === 2) lastQuery = event.data.data;
    });

  /* The whole index is in place: ask Material's listener the last query again, so the list
     on screen grows to the whole site, and say so with a second "ready" (Material only
     listens for the first one; tests and benchmarks wait for this one). */
  function completed() {
    ns.complete = true;
    if (lastQuery !== null && root.dispatchEvent && typeof MessageEvent === "function")
      root.dispatchEvent(new MessageEvent("message", { data: { type: 2, data: lastQuery } }));
    if (typeof root.postMessage === "function") root.postMessage({ type: 1, data: "complete" });
  }

  lunr.Builder.prototype.add = function (doc, attributes) {
    var docs = this._swadayaDocs;
    if (docs) {
      docs.push([doc, attributes]);
      if (String(doc[this._ref]).indexOf("#") !== -1) return;
    }
    fastAdd.call(this, doc, attributes);
  };

  lunr.Builder.prototype.build = function () {
    var docs = this._swadayaDocs, first = this;
    this._swadayaDocs = null;
    var index = originalBuild.call(this);
    if (!docs || docs.length === this.documentCount) {
      if (docs) setTimeout(completed, 0);
      return index;
    }
    var whole = new lunr.Builder();
    ["_ref", "_fields", "_b", "_k1", "metadataWhitelist", "tokenizer", "pipeline",
      "searchPipeline"].forEach(function (key) { whole[key] = first[key]; });
    function step(start) {
      var until = Date.now() + SLICE_MS, i = start;
      while (i < docs.length && (i === start || Date.now() < until)) {
        fastAdd.call(whole, docs[i][0], docs[i][1]);
        i++;
      }
      if (i < docs.length) { setTimeout(step, 0, i); return; }
      var complete = originalBuild.call(whole);
      ["invertedIndex", "fieldVectors", "tokenSet", "fields", "pipeline"].forEach(function (key) {
        index[key] = complete[key];
      });
      completed();
    }
    ns.complete = false;
    setTimeout(step, 0, 0);
    return index;
  };
})(typeof self !== "undefined" ? self : this);
