/*
 * Swadaya — Indonesian search for Material for MkDocs: the query planner. MIT licence.
 *
 * Material sends every typed word as a prefix ("menabung*"), which lunr would look up
 * unstemmed. Each word becomes its stems as prefixes; a typed glossary phrase or abbreviation
 * adds its key; a word the site does not know gets one-typo matching. The matched stems are
 * then named after the typed words, which is how Material decides what matched.
 */
(function (root) {
  "use strict";

  var ns = root.swadayaSearch, lunr = root.lunr;
  var DATA = root.swadayaSearchData || { fuzzyBoost: 0.2, phraseBoost: 3 };
  var stems = ns.stems, partialReadings = ns.partialReadings;
  var STOP = ns.stopwords, PHRASES = ns.phrases;

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

  var PRESENCE = lunr.Query.presence, WILDCARD = lunr.Query.wildcard;
  var PLAIN = new RegExp("^[" + ns.letters + "]+$");

  /* The typed word behind a clause, or null for anything with syntax of its own. */
  function plainWord(clause) {
    if (clause.editDistance) return null;
    var term = clause.term.replace(/\*+$/, "");
    return PLAIN.test(term) ? term : null;
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
    /* Walk the index's term automaton letter by letter: every path leads to some term. */
    var node = index.tokenSet;
    for (var i = 0; i < stem.length && node; i++) node = node.edges[stem[i]];
    return Boolean(node);
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
        /* One letter is not a prefix worth matching: "k*" is half the index, and answering it
           held up the letters typed after it. */
        var prefix = /\*$/.test(clause.term) && !whole[i] && word.length > 1;
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

  /* Words of the text each result matched through a typed word, by location (last query). */
  var matchedWords = new Map();

  /* Material checks each typed word against the matched index terms (which are stems); give a
     result an entry for every typed word it matched through a stem, key or typo. */
  function nameTypedWords(results, plan) {
    matchedWords = new Map();
    results.forEach(function (result) {
      var metadata = result.matchData.metadata, terms = Object.keys(metadata), words = [];
      samePlacesOnce(metadata);
      plan.words.forEach(function (group) {
        var named = group.word in metadata;
        for (var t = 0; t < terms.length; t++)
          if (matchedBy(group, terms[t])) {
            if (!named) { metadata[group.word] = {}; named = true; }
            if (terms[t] !== group.word) words.push(terms[t]);
          }
      });
      plan.phrases.forEach(function (phrase) {
        if (!(phrase.key in metadata)) return;
        phrase.words.forEach(function (word) { if (!(word in metadata)) metadata[word] = {}; });
      });
      matchedWords.set(result.ref, words);
    });
  }

  /* Material marks the words of a result's page from the typed words it sends along (?h=…).
     Add the stems a result matched through, so a page found with "menabung" marks
     "tabungan" too: its answers pass through here on their way to the page. */
  var post = root.postMessage;
  if (typeof post === "function")
    root.postMessage = function (message) {
      if (message && message.type === 3 && message.data && message.data.items)
        message.data.items.forEach(function (group) {
          group.forEach(function (item) {
            (matchedWords.get(item.location) || []).forEach(function (word) {
              if (!(word in item.terms)) item.terms[word] = true;
            });
          });
        });
      return post.apply(root, arguments);
    };

  lunr.Index.prototype.search = function (queryString) {
    var plan = null, index = this;
    var results = this.query(function (query) {
      new lunr.QueryParser(queryString, query).parse();
      plan = planQuery(query, index);
    });
    if (plan) nameTypedWords(results, plan);
    return results;
  };

  ns.planQuery = planQuery;
  ns.withinOneEdit = withinOneEdit;
})(typeof self !== "undefined" ? self : this);
