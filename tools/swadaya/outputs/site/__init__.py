"""The site: generated pages, module page parts, figures, tooltips, published PDFs."""
