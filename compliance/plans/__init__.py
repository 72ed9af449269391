"""Plans as files: rules files, datasets, overrides, checking a plan period by period, lint and fmt."""
