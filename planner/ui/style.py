"""A light touch of style on top of the platform's: roomy navigation, calm accents."""

from __future__ import annotations

NAVIGATION = """
QListView#navigation {
    border: none;
    font-size: 11pt;
    padding-top: 8px;
}
QListView#navigation::item {
    padding: 8px 12px;
    border-radius: 4px;
}
QListView#navigation::item:selected {
    background: #2f6f73;
    color: white;
}
"""
