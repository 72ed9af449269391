"""Models to verdicts: intervals and evaluation, explanations, periods, progress toward multi-year targets, custom rules."""
