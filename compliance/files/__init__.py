"""Reading and writing files safely: YAML with positions, atomic output."""
