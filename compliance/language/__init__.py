"""Text to typed models: folding, numerals, units, the lexicon (words as data), tokens, grammar, canonical rendering."""
