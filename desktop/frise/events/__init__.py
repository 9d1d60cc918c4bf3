"""Article + Timexes -> Events: the sentence, the interval and the actors involved."""
