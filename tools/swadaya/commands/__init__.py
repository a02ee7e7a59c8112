"""One module per CLI verb; ``swadaya.cli`` only parses arguments and dispatches."""
