"""Indonesian search for the site: one stemmer shared by the index and the query, glossary
phrases, and ranking data for Material's search index. The harness that measures search
in a browser is a test tool (``tests/support/``), not part of the package.

The stemmer runs in the browser (``js/stemmer.js``, inside Material's search worker) both
when the index is built and when a query is typed; :mod:`swadaya.outputs.search.stemmer`
is its Python twin, kept identical by a test on several thousand words.
"""
