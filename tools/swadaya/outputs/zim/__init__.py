"""The whole site as one ZIM file for Kiwix (Android app, Kiwix Hotspot, kiwix-serve).

Packed from a site build made for it (no ZIM in its own downloads list), with python-libzim,
which is GPL-3.0-or-later and therefore an optional extra (``pip install '.[zim]'``).
"""
