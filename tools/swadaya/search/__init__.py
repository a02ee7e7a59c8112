"""Indonesian search for the site: one stemmer shared by the index and the query, glossary
phrases, ranking data for Material's search index, and a way to measure all of it.

The stemmer runs in the browser (``js/stemmer.js``, inside Material's search worker) both when
the index is built and when a query is typed; :mod:`swadaya.search.stemmer` is its Python twin, kept
identical by a test on several thousand words.
"""
