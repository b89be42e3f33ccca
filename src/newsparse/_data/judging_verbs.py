"""Verbs by which a sentence's subject judges, pleads or assures in words the writer quotes.

'The council denounced Libya for a "clear violation"', 'He appealed to the world to "recognise
our struggle"': these verbs are no cue of their own (they report no speech when nothing is
quoted), but quoted words that nothing else attributes, set after one of them in its sentence,
are the subject's. Forms listed as news writes them; nouns and adjectives of the same spelling
('appeal', 'praise', 'express') are left out.
"""

JUDGING_VERBS = frozenset(
    """
    appealed appeals appealing implored implores imploring denounced denounces denouncing
    decrying decries deplored deplores deploring flayed flays blamed blames blaming praised
    praises praising lauded lauds lauding referred refers referring likened likens likening
    downplayed downplays downplaying assured assures assuring insinuated insinuates
    expressed expresses expressing previewed previews attributed attributes attributing
    advises advised advising pressed presses
    """.split()
)
