"""The checks, split by job: one module's fields, relations between modules, page bodies."""
