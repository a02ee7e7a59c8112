/*
 * Swadaya — Indonesian search for Material for MkDocs: the lunr language "id". MIT licence.
 *
 * Material's search worker loads lunr.id.min.js when the index says lang ["id"] and calls
 * lunr.id on its index builder. One pipeline function does what lunr would do in four passes:
 * trim the token, add the key of a glossary phrase that starts there (kelompok swadaya
 * masyarakat → _ksm), drop stop words, stem. Stop words and phrases come from the site build
 * (root.swadayaSearchData).
 */
(function (root) {
  "use strict";

  var ns = root.swadayaSearch, lunr = root.lunr;
  var DATA = root.swadayaSearchData || { stopwords: [], phrases: {} };
  var stems = ns.stems;
  var STOP = new Set(DATA.stopwords);
  var PHRASES = new Map();   /* first word → [[words...], key, indexed], longest first */
  var KEYS = new Set();
  Object.keys(DATA.phrases).forEach(function (first) {
    PHRASES.set(first, DATA.phrases[first]);
    DATA.phrases[first].forEach(function (entry) { KEYS.add(entry[1]); });
  });
  ns.stopwords = STOP;
  ns.phrases = PHRASES;

  var LETTERS = DATA.letters || "0-9a-z\\u00c0-\\u024f";  /* from vocabulary.py */
  var EDGE = new RegExp("^[^" + LETTERS + "]+|[^" + LETTERS + "]+$", "g");
  ns.letters = LETTERS;

  lunr.id = function () {
    this._swadayaDocs = [];
    this.pipeline.reset();
    this.pipeline.add(lunr.id.analyse);
    this.searchPipeline.reset();
    this.searchPipeline.add(lunr.id.stemmer);
  };

  function trim(word) {
    var first = word.charCodeAt(0), last = word.charCodeAt(word.length - 1);
    /* Most tokens start and end with a letter: skip the regular expression for them. */
    if (first >= 97 && first <= 122 && last >= 97 && last <= 122) return word;
    return word.replace(EDGE, "");
  }

  /* Index side, in one pass (lunr makes a new token array per pipeline function): trim the
     token, add the key of a glossary phrase that starts here, drop stop words, stem. */
  lunr.id.analyse = function (token, i, tokens) {
    var word = trim(token.toString());
    if (!word) return undefined;
    var out = [], entries = PHRASES.get(word);
    if (entries) {
      for (var e = 0; e < entries.length; e++) {
        if (!entries[e][2]) continue;
        var words = entries[e][0], n = 1;
        while (n < words.length && tokens[i + n] && trim(tokens[i + n].toString()) === words[n]) n++;
        if (n === words.length) {
          out.push(new lunr.Token(entries[e][1], token.metadata));
          break;
        }
      }
    }
    if (!STOP.has(word)) out.push.apply(out, readings(token, stems(word)));
    return out.length === 1 ? out[0] : out.length ? out : undefined;
  };

  /* The token as its first stem, then a copy (same place in the text) for each other one. */
  function readings(token, list) {
    token.update(function () { return list[0]; });
    return [token].concat(list.slice(1).map(function (stem) {
      return token.clone(function () { return stem; });
    }));
  }

  /* Query side, for the words lunr runs through its pipeline itself (+required, -excluded).
     Material removes lunr.id.stemmer unless the index's pipeline names "stemmer". */
  lunr.id.stemmer = function (token) {
    var word = token.toString();
    if (KEYS.has(word)) return token;  /* glossary keys start with "_"; no word does */
    var tokens = readings(token, stems(word));
    return tokens.length === 1 ? tokens[0] : tokens;
  };

  lunr.Pipeline.registerFunction(lunr.id.analyse, "analyse-id");
  lunr.Pipeline.registerFunction(lunr.id.stemmer, "stemmer-id");

  /* Material asks this whether an unmatched query word is worth showing as missing. */
  lunr.stopWordFilter = function (term) {
    return STOP.has(String(term)) ? undefined : term;
  };
  /* lunr puts lunr.stopWordFilter in every new builder before lunr.id replaces the pipeline;
     keep the registered name so lunr does not warn about an unknown function. */
  lunr.stopWordFilter.label = "stopWordFilter";
})(typeof self !== "undefined" ? self : this);
