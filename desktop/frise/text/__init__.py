"""French text shared by every layer: folding, and (as the layers move here) sentence and clause
splitting and the word lists. No Qt, and nothing from the layers above."""
