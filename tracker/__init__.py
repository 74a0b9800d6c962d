"""tracker: find every quotation in news articles, who said it, and whether the source is named."""

__version__ = "0.1.0"
