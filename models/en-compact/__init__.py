"""eventcoder's compact offline English Stanza model (CC BY-NC-SA 4.0: non-commercial use only).

This package holds only data: the Stanza model files beside this module. eventcoder finds the
folder through the ``eventcoder.models`` entry point without importing it; see MODEL_CARD.md.
"""
