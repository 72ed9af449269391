"""Whole tables and large files: vectorised judgement (bulk) and chunked streaming of panels."""
