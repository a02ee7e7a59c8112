/*
 * Swadaya — Indonesian search for Material for MkDocs (lunr language "id"). MIT licence.
 *
 * Material's search worker loads this file (assets/javascripts/lunr/min/lunr.id.min.js) when
 * the search index says lang ["id"], online and from file:// (through the iframe-worker shim).
 * It gives lunr:
 *   - one Indonesian stemmer for the index and the query: Snowball's Indonesian algorithm
 *     (https://snowballstem.org/algorithms/indonesian/stemmer.html), ported by hand, which
 *     at the nasal prefixes meN-/peN- also keeps the restored roots (menabung → tabung), and
 *     for di-/ke-/ter-/me- also the word as a root (kelompok);
 *   - a stop word filter, and glossary phrases: "kelompok swadaya masyarakat" is also indexed
 *     as its key "ksm", and typed phrases ask for their key;
 *   - a query planner: Material sends every typed word as a prefix ("menabung*"), which lunr
 *     would look up unstemmed; each word becomes its stems as prefixes, plus a fuzzy match
 *     (one typo) for long words.
 * Twin of tools/swadaya/search/stemmer.py; a test keeps the two identical.
 */
(function (root) {
  "use strict";

  /* Stop words and glossary phrases, written in by `swadaya` when the site is built. */
  var DATA = /*SWADAYA_SEARCH_DATA*/null;
  if (!DATA) DATA = { stopwords: [], phrases: {}, fuzzyBoost: 0.2, phraseBoost: 3 };

  /* ---------------------------------------------------------------- stemmer */

  function isVowel(ch) {
    return ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u";
  }

  function countVowels(word) {
    var n = 0;
    for (var i = 0; i < word.length; i++) if (isVowel(word[i])) n++;
    return n;
  }

  /* First-order prefixes, longest first, with the kind that decides which suffixes may follow. */
  var FIRST_ORDER = [
    ["meng", 1], ["peng", 3],
    ["mem", 1], ["men", 1], ["pem", 3], ["pen", 3], ["ter", 1],
    ["di", 1], ["ke", 3], ["me", 1]
  ];

  /* Root onsets a nasal may stand for, after Snowball's own reading. */
  var NASAL_ONSETS = {
    meng: ["k"], peng: ["k"],
    men: ["t", "n"], pen: ["t", "n"],
    mem: ["m"], pem: ["m"],
    meny: ["ny"], peny: ["ny"]
  };

  /* First-order prefixes that are also how many roots begin, when no nasal follows. */
  var ROOT_MAY_START_WITH_PREFIX = /^(?:di|ke|ter|me(?![mn]))/;
  var SECOND_ORDER = /^(?:pe|be)/;
  var NASAL_PREFIX = /^(?:pe|me)[nm]/;

  function firstOrderReadings(word) {
    for (var p = 0; p < FIRST_ORDER.length; p++) {
      var prefix = FIRST_ORDER[p][0], kind = FIRST_ORDER[p][1];
      if (word.slice(0, prefix.length) !== prefix) continue;
      var size = prefix.length, readings = [], nasal = prefix;
      if ((prefix === "men" || prefix === "pen") && word[size] === "y" && isVowel(word[size + 1])) {
        readings.push({ word: "s" + word.slice(size + 1), kind: kind, start: 1 });
        nasal = prefix + "y";
        size += 1;
      } else if ((prefix === "mem" || prefix === "pem") && isVowel(word[size])) {
        readings.push({ word: "p" + word.slice(size), kind: kind, start: 1 });
      } else {
        readings.push({ word: word.slice(size), kind: kind, start: 0 });
      }
      var rest = word.slice(size), onsets = NASAL_ONSETS[nasal];
      if (onsets && isVowel(rest[0]) && countVowels(rest) >= 2)
        for (var o = 0; o < onsets.length; o++)
          readings.push({ word: onsets[o] + rest, kind: kind, start: onsets[o].length });
      return readings;
    }
    return [];
  }

  function endsWith(word, end) {
    return word.length >= end.length && word.slice(word.length - end.length) === end;
  }

  /* Remove -kan, -an or -i as Snowball allows after a prefix of this kind; null if not. */
  function removeSuffix(word, kind, start) {
    var cut;
    if (endsWith(word, "an") && word.length - 2 >= start) {
      cut = word.length - 2;
      if (kind !== 2 && kind !== 3 && cut - 1 >= start && word[cut - 1] === "k")
        return word.slice(0, cut - 1);
      if (kind === 1) return null;
      return word.slice(0, cut);
    }
    if (endsWith(word, "i") && word.length - 1 >= start) {
      cut = word.length - 1;
      if (kind > 2) return null;
      if (cut - 1 >= start && word[cut - 1] === "s") return null;
      return word.slice(0, cut);
    }
    return null;
  }

  /* Remove be-/ber-/bel(ajar)/pe-/per-/pel(ajar) at start: [word, kind or null], or null. */
  function removeSecondOrder(word, start) {
    var head = word.slice(start, start + 2), after = word.slice(start + 2, start + 3);
    var cut3 = word.slice(0, start) + word.slice(start + 3);
    var ajar = word.slice(start + 3, start + 7) === "ajar";
    if (head === "pe") {
      if (after === "r") return [cut3, 2];
      if (after === "l" && ajar) return [cut3, null];
      return [word.slice(0, start) + word.slice(start + 2), 2];
    }
    if (head === "be") {
      if (after === "r") return [cut3, 4];
      if (after === "l" && ajar) return [cut3, 4];
      if (after && !isVowel(after) && word.slice(start + 3, start + 5) === "er")
        return [word.slice(0, start) + word.slice(start + 2), 4];
    }
    return null;
  }

  function afterFirstOrder(reading, measure) {
    var word = reading.word;
    if (measure > 2) {
      var cut = removeSuffix(word, reading.kind, reading.start);
      if (cut !== null) {
        word = cut;
        measure -= 1;
        if (measure > 2) {
          var second = removeSecondOrder(word, reading.start);
          if (second !== null) word = second[0];
        }
      }
    }
    return word;
  }

  function withoutFirstOrder(word, measure) {
    var kind = 0, second = removeSecondOrder(word, 0);
    if (second !== null) {
      word = second[0];
      measure -= 1;
      if (second[1] !== null) kind = second[1];
    }
    if (measure > 2) {
      var cut = removeSuffix(word, kind, 0);
      if (cut !== null) word = cut;
    }
    return word;
  }

  /* The word as a root: only a suffix removed, as Snowball does with no prefix. */
  function suffixOnly(word, measure) {
    if (measure > 2) {
      var cut = removeSuffix(word, 0, 0);
      if (cut !== null) return cut;
    }
    return word;
  }

  function prefixAndSuffix(word, measure) {
    var readings = firstOrderReadings(word), found;
    if (!readings.length) {
      found = [withoutFirstOrder(word, measure)];
      /* pe-/be- also begin roots (peringkat, pesan, beras): the word as a root too. */
      if (SECOND_ORDER.test(word) && found[0] !== word) found.push(suffixOnly(word, measure));
      return found;
    }
    found = readings.map(function (reading) { return afterFirstOrder(reading, measure - 1); });
    if (ROOT_MAY_START_WITH_PREFIX.test(word)) found.push(withoutFirstOrder(word, measure));
    /* ke-...-an around peN- (kepengurusan): read what follows ke- whole. */
    var rest = word.slice(2);
    if (word.slice(0, 2) === "ke" && NASAL_PREFIX.test(rest)) found = found.concat(analyse(rest));
    return found;
  }

  var ENDINGS = [["kah", "lah", "pun"], ["nya", "ku", "mu"]];

  var PER_BER_VOWEL = /^(?:per|ber)[aeiou]/;

  function unique(list) {
    var out = [];
    for (var u = 0; u < list.length; u++) if (out.indexOf(list[u]) === -1) out.push(list[u]);
    return out;
  }

  function analyse(word) {
    var found = snowballReadings(word);
    /* The k of -kan may be the root's own (masakan, tindakan, pemasukan): -an alone. */
    if (endsWith(word, "kan") && word.length > 4 && isVowel(word[word.length - 4]))
      found = found.concat(analyse(word.slice(0, -2)));
    /* per-/ber- before a vowel may be pe-/be- before a root in r (perawatan, berencana). */
    if (PER_BER_VOWEL.test(word)) found = found.concat(analyse(word.slice(2)));
    return unique(found);
  }

  function snowballReadings(word) {
    var measure = countVowels(word);
    if (measure <= 2) return [word];
    var found = [], whole = null, stopped = false;
    for (var e = 0; e < ENDINGS.length && !stopped; e++) {
      for (var k = 0; k < ENDINGS[e].length; k++) {
        var ending = ENDINGS[e][k];
        if (endsWith(word, ending)) {
          /* -lah/-kah/-pun that would end the analysis is often part of the root (olah). */
          if (e === 0 && measure - 1 <= 2) whole = [word, measure];
          word = word.slice(0, word.length - ending.length);
          measure -= 1;
          break;
        }
      }
      if (measure <= 2) {
        found.push(word);
        stopped = true;
      }
    }
    if (!stopped) found = found.concat(prefixAndSuffix(word, measure));
    if (whole) found = found.concat(prefixAndSuffix(whole[0], whole[1]));
    return unique(found);
  }

  var cache = new Map();

  /* Every stem of a lower-case word: Snowball's first, then the other readings. */
  function stems(word) {
    var hit = cache.get(word);
    if (hit === undefined) {
      hit = analyse(word);
      cache.set(word, hit);
    }
    return hit;
  }

  var STOP = new Set(DATA.stopwords);
  var PHRASES = new Map();   /* first word → [[words...], key, indexed], longest first */
  var KEYS = new Set();
  Object.keys(DATA.phrases).forEach(function (first) {
    PHRASES.set(first, DATA.phrases[first]);
    DATA.phrases[first].forEach(function (entry) { KEYS.add(entry[1]); });
  });

  /* Is b within one edit (insert, delete, substitute, swap neighbours) of a? */
  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  root.swadayaSearch = {
    stems: function (word) { return stems(word).slice(); },
    snowball: function (word) { return analyse(word)[0]; },
    withinOneEdit: withinOneEdit,
    data: DATA
  };

  var lunr = root.lunr;
  if (!lunr) return;

  /* ------------------------------------------------------------ lunr pipeline */

  var EDGE = /^[^0-9a-z\u00c0-\u024f]+|[^0-9a-z\u00c0-\u024f]+$/g;

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
    if (!STOP.has(word)) {
      var list = stems(word);
      token.update(function () { return list[0]; });
      out.push(token);
      for (var k = 1; k < list.length; k++) out.push(token.clone(stemAt(list, k)));
    }
    return out.length === 1 ? out[0] : out.length ? out : undefined;
  };

  function stemAt(list, k) { return function () { return list[k]; }; }

  /* The three functions Material knows by name, for a pipeline configured piece by piece. */
  lunr.id.trimmer = function (token) {
    var word = trim(token.toString());
    return word ? token.update(function () { return word; }) : undefined;
  };

  lunr.id.stopWordFilter = function (token) {
    return STOP.has(token.toString()) ? undefined : token;
  };

  lunr.id.stemmer = function (token) {
    var word = token.toString();
    if (KEYS.has(word)) return token;  /* glossary keys start with "_"; no word does */
    var list = stems(word);
    if (list.length === 1) return token.update(function () { return list[0]; });
    return list.map(function (stem) { return token.clone(function () { return stem; }); });
  };

  lunr.Pipeline.registerFunction(lunr.id.analyse, "analyse-id");
  lunr.Pipeline.registerFunction(lunr.id.trimmer, "trimmer-id");
  lunr.Pipeline.registerFunction(lunr.id.stopWordFilter, "stopWordFilter-id");
  lunr.Pipeline.registerFunction(lunr.id.stemmer, "stemmer-id");

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
  root.swadayaSearch.builderAdd = { original: originalAdd, fast: fastAdd };

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
    root.swadayaSearch.complete = true;
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
    root.swadayaSearch.complete = false;
    setTimeout(step, 0, 0);
    return index;
  };

  /* Material asks this whether an unmatched query word is worth showing as missing. */
  lunr.stopWordFilter = function (term) {
    return STOP.has(String(term)) ? undefined : term;
  };

  /* ------------------------------------------------------------ query planner */

  var PRESENCE = lunr.Query.presence, WILDCARD = lunr.Query.wildcard;
  var PLAIN = /^[0-9a-z\u00c0-\u024f]+$/;

  /* The typed word behind a clause, or null for anything with syntax of its own. */
  function plainWord(clause) {
    if (clause.editDistance) return null;
    var term = clause.term.replace(/\*+$/, "");
    return PLAIN.test(term) ? term : null;
  }

  /* A word still being typed ("menab") is too short for the stemmer to touch; read its
     first-order prefix anyway, so results do not vanish until the word is complete. */
  function partialReadings(word) {
    var readings = [];
    for (var p = 0; p < FIRST_ORDER.length; p++) {
      var prefix = FIRST_ORDER[p][0];
      if (word.slice(0, prefix.length) !== prefix || word.length <= prefix.length) continue;
      var rest = word.slice(prefix.length), nasal = prefix;
      if ((prefix === "men" || prefix === "pen") && rest[0] === "y") {
        nasal = prefix + "y";
        rest = rest.slice(1);
        readings.push("s" + rest);
      } else if ((prefix === "mem" || prefix === "pem") && isVowel(rest[0])) {
        readings.push("p" + rest);
      } else {
        readings.push(rest);
      }
      (NASAL_ONSETS[nasal] || []).forEach(function (onset) { readings.push(onset + rest); });
      break;
    }
    return unique(readings.filter(function (r) { return r.length >= 2; }));
  }

  function clauseFrom(clause, term, extra) {
    var made = {
      term: term, fields: clause.fields, boost: clause.boost, usePipeline: false,
      wildcard: WILDCARD.NONE, presence: clause.presence
    };
    for (var key in extra) made[key] = extra[key];
    return made;
  }

  /* Glossary phrases among the typed words: [{key, words, at}], longest first at each word. */
  function typedPhrases(typed) {
    var hits = [];
    typed.forEach(function (word, i) {
      var entries = word && PHRASES.get(word);
      if (!entries) return;
      for (var e = 0; e < entries.length; e++) {
        var words = entries[e][0], n = 1;
        while (n < words.length && typed[i + n] === words[n]) n++;
        if (n === words.length) {
          hits.push({ key: entries[e][1], words: words, at: i });
          return;
        }
      }
    });
    return hits;
  }

  /* Does the index hold a term starting with this stem? */
  function known(index, stem) {
    return index.tokenSet.intersect(lunr.TokenSet.fromString(stem + "*")).toArray().length > 0;
  }

  /* Rewrite the parsed query in place; return what each typed word was expanded into. */
  function planQuery(query, index) {
    var clauses = query.clauses, out = [], plan = { words: [], phrases: [] };
    var typed = clauses.map(plainWord);
    var meaningful = typed.filter(function (w) { return w && !STOP.has(w); }).length;
    var phrases = typedPhrases(typed), fragment = {}, whole = {};
    phrases.forEach(function (hit) {
      /* "ad/art" arrives as "ad" and "art": pieces of an abbreviation are not words. A
         one-word abbreviation is meant whole: "pra" is not the start of "praktik". */
      if (hit.words.length > 1 && "_" + hit.words.join("") === hit.key)
        for (var n = 0; n < hit.words.length; n++) fragment[hit.at + n] = true;
      if (hit.words.length === 1 && "_" + hit.words[0] === hit.key) whole[hit.at] = true;
    });
    clauses.forEach(function (clause, i) {
      var word = typed[i];
      if (word === null) { out.push(clause); return; }
      if (fragment[i] || (STOP.has(word) && meaningful > 0)) return;
      var group = { word: word, prefixes: [], exact: [], fuzzy: [] };
      var list = stems(word);
      if (clause.presence !== PRESENCE.OPTIONAL) {
        /* Required or excluded: one clause; lunr runs the stemmer and unites the readings. */
        clause.term = word;
        clause.usePipeline = true;
        out.push(clause);
        group.exact = list.slice();
      } else {
        var prefix = /\*$/.test(clause.term) && !whole[i];
        var unknown = index && !list.some(function (stem) { return known(index, stem); });
        if (unknown && prefix) {
          var partial = partialReadings(word).filter(function (r) { return known(index, r); });
          if (partial.length) { list = list.concat(partial); unknown = false; }
        }
        list.forEach(function (stem) {
          out.push(clauseFrom(clause, prefix ? stem + "*" : stem, {}));
          (prefix ? group.prefixes : group.exact).push(stem);
        });
        /* A word the site does not know may be a typo: allow one wrong letter. */
        if (unknown)
          list.slice(0, 2).forEach(function (stem) {
            if (stem.length < 5) return;
            out.push(clauseFrom(clause, stem, { editDistance: 1, boost: clause.boost * DATA.fuzzyBoost }));
            group.fuzzy.push(stem);
          });
      }
      plan.words.push(group);
    });
    phrases.forEach(function (hit) {
      out.push({
        term: hit.key, fields: clauses[hit.at].fields, boost: DATA.phraseBoost,
        usePipeline: false, wildcard: WILDCARD.NONE, presence: PRESENCE.OPTIONAL
      });
      plan.phrases.push(hit);
    });
    query.clauses = out;
    return plan;
  }

  function matchedBy(group, term) {
    var i;
    for (i = 0; i < group.prefixes.length; i++) if (term.slice(0, group.prefixes[i].length) === group.prefixes[i]) return true;
    if (group.exact.indexOf(term) !== -1) return true;
    for (i = 0; i < group.fuzzy.length; i++) if (withinOneEdit(group.fuzzy[i], term)) return true;
    return false;
  }

  /* Readings of one word (tabung, abung) and glossary keys point at the same places in the
     text: keep each place once, or Material would mark it twice and break the result HTML. */
  function samePlacesOnce(metadata) {
    var seen = {};
    Object.keys(metadata).forEach(function (term) {
      Object.keys(metadata[term]).forEach(function (field) {
        var places = metadata[term][field].position;
        if (!places) return;
        var done = seen[field] || (seen[field] = new Set());
        metadata[term][field].position = places.filter(function (place) {
          var key = String(place);
          if (done.has(key)) return false;
          done.add(key);
          return true;
        });
      });
    });
  }

  /* Material checks each typed word against the matched index terms (which are stems); give a
     result an entry for every typed word it matched through a stem, key or typo. */
  function nameTypedWords(results, plan) {
    results.forEach(function (result) {
      var metadata = result.matchData.metadata, terms = Object.keys(metadata);
      samePlacesOnce(metadata);
      plan.words.forEach(function (group) {
        if (group.word in metadata) return;
        for (var t = 0; t < terms.length; t++)
          if (matchedBy(group, terms[t])) { metadata[group.word] = {}; return; }
      });
      plan.phrases.forEach(function (phrase) {
        if (!(phrase.key in metadata)) return;
        phrase.words.forEach(function (word) { if (!(word in metadata)) metadata[word] = {}; });
      });
    });
  }

  lunr.Index.prototype.search = function (queryString) {
    var plan = null, index = this;
    var results = this.query(function (query) {
      new lunr.QueryParser(queryString, query).parse();
      plan = planQuery(query, index);
    });
    if (plan) nameTypedWords(results, plan);
    return results;
  };

  root.swadayaSearch.planQuery = planQuery;
})(typeof self !== "undefined" ? self : this);
