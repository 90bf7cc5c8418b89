"""Export: Markdown -> sanitized HTML -> PDF, written atomically.

The owner's plan text and pasted complaint texts come from outside, so everything is
sanitized before Qt or a browser sees it; files are replaced only when fully written.
"""
