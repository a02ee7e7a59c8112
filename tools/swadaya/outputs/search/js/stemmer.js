/*
 * Swadaya — Indonesian search for Material for MkDocs: the stemmer. MIT licence.
 *
 * Snowball's Indonesian algorithm (https://snowballstem.org/algorithms/indonesian/stemmer.html),
 * ported by hand, which at the nasal prefixes meN-/peN- also keeps the restored roots
 * (menabung → tabung), and for di-/ke-/ter-/me- the word as a root (kelompok). Used by the
 * index and by the query alike. Twin of tools/swadaya/outputs/search/stemmer.py; a test keeps the two
 * identical on several thousand words. Needs nothing else: no lunr, no data.
 */
(function (root) {
  "use strict";

  var ns = root.swadayaSearch || (root.swadayaSearch = {});

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

  ns.stems = stems;
  ns.snowball = function (word) { return analyse(word)[0]; };
  ns.partialReadings = partialReadings;
})(typeof self !== "undefined" ? self : this);
